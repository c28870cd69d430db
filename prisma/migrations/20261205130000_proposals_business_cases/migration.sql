-- Proposals from idea to decision with living business cases and a price catalogue (issue 14, ADR 036).
-- Every table carries its municipality, so the scope-version triggers (ADR 019) need no joins; all count
-- as "projects" data (a decided proposal becomes a project).

CREATE TYPE "ProposalStage" AS ENUM ('IDEA', 'QUALIFIED', 'DISCUSSED', 'POLITICAL', 'DECIDED', 'REJECTED', 'PARKED');
CREATE TYPE "PriceBearer" AS ENUM ('KOMMUNE', 'REGION', 'STAT');

CREATE TABLE "Proposal" (
  "id" TEXT NOT NULL,
  "municipalityId" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "need" TEXT NOT NULL,
  "needEvidence" TEXT,
  "needSourceId" TEXT,
  "targetGroup" TEXT,
  "responsibleUnitId" TEXT,
  "themeId" TEXT,
  "stage" "ProposalStage" NOT NULL DEFAULT 'IDEA',
  "statusNote" TEXT,
  "projectId" TEXT,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,
  "version" INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Proposal_municipalityId_title_key" ON "Proposal"("municipalityId", "title");
CREATE UNIQUE INDEX "Proposal_projectId_key" ON "Proposal"("projectId");
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_needSourceId_fkey" FOREIGN KEY ("needSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_responsibleUnitId_fkey" FOREIGN KEY ("responsibleUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ProposalOffer" (
  "proposalId" TEXT NOT NULL,
  "offerId" TEXT NOT NULL,
  "municipalityId" TEXT NOT NULL,
  CONSTRAINT "ProposalOffer_pkey" PRIMARY KEY ("proposalId", "offerId")
);
ALTER TABLE "ProposalOffer" ADD CONSTRAINT "ProposalOffer_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProposalOffer" ADD CONSTRAINT "ProposalOffer_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ProposalProject" (
  "proposalId" TEXT NOT NULL,
  "projectId" TEXT NOT NULL,
  "municipalityId" TEXT NOT NULL,
  CONSTRAINT "ProposalProject_pkey" PRIMARY KEY ("proposalId", "projectId")
);
ALTER TABLE "ProposalProject" ADD CONSTRAINT "ProposalProject_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProposalProject" ADD CONSTRAINT "ProposalProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ProposalStageChange" (
  "id" TEXT NOT NULL,
  "proposalId" TEXT NOT NULL,
  "municipalityId" TEXT NOT NULL,
  "fromStage" "ProposalStage" NOT NULL,
  "toStage" "ProposalStage" NOT NULL,
  "date" DATE NOT NULL,
  "bodyId" TEXT,
  "meetingId" TEXT,
  "decisionText" TEXT NOT NULL,
  "sourceId" TEXT,
  "userId" TEXT,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ProposalStageChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ProposalStageChange_proposalId_date_idx" ON "ProposalStageChange"("proposalId", "date");
ALTER TABLE "ProposalStageChange" ADD CONSTRAINT "ProposalStageChange_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProposalStageChange" ADD CONSTRAINT "ProposalStageChange_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ProposalStageChange" ADD CONSTRAINT "ProposalStageChange_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ProposalStageChange" ADD CONSTRAINT "ProposalStageChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ProposalComment" (
  "id" TEXT NOT NULL,
  "proposalId" TEXT NOT NULL,
  "municipalityId" TEXT NOT NULL,
  "authorId" TEXT,
  "replyToId" TEXT,
  "text" TEXT NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "answeredAt" TIMESTAMP(3),
  "noticeSeenAt" TIMESTAMP(3),
  CONSTRAINT "ProposalComment_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ProposalComment_proposalId_createdAt_idx" ON "ProposalComment"("proposalId", "createdAt");
CREATE INDEX "ProposalComment_authorId_idx" ON "ProposalComment"("authorId");
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_replyToId_fkey" FOREIGN KEY ("replyToId") REFERENCES "ProposalComment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "PriceIndex" (
  "id" TEXT NOT NULL,
  "municipalityId" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "baseYear" INTEGER NOT NULL,
  "points" JSONB NOT NULL,
  "sourceId" TEXT,
  "version" INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT "PriceIndex_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PriceIndex_municipalityId_name_key" ON "PriceIndex"("municipalityId", "name");
ALTER TABLE "PriceIndex" ADD CONSTRAINT "PriceIndex_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PriceIndex" ADD CONSTRAINT "PriceIndex_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "Price" (
  "id" TEXT NOT NULL,
  "municipalityId" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "unit" TEXT NOT NULL,
  "amountKr" DOUBLE PRECISION,
  "year" INTEGER NOT NULL,
  "bearer" "PriceBearer" NOT NULL,
  "sourceId" TEXT,
  "note" TEXT,
  "version" INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Price_municipalityId_name_key" ON "Price"("municipalityId", "name");
ALTER TABLE "Price" ADD CONSTRAINT "Price_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Price" ADD CONSTRAINT "Price_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "SavedBusinessCase" (
  "id" TEXT NOT NULL,
  "municipalityId" TEXT NOT NULL,
  "proposalId" TEXT,
  "projectId" TEXT,
  "name" TEXT NOT NULL,
  "template" TEXT NOT NULL,
  "priceIndexId" TEXT,
  "result" JSONB,
  "previousResult" JSONB,
  "rerunReason" TEXT,
  "rerunAt" TIMESTAMP(3),
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "version" INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT "SavedBusinessCase_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "SavedBusinessCase_proposalId_idx" ON "SavedBusinessCase"("proposalId");
CREATE INDEX "SavedBusinessCase_projectId_idx" ON "SavedBusinessCase"("projectId");
CREATE INDEX "SavedBusinessCase_municipalityId_idx" ON "SavedBusinessCase"("municipalityId");
ALTER TABLE "SavedBusinessCase" ADD CONSTRAINT "SavedBusinessCase_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SavedBusinessCase" ADD CONSTRAINT "SavedBusinessCase_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SavedBusinessCase" ADD CONSTRAINT "SavedBusinessCase_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SavedBusinessCase" ADD CONSTRAINT "SavedBusinessCase_priceIndexId_fkey" FOREIGN KEY ("priceIndexId") REFERENCES "PriceIndex"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "BusinessCaseVersion" (
  "id" TEXT NOT NULL,
  "businessCaseId" TEXT NOT NULL,
  "municipalityId" TEXT NOT NULL,
  "number" INTEGER NOT NULL,
  "scenario" JSONB NOT NULL,
  "assumptions" JSONB NOT NULL,
  "priceRefs" JSONB NOT NULL,
  "reason" TEXT NOT NULL,
  "userId" TEXT,
  "result" JSONB,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "BusinessCaseVersion_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "BusinessCaseVersion_businessCaseId_number_key" ON "BusinessCaseVersion"("businessCaseId", "number");
ALTER TABLE "BusinessCaseVersion" ADD CONSTRAINT "BusinessCaseVersion_businessCaseId_fkey" FOREIGN KEY ("businessCaseId") REFERENCES "SavedBusinessCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BusinessCaseVersion" ADD CONSTRAINT "BusinessCaseVersion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

DO $$
DECLARE
  t text;
  event text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Proposal', 'ProposalOffer', 'ProposalProject', 'ProposalStageChange', 'ProposalComment',
                           'PriceIndex', 'Price', 'SavedBusinessCase', 'BusinessCaseVersion'] LOOP
    FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
        t || '_scope_version_' || lower(event), event, t,
        CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
          ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
        'projects', 'r."municipalityId"');
    END LOOP;
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
      t || '_scope_version_truncate', t, 'projects', 'r."municipalityId"');
  END LOOP;
END;
$$;
