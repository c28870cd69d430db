-- Co-financing as management information (issue 13, ADR 033): import batches with their source and period,
-- aggregated activity rows (never one row per citizen), paid amounts apart, per-import monthly sums for the
-- page, population by co-financing age group, comparison sets, preventable admissions as counts per
-- eSundhed group, and the staff unit's deviation threshold.

CREATE TYPE "CofinancingSourceKind" AS ENUM ('ESUNDHED', 'REGIONAL', 'ACCOUNTS');
CREATE TYPE "CofinancingGranularity" AS ENUM ('MONTH', 'YEAR');
CREATE TYPE "CofinancingPaymentKind" AS ENUM ('ACONTO', 'SETTLEMENT');

CREATE TABLE "CofinancingImport" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "granularity" "CofinancingGranularity" NOT NULL,
    "sourceKind" "CofinancingSourceKind" NOT NULL,
    "sourceText" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "activityRows" INTEGER NOT NULL,
    "paymentRows" INTEGER NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedByName" TEXT NOT NULL,
    "supersededById" TEXT,
    CONSTRAINT "CofinancingImport_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "CofinancingImport_municipalityId_periodFrom_idx" ON "CofinancingImport"("municipalityId", "periodFrom");
ALTER TABLE "CofinancingImport" ADD CONSTRAINT "CofinancingImport_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CofinancingImport" ADD CONSTRAINT "CofinancingImport_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "CofinancingImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The activity rows are bulk loaded with COPY before their batch row exists (the batch is written once
-- the whole file has been read). "importId" names the batch without a foreign key: checking a million rows
-- at commit took longer than the load itself (ADR 033). Batches are never deleted (history), so no orphans.
CREATE TABLE "CofinancingActivity" (
    "importId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "sector" TEXT NOT NULL,
    "contactType" TEXT NOT NULL,
    "ageGroup" TEXT NOT NULL,
    "drgGroup" TEXT,
    "diagnosisGroup" TEXT,
    "count" DOUBLE PRECISION NOT NULL,
    "tariffValue" DOUBLE PRECISION NOT NULL,
    "amount" DOUBLE PRECISION,
    CONSTRAINT "CofinancingActivity_pkey" PRIMARY KEY ("importId", "line")
);

CREATE TABLE "CofinancingPayment" (
    "importId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" "CofinancingPaymentKind" NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "CofinancingPayment_pkey" PRIMARY KEY ("importId", "line")
);
ALTER TABLE "CofinancingPayment" ADD CONSTRAINT "CofinancingPayment_importId_fkey" FOREIGN KEY ("importId") REFERENCES "CofinancingImport"("id") ON DELETE CASCADE ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE "CofinancingSummary" (
    "importId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" DOUBLE PRECISION NOT NULL,
    "tariffValue" DOUBLE PRECISION NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "uncomputed" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "CofinancingSummary_pkey" PRIMARY KEY ("importId", "year", "month", "dimension", "key")
);
CREATE INDEX "CofinancingSummary_dimension_year_idx" ON "CofinancingSummary"("dimension", "year");
CREATE INDEX "CofinancingSummary_municipalityId_dimension_year_idx" ON "CofinancingSummary"("municipalityId", "dimension", "year");
ALTER TABLE "CofinancingSummary" ADD CONSTRAINT "CofinancingSummary_importId_fkey" FOREIGN KEY ("importId") REFERENCES "CofinancingImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CofinancingPopulation" (
    "municipalityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "ageGroup" TEXT NOT NULL,
    "population" INTEGER NOT NULL,
    "sourceId" TEXT NOT NULL,
    CONSTRAINT "CofinancingPopulation_pkey" PRIMARY KEY ("municipalityId", "year", "ageGroup")
);
ALTER TABLE "CofinancingPopulation" ADD CONSTRAINT "CofinancingPopulation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CofinancingPopulation" ADD CONSTRAINT "CofinancingPopulation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "CofinancingComparisonSet" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "memberIds" TEXT[] NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "CofinancingComparisonSet_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CofinancingComparisonSet_municipalityId_name_key" ON "CofinancingComparisonSet"("municipalityId", "name");
ALTER TABLE "CofinancingComparisonSet" ADD CONSTRAINT "CofinancingComparisonSet_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CofinancingPreventable" (
    "municipalityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "group" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "sourceId" TEXT NOT NULL,
    CONSTRAINT "CofinancingPreventable_pkey" PRIMARY KEY ("municipalityId", "year", "group")
);
ALTER TABLE "CofinancingPreventable" ADD CONSTRAINT "CofinancingPreventable_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CofinancingPreventable" ADD CONSTRAINT "CofinancingPreventable_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "CofinancingSetting" (
    "municipalityId" TEXT NOT NULL,
    "deviationThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.1,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "CofinancingSetting_pkey" PRIMARY KEY ("municipalityId")
);
ALTER TABLE "CofinancingSetting" ADD CONSTRAINT "CofinancingSetting_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Scope versions (ADR 019): one kind, 'cofinancing', shared by every municipality ('*'), since a page
-- compares with other municipalities' imports. Only the small tables carry triggers: every import writes
-- its batch row, so the million activity rows of a COPY need no transition table.
DO $$
DECLARE
  spec text[];
  event text;
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['CofinancingImport', 'cofinancing', 'NULL::text'],
    ['CofinancingPopulation', 'cofinancing', 'NULL::text'],
    ['CofinancingComparisonSet', 'cofinancing', 'NULL::text'],
    ['CofinancingPreventable', 'cofinancing', 'NULL::text'],
    ['CofinancingSetting', 'cofinancing', 'NULL::text']
  ] LOOP
    FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
        spec[1] || '_scope_version_' || lower(event), event, spec[1],
        CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
          ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
        spec[2], spec[3]);
    END LOOP;
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
      spec[1] || '_scope_version_truncate', spec[1], spec[2], spec[3]);
  END LOOP;
END;
$$;
