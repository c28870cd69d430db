-- The money flows around the end of kommunal medfinansiering (issue 13 item 5, ADR 069): each flow in time
-- with its status (known / agreed, not legislated / not known), what is known in a sentence, an amount or
-- rule only with a source, versioned (ADR 016) with field history in ChangeLog as FUNDING_FLOW.
ALTER TYPE "ChangeRecord" ADD VALUE 'FUNDING_FLOW';
CREATE TYPE "FundingFlowStatus" AS ENUM ('KNOWN', 'AGREED_NOT_LEGISLATED', 'NOT_KNOWN');
CREATE TYPE "FundingPartyKind" AS ENUM ('MUNICIPALITY', 'REGION', 'STATE', 'HEALTH_COUNCIL', 'NOT_KNOWN');

CREATE TABLE "FundingFlow" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "payerKind" "FundingPartyKind" NOT NULL,
    "recipientKind" "FundingPartyKind" NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "status" "FundingFlowStatus" NOT NULL,
    "known" TEXT NOT NULL,
    "amountOrRule" TEXT,
    "replacesCofinancing" BOOLEAN NOT NULL DEFAULT false,
    "publisher" TEXT,
    "sourceId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,
    CONSTRAINT "FundingFlow_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "FundingFlow_period" CHECK ("validTo" IS NULL OR "validFrom" IS NULL OR "validTo" >= "validFrom"),
    -- An amount or rule only with its source (no invented rule).
    CONSTRAINT "FundingFlow_rule_has_source" CHECK ("amountOrRule" IS NULL OR "sourceId" IS NOT NULL)
);
CREATE INDEX "FundingFlow_municipalityId_idx" ON "FundingFlow"("municipalityId");
ALTER TABLE "FundingFlow" ADD CONSTRAINT "FundingFlow_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FundingFlow" ADD CONSTRAINT "FundingFlow_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FundingFlow" ADD CONSTRAINT "FundingFlow_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Scope versions (ADR 019), under the kind of the other co-financing tables (the flows are read on the
-- co-financing page).
DO $$
DECLARE
  event text;
BEGIN
  FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER %s ON "FundingFlow" REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
      'FundingFlow_scope_version_' || lower(event), event,
      CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
        ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
      'cofinancing', NULL::text);
  END LOOP;
  EXECUTE format(
    'CREATE TRIGGER %I AFTER TRUNCATE ON "FundingFlow" FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
    'FundingFlow_scope_version_truncate', 'cofinancing', NULL::text);
END;
$$;
