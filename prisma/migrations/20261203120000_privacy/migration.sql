-- Sign-in throttling keeps a keyed hash of the name typed, never the text itself (ADR 018).
-- Existing rows hold names as typed (a password typed into the e-mail field among them): drop them.
DELETE FROM "LoginThrottle";

-- AlterTable
ALTER TABLE "LoginThrottle" RENAME COLUMN "key" TO "nameHash";

-- CreateIndex
CREATE INDEX "LoginThrottle_lastFailedAt_idx" ON "LoginThrottle"("lastFailedAt");

-- CreateTable
CREATE TABLE "LoginThrottleKey" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "secret" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginThrottleKey_pkey" PRIMARY KEY ("id")
);
