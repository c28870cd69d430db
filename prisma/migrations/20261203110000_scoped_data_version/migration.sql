-- Scoped data versions (ADR 019): a write makes stale only what it touched. One counter per
-- (municipality, kind of data) replaces the single "DataVersion" row (ADR 005), which every write to any
-- table bumped, so that a milestone edit made every cached read and every search index stale at once.
-- "municipalityId" is '*' for data that belongs to no single municipality (sources, clusters, regions),
-- and for a row whose municipality cannot be found any more (a child deleted with its parent).

-- CreateTable
CREATE TABLE "DataScopeVersion" (
    "municipalityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataScopeVersion_pkey" PRIMARY KEY ("municipalityId","kind")
);

-- Bumps the counters of the municipalities the statement's rows belong to (each distinct one once,
-- in key order so that concurrent writers lock in the same order). TG_ARGV[0] is the kind, TG_ARGV[1]
-- an SQL expression over the changed row "r" that gives its municipality. The transition tables
-- (new_rows, old_rows) hold the statement's rows, so a 1,000-row import is one statement here too.
CREATE FUNCTION "bump_scope_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE "DataScopeVersion" SET "version" = "version" + 1 WHERE "kind" = TG_ARGV[0];
    INSERT INTO "DataScopeVersion" AS v ("municipalityId", "kind", "version") VALUES ('*', TG_ARGV[0], 1)
      ON CONFLICT ("municipalityId", "kind") DO UPDATE SET "version" = v."version" + 1;
    RETURN NULL;
  END IF;
  changed := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
    ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
  EXECUTE format(
    'INSERT INTO "DataScopeVersion" AS v ("municipalityId", "kind", "version")
       SELECT DISTINCT coalesce(%s, ''*''), $1, 1 FROM (%s) r ORDER BY 1
       ON CONFLICT ("municipalityId", "kind") DO UPDATE SET "version" = v."version" + 1',
    TG_ARGV[1], changed) USING TG_ARGV[0];
  RETURN NULL;
END;
$$;

-- The global version goes: its triggers (whatever tables carry them), its function and its table.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'bump_data_version' LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', r.tgname, r.relname);
  END LOOP;
END;
$$;
DROP FUNCTION "bump_data_version"();
DROP TABLE "DataVersion";

-- Table -> kind -> how a row names its municipality. Kinds: offers (what the search index reads),
-- offerDetails, synonyms, themes (themes, milestones, budget lines), projects, organisation, cluster,
-- geography, sources, staff. A new data table needs its line here (in its own migration); a test
-- fails when a table has no trigger.
DO $$
DECLARE
  spec text[];
  event text;
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['Source', 'sources', 'NULL::text'],
    ['Region', 'geography', 'NULL::text'],
    ['Municipality', 'geography', 'r."id"'],
    ['PopulationFigure', 'geography', 'r."municipalityId"'],
    ['OrgUnit', 'organisation', 'r."municipalityId"'],
    ['Body', 'organisation', 'r."municipalityId"'],
    ['BodyMember', 'organisation', '(SELECT b."municipalityId" FROM "Body" b WHERE b."id" = r."bodyId")'],
    ['Theme', 'themes', 'r."municipalityId"'],
    ['ThemeResponsibleUnit', 'themes', '(SELECT t."municipalityId" FROM "Theme" t WHERE t."id" = r."themeId")'],
    ['Milestone', 'themes', '(SELECT t."municipalityId" FROM "Theme" t WHERE t."id" = r."themeId")'],
    ['BudgetLine', 'themes', 'r."municipalityId"'],
    ['Project', 'projects', 'r."municipalityId"'],
    ['ProjectOwnership', 'projects', '(SELECT p."municipalityId" FROM "Project" p WHERE p."id" = r."projectId")'],
    ['Cluster', 'cluster', 'NULL::text'],
    ['ClusterMember', 'cluster', 'NULL::text'],
    ['ClusterMeeting', 'cluster', 'NULL::text'],
    ['AgendaItem', 'cluster', 'NULL::text'],
    ['Grant', 'cluster', 'NULL::text'],
    ['GrantAmountChange', 'cluster', 'NULL::text'],
    ['StaffUser', 'staff', 'r."municipalityId"'],
    ['Offer', 'offers', 'r."municipalityId"'],
    ['OfferLocation', 'offers', '(SELECT o."municipalityId" FROM "Offer" o WHERE o."id" = r."offerId")'],
    ['OfferSchedule', 'offerDetails', '(SELECT o."municipalityId" FROM "Offer" o WHERE o."id" = r."offerId")'],
    ['OfferChange', 'offerDetails', '(SELECT o."municipalityId" FROM "Offer" o WHERE o."id" = r."offerId")'],
    ['OfferReport', 'offerDetails', '(SELECT o."municipalityId" FROM "Offer" o WHERE o."id" = r."offerId")'],
    ['OfferTheme', 'offerDetails', '(SELECT o."municipalityId" FROM "Offer" o WHERE o."id" = r."offerId")'],
    ['OfferProject', 'offerDetails', '(SELECT o."municipalityId" FROM "Offer" o WHERE o."id" = r."offerId")'],
    ['SearchSynonym', 'synonyms', 'r."municipalityId"']
  ] LOOP
    -- A trigger with transition tables serves one event, so INSERT, UPDATE and DELETE get one each.
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
