-- The municipality's own layer over the national search vocabulary (issue 11, ADR 045). Both tables bump
-- the scope-version kind "synonyms" (ADR 019): the search index of the municipality reloads its
-- vocabulary layer with its synonyms, and the staff unit's lists are fresh.

CREATE TABLE "MunicipalConcept" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "nationalId" TEXT,
    "label" TEXT NOT NULL,
    "addedTerms" TEXT[] NOT NULL,
    "hiddenTerms" TEXT[] NOT NULL,
    "broad" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MunicipalConcept_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "MunicipalConcept_municipalityId_nationalId_key" ON "MunicipalConcept"("municipalityId", "nationalId");
CREATE INDEX "MunicipalConcept_municipalityId_idx" ON "MunicipalConcept"("municipalityId");
ALTER TABLE "MunicipalConcept" ADD CONSTRAINT "MunicipalConcept_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "MunicipalConceptChange" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "conceptId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "detail" TEXT NOT NULL,

    CONSTRAINT "MunicipalConceptChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "MunicipalConceptChange_conceptId_idx" ON "MunicipalConceptChange"("conceptId");
ALTER TABLE "MunicipalConceptChange" ADD CONSTRAINT "MunicipalConceptChange_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "MunicipalConcept"("id") ON DELETE CASCADE ON UPDATE CASCADE;

DO $$
DECLARE
  event text;
  tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['MunicipalConcept', 'MunicipalConceptChange'] LOOP
    FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
        tbl || '_scope_version_' || lower(event), event, tbl,
        CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
          ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
        'synonyms', 'r."municipalityId"');
    END LOOP;
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
      tbl || '_scope_version_truncate', tbl, 'synonyms', 'r."municipalityId"');
  END LOOP;
END;
$$;
