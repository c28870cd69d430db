-- Learning from searches that find nothing (issue 11, ADR 041): counts per municipality, normalised term
-- and day, nothing else (no user, no session, no query text). Only words of the Danish lexicon or of the
-- catalogue's vocabulary are ever written; rows older than 90 days are deleted by the writer. The table
-- gets its scope-version triggers (ADR 019) as kind "searchMisses", so the staff unit's list is fresh.

CREATE TABLE "SearchMiss" (
    "municipalityId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchMiss_pkey" PRIMARY KEY ("municipalityId","term","day")
);
CREATE INDEX "SearchMiss_municipalityId_day_idx" ON "SearchMiss"("municipalityId", "day");
ALTER TABLE "SearchMiss" ADD CONSTRAINT "SearchMiss_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SearchMiss" ADD CONSTRAINT "SearchMiss_term_shape" CHECK ("term" ~ '^[a-z]{3,40}$');
ALTER TABLE "SearchMiss" ADD CONSTRAINT "SearchMiss_count_positive" CHECK ("count" > 0);

DO $$
DECLARE
  event text;
BEGIN
  FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER %s ON "SearchMiss" REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
      'SearchMiss_scope_version_' || lower(event), event,
      CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
        ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
      'searchMisses', 'r."municipalityId"');
  END LOOP;
  EXECUTE 'CREATE TRIGGER "SearchMiss_scope_version_truncate" AFTER TRUNCATE ON "SearchMiss" FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(''searchMisses'', ''r."municipalityId"'')';
END;
$$;
