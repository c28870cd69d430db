-- Sign-in as a municipality runs it (issue 15, ADR 034): accounts that follow an identity provider,
-- accounts an administrator can disable, idle session timeout, and an audit of sign-ins and role changes.

-- AlterTable: "passwordHash" = '' means the account has no local password (it signs in through a provider).
ALTER TABLE "StaffUser" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'local',
ADD COLUMN "externalId" TEXT,
ADD COLUMN "disabledAt" TIMESTAMP(3),
ADD COLUMN "isAdministrator" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_externalId_key" ON "StaffUser"("externalId");

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'local';

-- CreateTable
CREATE TABLE "AuthEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "userId" TEXT,
    "actorId" TEXT,
    "detail" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AuthEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthEvent_userId_idx" ON "AuthEvent"("userId");

-- CreateIndex
CREATE INDEX "AuthEvent_at_idx" ON "AuthEvent"("at");
