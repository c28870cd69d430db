-- Cluster records and bodies in time (issue 10, ADR 031): validity and successor on regions, clusters and
-- bodies; sundhedsråd as a cluster kind; meetings with time, kind, publication, participants and a version;
-- agenda items with background, duration, journal number, attachments, decision outcome and day; grants
-- with multi-year, advanced money and split lineage; follow-up points; field-level history of cluster
-- records. New data tables get their scope-version triggers (ADR 019) as kind "cluster".

ALTER TYPE "ClusterKind" ADD VALUE 'HEALTH_COUNCIL';
CREATE TYPE "MeetingKind" AS ENUM ('ORDINARY', 'EXTRAORDINARY');
CREATE TYPE "Attendance" AS ENUM ('PRESENT', 'APOLOGY', 'INVITED');
CREATE TYPE "DecisionOutcome" AS ENUM ('APPROVED', 'APPROVED_WITH_CHANGES', 'POSTPONED', 'REJECTED');
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');
CREATE TYPE "ClusterRecord" AS ENUM ('MEETING', 'AGENDA_ITEM', 'GRANT', 'FOLLOW_UP');

-- Validity and successor.
ALTER TABLE "Region" ADD COLUMN "validFrom" DATE, ADD COLUMN "validTo" DATE, ADD COLUMN "successorId" TEXT;
ALTER TABLE "Region" ADD CONSTRAINT "Region_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Cluster" ADD COLUMN "validFrom" DATE, ADD COLUMN "validTo" DATE, ADD COLUMN "successorId" TEXT;
ALTER TABLE "Cluster" ADD CONSTRAINT "Cluster_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Body" ADD COLUMN "validFrom" DATE, ADD COLUMN "validTo" DATE, ADD COLUMN "successorId" TEXT;
ALTER TABLE "Body" ADD CONSTRAINT "Body_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Body"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Region" ADD CONSTRAINT "Region_valid_order" CHECK ("validFrom" IS NULL OR "validTo" IS NULL OR "validFrom" <= "validTo");
ALTER TABLE "Cluster" ADD CONSTRAINT "Cluster_valid_order" CHECK ("validFrom" IS NULL OR "validTo" IS NULL OR "validFrom" <= "validTo");
ALTER TABLE "Body" ADD CONSTRAINT "Body_valid_order" CHECK ("validFrom" IS NULL OR "validTo" IS NULL OR "validFrom" <= "validTo");

-- Meetings. Meetings that existed before had their agenda and minutes out already.
ALTER TABLE "ClusterMeeting"
  ADD COLUMN "startTime" TEXT,
  ADD COLUMN "endTime" TEXT,
  ADD COLUMN "kind" "MeetingKind" NOT NULL DEFAULT 'ORDINARY',
  ADD COLUMN "agendaPublishedAt" TIMESTAMP(3),
  ADD COLUMN "minutesPublishedAt" TIMESTAMP(3),
  ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
UPDATE "ClusterMeeting" SET "agendaPublishedAt" = "date", "minutesPublishedAt" = "date";

CREATE TABLE "MeetingParticipant" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "function" TEXT,
    "attendance" "Attendance" NOT NULL DEFAULT 'INVITED',
    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "MeetingParticipant_meetingId_idx" ON "MeetingParticipant"("meetingId");
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ClusterMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Agenda items and their decisions.
ALTER TABLE "AgendaItem"
  ADD COLUMN "background" TEXT,
  ADD COLUMN "expectedMinutes" INTEGER,
  ADD COLUMN "journalNumber" TEXT,
  ADD COLUMN "attachments" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "outcome" "DecisionOutcome",
  ADD COLUMN "decidedOn" DATE,
  ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "AgendaItem" ALTER COLUMN "attachments" DROP DEFAULT;

-- Grants.
ALTER TABLE "Grant"
  ADD COLUMN "yearTo" INTEGER,
  ADD COLUMN "advancedFromYear" INTEGER,
  ADD COLUMN "splitFromId" TEXT,
  ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_splitFromId_fkey" FOREIGN KEY ("splitFromId") REFERENCES "Grant"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "GrantAmountChange" ADD CONSTRAINT "GrantAmountChange_not_negative" CHECK ("newAmountKr" IS NULL OR "newAmountKr" >= 0);

CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "grantId" TEXT,
    "agendaItemId" TEXT,
    "text" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "doneOn" DATE,
    "reportedBy" TEXT,
    "note" TEXT,
    "sourceId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "FollowUp_has_parent" CHECK ("grantId" IS NOT NULL OR "agendaItemId" IS NOT NULL)
);
CREATE INDEX "FollowUp_clusterId_dueDate_idx" ON "FollowUp"("clusterId", "dueDate");
CREATE INDEX "FollowUp_grantId_idx" ON "FollowUp"("grantId");
CREATE INDEX "FollowUp_agendaItemId_idx" ON "FollowUp"("agendaItemId");
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ClusterChange" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "recordType" "ClusterRecord" NOT NULL,
    "recordId" TEXT NOT NULL,
    "userId" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" "ChangeAction" NOT NULL,
    "field" TEXT,
    "oldValue" JSONB,
    "newValue" JSONB,
    "version" INTEGER,
    CONSTRAINT "ClusterChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ClusterChange_recordType_recordId_changedAt_idx" ON "ClusterChange"("recordType", "recordId", "changedAt");
CREATE INDEX "ClusterChange_clusterId_changedAt_idx" ON "ClusterChange"("clusterId", "changedAt");
ALTER TABLE "ClusterChange" ADD CONSTRAINT "ClusterChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Scope versions (ADR 019): the new tables are cluster data of no single municipality.
DO $$
DECLARE
  spec text[];
  event text;
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['MeetingParticipant', 'cluster', 'NULL::text'],
    ['FollowUp', 'cluster', 'NULL::text'],
    ['ClusterChange', 'cluster', 'NULL::text']
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
