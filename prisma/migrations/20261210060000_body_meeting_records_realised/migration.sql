-- Issue 14 (ADR 047): the staff unit records meetings of its own bodies (Sundhedsforum, "Sammen om
-- sundhed") with the cluster's screens; an agenda item can treat a proposal; a stage change points at the
-- meeting and the item that decided it (the foreign key ADR 036 left out until ClusterMeeting.bodyId
-- landed); a decided case follows one of its project's indicators (realised against expected).

-- History of a body's meeting records: keyed by the body, as cluster records are keyed by the cluster.
ALTER TABLE "ClusterChange" ALTER COLUMN "clusterId" DROP NOT NULL;
ALTER TABLE "ClusterChange" ADD COLUMN "bodyId" TEXT;
CREATE INDEX "ClusterChange_bodyId_changedAt_idx" ON "ClusterChange"("bodyId", "changedAt");
ALTER TABLE "ClusterChange" ADD CONSTRAINT "ClusterChange_one_owner" CHECK (num_nonnulls("clusterId", "bodyId") = 1);

-- The proposal an agenda item treats.
ALTER TABLE "AgendaItem" ADD COLUMN "proposalId" TEXT;
CREATE INDEX "AgendaItem_proposalId_idx" ON "AgendaItem"("proposalId");
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The meeting and item a stage change points at.
UPDATE "ProposalStageChange" s SET "meetingId" = NULL
 WHERE "meetingId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ClusterMeeting" m WHERE m."id" = s."meetingId");
ALTER TABLE "ProposalStageChange" ADD COLUMN "agendaItemId" TEXT;
ALTER TABLE "ProposalStageChange" ADD CONSTRAINT "ProposalStageChange_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ClusterMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ProposalStageChange" ADD CONSTRAINT "ProposalStageChange_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The indicator of the case's project that counts its successful citizens per year.
ALTER TABLE "SavedBusinessCase" ADD COLUMN "realisedIndicatorId" TEXT;
ALTER TABLE "SavedBusinessCase" ADD CONSTRAINT "SavedBusinessCase_realisedIndicatorId_fkey" FOREIGN KEY ("realisedIndicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;
