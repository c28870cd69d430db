-- CreateEnum
CREATE TYPE "MunicipalityKind" AS ENUM ('MUNICIPALITY', 'DISTRICT');

-- CreateEnum
CREATE TYPE "OrgUnitKind" AS ENUM ('DIRECTORATE', 'CENTRE', 'STAFF_UNIT', 'OTHER');

-- CreateEnum
CREATE TYPE "BodyKind" AS ENUM ('STAFF_UNIT', 'HEALTH_FORUM', 'STEERING_GROUP', 'SPECIALIST_NETWORK', 'POLITICAL_COMMITTEE', 'CITY_COUNCIL', 'NETWORK', 'CLUSTER_POLITICAL', 'CLUSTER_ADMINISTRATIVE', 'REGIONAL_COMMITTEE', 'OTHER');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('CHAIR', 'CO_CHAIR', 'SECRETARIAT', 'MEMBER', 'AD_HOC');

-- CreateEnum
CREATE TYPE "ThemeKind" AS ENUM ('INTERNAL', 'CITIZEN', 'MIXED', 'ANALYSIS');

-- CreateEnum
CREATE TYPE "WorkStatus" AS ENUM ('NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'AWAITING', 'DONE', 'PAUSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "HoursUnit" AS ENUM ('PER_WEEK', 'PER_MONTH', 'PER_YEAR', 'TOTAL');

-- CreateEnum
CREATE TYPE "ClusterKind" AS ENUM ('POLITICAL', 'ADMINISTRATIVE');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('MUNICIPALITY', 'REGION', 'GENERAL_PRACTICE', 'HOSPITAL', 'OTHER');

-- CreateEnum
CREATE TYPE "GrantArea" AS ENUM ('PSYCHIATRY', 'SOMATIC', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('sundhedsstab', 'frontmedarbejder', 'direktoer', 'klyngesekretariat');

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "documentKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "section" TEXT,
    "date" DATE,
    "url" TEXT,
    "note" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sourceId" TEXT,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "kind" "MunicipalityKind" NOT NULL DEFAULT 'MUNICIPALITY',
    "regionId" TEXT NOT NULL,
    "parentId" TEXT,
    "socialGroup" INTEGER,
    "sourceId" TEXT,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PopulationFigure" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "population" INTEGER NOT NULL,
    "sourceId" TEXT,

    CONSTRAINT "PopulationFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrgUnitKind" NOT NULL,
    "parentId" TEXT,
    "description" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "OrgUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Body" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "BodyKind" NOT NULL,
    "municipalityId" TEXT,
    "regionId" TEXT,
    "clusterId" TEXT,
    "mandate" TEXT,
    "tasks" TEXT[] NOT NULL,
    "meetingCadence" TEXT,
    "timeCost" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "Body_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BodyMember" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "orgUnitId" TEXT,
    "municipalityId" TEXT,
    "regionId" TEXT,
    "staffUserId" TEXT,
    "organisationName" TEXT,
    "function" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "BodyMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "ThemeKind" NOT NULL,
    "description" TEXT NOT NULL,
    "status" "WorkStatus" NOT NULL DEFAULT 'PLANNED',
    "timeFrame" TEXT,
    "sourceId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeResponsibleUnit" (
    "themeId" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "lead" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ThemeResponsibleUnit_pkey" PRIMARY KEY ("themeId","orgUnitId")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER,
    "date" DATE,
    "text" TEXT NOT NULL,
    "status" "WorkStatus" NOT NULL DEFAULT 'PLANNED',
    "sourceId" TEXT,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "themeId" TEXT,
    "projectId" TEXT,
    "year" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "amountKr" INTEGER,
    "staffHours" NUMERIC(10,2),
    "hoursUnit" "HoursUnit",
    "fundingSource" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "status" "WorkStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "themeId" TEXT,
    "ownerUnitId" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectOwnership" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "fromDate" DATE,
    "toDate" DATE,
    "note" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "ProjectOwnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cluster" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ClusterKind" NOT NULL,
    "regionId" TEXT NOT NULL,
    "sourceId" TEXT,

    CONSTRAINT "Cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterMember" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "name" TEXT NOT NULL,
    "municipalityId" TEXT,
    "regionId" TEXT,
    "role" "MemberRole" NOT NULL DEFAULT 'MEMBER',
    "representedBy" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "ClusterMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterMeeting" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "ClusterMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "recommendation" TEXT,
    "decision" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grant" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "area" "GrantArea" NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT,
    "targetGroup" TEXT,
    "year" INTEGER NOT NULL,
    "amountKr" INTEGER,
    "hostMunicipalityId" TEXT,
    "posts" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantAmountChange" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "previousAmountKr" INTEGER,
    "newAmountKr" INTEGER,
    "effectiveDate" DATE NOT NULL,
    "note" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "GrantAmountChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "municipalityId" TEXT,
    "clusterId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_documentKey_section_key" ON "Source"("documentKey", "section");

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE INDEX "Municipality_socialGroup_idx" ON "Municipality"("socialGroup");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_regionId_name_key" ON "Municipality"("regionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PopulationFigure_municipalityId_year_key" ON "PopulationFigure"("municipalityId", "year");

-- CreateIndex
CREATE INDEX "OrgUnit_parentId_idx" ON "OrgUnit"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_municipalityId_name_key" ON "OrgUnit"("municipalityId", "name");

-- CreateIndex
CREATE INDEX "Body_municipalityId_idx" ON "Body"("municipalityId");

-- CreateIndex
CREATE INDEX "Body_regionId_idx" ON "Body"("regionId");

-- CreateIndex
CREATE INDEX "Body_clusterId_idx" ON "Body"("clusterId");

-- CreateIndex
CREATE INDEX "BodyMember_bodyId_idx" ON "BodyMember"("bodyId");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_municipalityId_code_key" ON "Theme"("municipalityId", "code");

-- CreateIndex
CREATE INDEX "ThemeResponsibleUnit_orgUnitId_idx" ON "ThemeResponsibleUnit"("orgUnitId");

-- CreateIndex
CREATE INDEX "Milestone_themeId_year_quarter_idx" ON "Milestone"("themeId", "year", "quarter");

-- CreateIndex
CREATE INDEX "BudgetLine_themeId_year_idx" ON "BudgetLine"("themeId", "year");

-- CreateIndex
CREATE INDEX "BudgetLine_projectId_idx" ON "BudgetLine"("projectId");

-- CreateIndex
CREATE INDEX "BudgetLine_municipalityId_year_idx" ON "BudgetLine"("municipalityId", "year");

-- CreateIndex
CREATE INDEX "Project_themeId_idx" ON "Project"("themeId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_municipalityId_name_key" ON "Project"("municipalityId", "name");

-- CreateIndex
CREATE INDEX "ProjectOwnership_projectId_idx" ON "ProjectOwnership"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_name_key" ON "Cluster"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ClusterMember_clusterId_name_key" ON "ClusterMember"("clusterId", "name");

-- CreateIndex
CREATE INDEX "ClusterMeeting_clusterId_date_idx" ON "ClusterMeeting"("clusterId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_number_key" ON "AgendaItem"("meetingId", "number");

-- CreateIndex
CREATE INDEX "Grant_clusterId_year_idx" ON "Grant"("clusterId", "year");

-- CreateIndex
CREATE INDEX "GrantAmountChange_grantId_effectiveDate_idx" ON "GrantAmountChange"("grantId", "effectiveDate");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PopulationFigure" ADD CONSTRAINT "PopulationFigure_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PopulationFigure" ADD CONSTRAINT "PopulationFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeResponsibleUnit" ADD CONSTRAINT "ThemeResponsibleUnit_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeResponsibleUnit" ADD CONSTRAINT "ThemeResponsibleUnit_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOwnership" ADD CONSTRAINT "ProjectOwnership_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOwnership" ADD CONSTRAINT "ProjectOwnership_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOwnership" ADD CONSTRAINT "ProjectOwnership_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cluster" ADD CONSTRAINT "Cluster_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cluster" ADD CONSTRAINT "Cluster_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterMember" ADD CONSTRAINT "ClusterMember_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterMember" ADD CONSTRAINT "ClusterMember_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterMember" ADD CONSTRAINT "ClusterMember_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterMember" ADD CONSTRAINT "ClusterMember_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterMeeting" ADD CONSTRAINT "ClusterMeeting_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterMeeting" ADD CONSTRAINT "ClusterMeeting_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ClusterMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_hostMunicipalityId_fkey" FOREIGN KEY ("hostMunicipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantAmountChange" ADD CONSTRAINT "GrantAmountChange_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantAmountChange" ADD CONSTRAINT "GrantAmountChange_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantAmountChange" ADD CONSTRAINT "GrantAmountChange_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
