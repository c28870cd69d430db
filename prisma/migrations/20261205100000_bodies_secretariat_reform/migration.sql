-- Bodies through the reform (issue 10, ADR 038): a body's secretariat can be handed over to its successor
-- (with or without the old body's drafts); the hand-over is audited in the cluster history.

ALTER TYPE "ClusterRecord" ADD VALUE 'SECRETARIAT';
ALTER TABLE "Cluster" ADD COLUMN "secretariatHandedOverAt" TIMESTAMP(3), ADD COLUMN "draftsHandedOver" BOOLEAN NOT NULL DEFAULT false;
