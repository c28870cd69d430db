-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

-- Every write to a data table bumps the version, whichever process or tool made it.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Source', 'Region', 'Municipality', 'PopulationFigure', 'OrgUnit', 'Body', 'BodyMember', 'Theme',
    'ThemeResponsibleUnit', 'Milestone', 'BudgetLine', 'Project', 'ProjectOwnership', 'Cluster',
    'ClusterMember', 'ClusterMeeting', 'AgendaItem', 'Grant', 'GrantAmountChange', 'StaffUser'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER "%s_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()',
      t, t);
  END LOOP;
END;
$$;
