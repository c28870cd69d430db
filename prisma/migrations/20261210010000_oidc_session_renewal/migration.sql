-- OpenID Connect sign-in (issue 15, ADR 042): a session that began at the identity provider keeps the
-- provider's refresh token (encrypted with AES-256-GCM, never in clear) and when it must next ask the
-- provider whether the account still has its role.

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "refreshToken" TEXT,
ADD COLUMN "renewAt" TIMESTAMP(3);
