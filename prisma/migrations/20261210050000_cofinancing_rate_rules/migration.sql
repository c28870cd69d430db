-- The staff unit's own figures for the rules of the shipped co-financing rate sets (issue 13, ADR 046): each
-- share and cap with its status (confirmed, approximate, missing) and source, versioned (ADR 016). A row
-- overrides the shipped rule with the same rate set, sector, contact type and age group.
CREATE TABLE "CofinancingRateRule" (
    "municipalityId" TEXT NOT NULL,
    "rateSetId" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "contactType" TEXT NOT NULL,
    "ageGroup" TEXT NOT NULL,
    "share" DOUBLE PRECISION,
    "shareStatus" TEXT NOT NULL,
    "cap" DOUBLE PRECISION,
    "capStatus" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "CofinancingRateRule_pkey" PRIMARY KEY ("municipalityId","rateSetId","sector","contactType","ageGroup")
);
ALTER TABLE "CofinancingRateRule" ADD CONSTRAINT "CofinancingRateRule_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Scope versions (ADR 019), under the kind of the other co-financing tables.
DO $$
DECLARE
  event text;
BEGIN
  FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER %s ON "CofinancingRateRule" REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
      'CofinancingRateRule_scope_version_' || lower(event), event,
      CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
        ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
      'cofinancing', NULL::text);
  END LOOP;
  EXECUTE format(
    'CREATE TRIGGER %I AFTER TRUNCATE ON "CofinancingRateRule" FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
    'CofinancingRateRule_scope_version_truncate', 'cofinancing', NULL::text);
END;
$$;
