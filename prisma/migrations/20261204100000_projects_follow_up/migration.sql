-- Project follow-up (issue 9, ADR 027): projects gain purpose, target group, evaluation and a version;
-- milestones may belong to a project and keep the day they were done; budget lines gain actual spend;
-- quarterly status reports, indicators with measured values, the project lead role, and one field-level
-- history table for every planning record a user types. New data tables get their scope-version
-- triggers (ADR 019), and the milestone triggers learn the project parent.

ALTER TYPE "Role" ADD VALUE 'projektleder';
CREATE TYPE "ReportColour" AS ENUM ('GREEN', 'YELLOW', 'RED');
CREATE TYPE "ChangeRecord" AS ENUM ('THEME', 'MILESTONE', 'BUDGET_LINE', 'PROJECT', 'INDICATOR', 'INDICATOR_VALUE', 'STATUS_REPORT');
CREATE TYPE "ChangeAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'MOVE', 'CLOSE');

-- Projects
ALTER TABLE "Project"
  ADD COLUMN "purpose" TEXT,
  ADD COLUMN "purposeSourceId" TEXT,
  ADD COLUMN "targetGroup" TEXT,
  ADD COLUMN "targetGroupSourceId" TEXT,
  ADD COLUMN "startDate" DATE,
  ADD COLUMN "endDate" DATE,
  ADD COLUMN "closedOn" DATE,
  ADD COLUMN "closedReason" TEXT,
  ADD COLUMN "evaluationMethod" TEXT,
  ADD COLUMN "evaluationResult" TEXT,
  ADD COLUMN "evaluationDate" DATE,
  ADD COLUMN "evaluationUrl" TEXT,
  ADD COLUMN "evaluationSourceId" TEXT,
  ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
-- Prisma sets updatedAt itself; the default only filled the existing rows.
ALTER TABLE "Project" ALTER COLUMN "updatedAt" DROP DEFAULT;
ALTER TABLE "Project" ADD CONSTRAINT "Project_purposeSourceId_fkey" FOREIGN KEY ("purposeSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Project" ADD CONSTRAINT "Project_targetGroupSourceId_fkey" FOREIGN KEY ("targetGroupSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Project" ADD CONSTRAINT "Project_evaluationSourceId_fkey" FOREIGN KEY ("evaluationSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Project_ownerUnitId_idx" ON "Project"("ownerUnitId");

-- Milestones of a theme or of a project (exactly one).
ALTER TABLE "Milestone" ALTER COLUMN "themeId" DROP NOT NULL;
ALTER TABLE "Milestone" ADD COLUMN "projectId" TEXT, ADD COLUMN "completedOn" DATE;
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_one_parent" CHECK (("themeId" IS NULL) <> ("projectId" IS NULL));
CREATE INDEX "Milestone_projectId_year_quarter_idx" ON "Milestone"("projectId", "year", "quarter");

-- Budget lines: actual spend of the line's year, with its source.
ALTER TABLE "BudgetLine" ADD COLUMN "actualKr" INTEGER, ADD COLUMN "actualSourceId" TEXT;
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_actualSourceId_fkey" FOREIGN KEY ("actualSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The project lead's unit.
ALTER TABLE "StaffUser" ADD COLUMN "orgUnitId" TEXT;
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "StatusReport" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "colour" "ReportColour" NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "StatusReport_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "StatusReport_projectId_year_quarter_key" ON "StatusReport"("projectId", "year", "quarter");
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "baseline" DECIMAL(14,2),
    "target" DECIMAL(14,2),
    "sourceId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Indicator_projectId_name_key" ON "Indicator"("projectId", "name");
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "IndicatorValue" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER,
    "value" DECIMAL(14,2) NOT NULL,
    "note" TEXT,
    "sourceId" TEXT,
    "enteredById" TEXT,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "IndicatorValue_indicatorId_year_quarter_idx" ON "IndicatorValue"("indicatorId", "year", "quarter");
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ChangeLog" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "recordType" "ChangeRecord" NOT NULL,
    "recordId" TEXT NOT NULL,
    "projectId" TEXT,
    "themeId" TEXT,
    "userId" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" "ChangeAction" NOT NULL,
    "field" TEXT,
    "oldValue" JSONB,
    "newValue" JSONB,
    "version" INTEGER,
    CONSTRAINT "ChangeLog_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ChangeLog_recordType_recordId_changedAt_idx" ON "ChangeLog"("recordType", "recordId", "changedAt");
CREATE INDEX "ChangeLog_projectId_changedAt_idx" ON "ChangeLog"("projectId", "changedAt");
CREATE INDEX "ChangeLog_themeId_changedAt_idx" ON "ChangeLog"("themeId", "changedAt");
ALTER TABLE "ChangeLog" ADD CONSTRAINT "ChangeLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Scope versions (ADR 019): the milestone triggers look up the municipality through the theme or the
-- project; the new tables count as "projects", except the change log, which is a kind of its own
-- ("history"): its rows are written in the same transaction as the record they describe, whose own
-- trigger bumps the record's kind, so a milestone edit leaves what only reads projects fresh.
DROP TRIGGER "Milestone_scope_version_insert" ON "Milestone";
DROP TRIGGER "Milestone_scope_version_update" ON "Milestone";
DROP TRIGGER "Milestone_scope_version_delete" ON "Milestone";
DROP TRIGGER "Milestone_scope_version_truncate" ON "Milestone";
DO $$
DECLARE
  spec text[];
  event text;
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['Milestone', 'themes', 'coalesce((SELECT t."municipalityId" FROM "Theme" t WHERE t."id" = r."themeId"), (SELECT p."municipalityId" FROM "Project" p WHERE p."id" = r."projectId"))'],
    ['StatusReport', 'projects', '(SELECT p."municipalityId" FROM "Project" p WHERE p."id" = r."projectId")'],
    ['Indicator', 'projects', '(SELECT p."municipalityId" FROM "Project" p WHERE p."id" = r."projectId")'],
    ['IndicatorValue', 'projects', '(SELECT p."municipalityId" FROM "Indicator" i JOIN "Project" p ON p."id" = i."projectId" WHERE i."id" = r."indicatorId")'],
    ['ChangeLog', 'history', 'r."municipalityId"']
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
