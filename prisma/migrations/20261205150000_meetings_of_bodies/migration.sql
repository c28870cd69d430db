-- One meeting model for every body (issue 10, ADR 031 amendment): a meeting belongs to a cluster (or
-- sundhedsråd) or to a Body (the municipality's Sundhedsforum, "Sammen om sundhed"), exactly one of them.
ALTER TABLE "ClusterMeeting" ALTER COLUMN "clusterId" DROP NOT NULL;
ALTER TABLE "ClusterMeeting" ADD COLUMN "bodyId" TEXT;
ALTER TABLE "ClusterMeeting" ADD CONSTRAINT "ClusterMeeting_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "ClusterMeeting_bodyId_date_idx" ON "ClusterMeeting"("bodyId", "date");
ALTER TABLE "ClusterMeeting" ADD CONSTRAINT "ClusterMeeting_one_owner" CHECK (("clusterId" IS NULL) <> ("bodyId" IS NULL));
