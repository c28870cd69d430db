-- Issue 15 (ADR 050): the SAML AuthnRequests the app sent, so that an answer must name one it asked for
-- (InResponseTo) and a replayed answer is refused. Sign-in bookkeeping, not data of any scope: exempt
-- from the scope-version triggers like Session and LoginThrottle.
CREATE TABLE "SamlRequest" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    CONSTRAINT "SamlRequest_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "SamlRequest_createdAt_idx" ON "SamlRequest"("createdAt");
