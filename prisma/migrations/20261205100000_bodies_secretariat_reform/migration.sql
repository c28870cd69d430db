-- Bodies through the reform (issue 10, ADR 038): a body's secretariat can be handed over to its successor
-- (with or without the old body's drafts); the hand-over is audited in the cluster history.

ALTER TYPE "ClusterRecord" ADD VALUE 'SECRETARIAT';
ALTER TABLE "Cluster" ADD COLUMN "secretariatHandedOverAt" TIMESTAMP(3), ADD COLUMN "draftsHandedOver" BOOLEAN NOT NULL DEFAULT false;

-- The catalogue follows the reform: the staff unit's mark on an offer or project whose task moves to the
-- region on 1 January 2027 (versioned; history in ChangeLog as REFORM_TRANSFER).
ALTER TYPE "ChangeRecord" ADD VALUE 'REFORM_TRANSFER';
CREATE TYPE "ReformTask" AS ENUM ('PATIENT_PREVENTION', 'SPECIALISED_REHABILITATION', 'ACUTE_NURSING', 'TEMPORARY_PLACES');

CREATE TABLE "ReformTransfer" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "offerId" TEXT,
    "projectId" TEXT,
    "task" "ReformTask" NOT NULL,
    "moves" BOOLEAN NOT NULL,
    "newOwner" TEXT,
    "runsForRegion" BOOLEAN NOT NULL DEFAULT false,
    "effectiveDate" DATE NOT NULL,
    "note" TEXT,
    "sourceId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,
    CONSTRAINT "ReformTransfer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ReformTransfer_one_record" CHECK (("offerId" IS NULL) <> ("projectId" IS NULL)),
    CONSTRAINT "ReformTransfer_owner_when_moving" CHECK (NOT "moves" OR "newOwner" IS NOT NULL)
);
CREATE UNIQUE INDEX "ReformTransfer_offerId_key" ON "ReformTransfer"("offerId");
CREATE UNIQUE INDEX "ReformTransfer_projectId_key" ON "ReformTransfer"("projectId");
CREATE INDEX "ReformTransfer_municipalityId_idx" ON "ReformTransfer"("municipalityId");
ALTER TABLE "ReformTransfer" ADD CONSTRAINT "ReformTransfer_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ReformTransfer" ADD CONSTRAINT "ReformTransfer_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ReformTransfer" ADD CONSTRAINT "ReformTransfer_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ReformTransfer" ADD CONSTRAINT "ReformTransfer_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ReformTransfer" ADD CONSTRAINT "ReformTransfer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Scope versions (ADR 019): a mark changes what search and the offer page show, so it counts as offers.
DO $$
DECLARE
  event text;
BEGIN
  FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER %s ON "ReformTransfer" REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
      'ReformTransfer_scope_version_' || lower(event), event,
      CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
        ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
      'offers', 'r."municipalityId"');
  END LOOP;
  EXECUTE format(
    'CREATE TRIGGER %I AFTER TRUNCATE ON "ReformTransfer" FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
    'ReformTransfer_scope_version_truncate', 'offers', 'r."municipalityId"');
END;
$$;
