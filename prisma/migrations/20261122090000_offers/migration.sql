-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('ACTIVE', 'TEMPORARILY_CLOSED', 'INACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "AccessRoute" AS ENUM ('SELF_REFERRAL', 'GP_REFERRAL', 'CLARIFYING_TALK', 'VISITATION');

-- CreateEnum
CREATE TYPE "ScheduleKind" AS ENUM ('RECURRING', 'COURSE');

-- CreateEnum
CREATE TYPE "OfferChangeAction" AS ENUM ('CREATE', 'UPDATE', 'STATUS', 'ASSURE', 'IMPORT');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortDescription" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'ACTIVE',
    "alert" TEXT,
    "ownerUnitId" TEXT NOT NULL,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "professionalPhone" TEXT,
    "intakeNotes" TEXT,
    "tellCitizen" TEXT,
    "accessRoutes" "AccessRoute"[] NOT NULL,
    "eligibility" TEXT,
    "minAge" INTEGER,
    "maxAge" INTEGER,
    "targetGroups" TEXT[] NOT NULL,
    "needCategories" TEXT[] NOT NULL,
    "costKr" INTEGER,
    "costDescription" TEXT,
    "languages" TEXT[] NOT NULL,
    "languageNote" TEXT,
    "interpreter" BOOLEAN NOT NULL DEFAULT false,
    "accessibility" TEXT,
    "bookingUrl" TEXT,
    "formats" TEXT[] NOT NULL,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "assuredAt" TIMESTAMP(3),
    "assuredById" TEXT,
    "sendCount" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferLocation" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "accessibility" TEXT,

    CONSTRAINT "OfferLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferSchedule" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "locationId" TEXT,
    "kind" "ScheduleKind" NOT NULL,
    "weekday" INTEGER,
    "opensAt" TEXT,
    "closesAt" TEXT,
    "validFrom" DATE,
    "validTo" DATE,
    "description" TEXT,

    CONSTRAINT "OfferSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferChange" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "userId" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" "OfferChangeAction" NOT NULL,
    "field" TEXT,
    "oldValue" JSONB,
    "newValue" JSONB,

    CONSTRAINT "OfferChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferReport" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "reportedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "message" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,

    CONSTRAINT "OfferReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferTheme" (
    "offerId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "OfferTheme_pkey" PRIMARY KEY ("offerId","themeId")
);

-- CreateTable
CREATE TABLE "OfferProject" (
    "offerId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,

    CONSTRAINT "OfferProject_pkey" PRIMARY KEY ("offerId","projectId")
);

-- CreateTable
CREATE TABLE "SearchSynonym" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "terms" TEXT[] NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Offer_municipalityId_status_idx" ON "Offer"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "Offer_ownerUnitId_idx" ON "Offer"("ownerUnitId");

-- CreateIndex
CREATE INDEX "Offer_assuredAt_idx" ON "Offer"("assuredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_municipalityId_name_key" ON "Offer"("municipalityId", "name");

-- CreateIndex
CREATE INDEX "OfferLocation_offerId_idx" ON "OfferLocation"("offerId");

-- CreateIndex
CREATE INDEX "OfferLocation_postalCode_idx" ON "OfferLocation"("postalCode");

-- CreateIndex
CREATE INDEX "OfferSchedule_offerId_idx" ON "OfferSchedule"("offerId");

-- CreateIndex
CREATE INDEX "OfferChange_offerId_changedAt_idx" ON "OfferChange"("offerId", "changedAt");

-- CreateIndex
CREATE INDEX "OfferReport_status_createdAt_idx" ON "OfferReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OfferReport_offerId_idx" ON "OfferReport"("offerId");

-- CreateIndex
CREATE INDEX "OfferTheme_themeId_idx" ON "OfferTheme"("themeId");

-- CreateIndex
CREATE INDEX "OfferProject_projectId_idx" ON "OfferProject"("projectId");

-- CreateIndex
CREATE INDEX "SearchSynonym_municipalityId_idx" ON "SearchSynonym"("municipalityId");

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_assuredById_fkey" FOREIGN KEY ("assuredById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferLocation" ADD CONSTRAINT "OfferLocation_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferSchedule" ADD CONSTRAINT "OfferSchedule_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferSchedule" ADD CONSTRAINT "OfferSchedule_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "OfferLocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferChange" ADD CONSTRAINT "OfferChange_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferChange" ADD CONSTRAINT "OfferChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferReport" ADD CONSTRAINT "OfferReport_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferReport" ADD CONSTRAINT "OfferReport_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferReport" ADD CONSTRAINT "OfferReport_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferTheme" ADD CONSTRAINT "OfferTheme_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferTheme" ADD CONSTRAINT "OfferTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferProject" ADD CONSTRAINT "OfferProject_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferProject" ADD CONSTRAINT "OfferProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchSynonym" ADD CONSTRAINT "SearchSynonym_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Writes to the catalogue invalidate cached reads (ADR 005).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Offer', 'OfferLocation', 'OfferSchedule', 'OfferChange', 'OfferReport', 'OfferTheme', 'OfferProject', 'SearchSynonym'] LOOP
    EXECUTE format(
      'CREATE TRIGGER "%s_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()',
      t, t);
  END LOOP;
END;
$$;
