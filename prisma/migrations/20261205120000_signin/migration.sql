-- Sign-in as a municipality runs it (issue 15, ADR 034): accounts that follow an identity provider,
-- accounts an administrator can disable, idle session timeout, an audit of sign-ins and role changes,
-- and the short-lived state of a sign-in through an identity provider.

-- AlterTable: "passwordHash" = '' means the account has no local password (it signs in through a provider).
ALTER TABLE "StaffUser" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'local',
ADD COLUMN "externalId" TEXT,
ADD COLUMN "disabledAt" TIMESTAMP(3),
ADD COLUMN "isAdministrator" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_externalId_key" ON "StaffUser"("externalId");

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'local',
ADD COLUMN "recheckAt" TIMESTAMP(3);

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

-- CreateTable
CREATE TABLE "SignInRequest" (
    "stateHash" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "codeVerifier" TEXT NOT NULL,
    "returnTo" TEXT NOT NULL DEFAULT '/',
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInRequest_pkey" PRIMARY KEY ("stateHash")
);

-- CreateIndex
CREATE INDEX "SignInRequest_expiresAt_idx" ON "SignInRequest"("expiresAt");
