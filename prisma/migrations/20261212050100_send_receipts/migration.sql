-- ADR 063: a send to a citizen retried after its answer was lost must not go twice. The browser makes one
-- key per queued send; the server keeps the key with the sender, the time and the result for a day, and
-- answers a repeat with the first result. Never the citizen's address or phone, nor the offer. A key is
-- claimed ('pending', count 0) before the message goes and gets its result after.
CREATE TABLE "SendReceipt" (
    "userId" TEXT NOT NULL,
    "key" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "via" TEXT NOT NULL,
    "sendCount" INTEGER NOT NULL,

    CONSTRAINT "SendReceipt_pkey" PRIMARY KEY ("userId","key"),
    CONSTRAINT "SendReceipt_via_known" CHECK ("via" IN ('pending', 'smtp', 'sms', 'outbox')),
    CONSTRAINT "SendReceipt_sendCount_known" CHECK (("via" = 'pending') = ("sendCount" = 0) AND "sendCount" >= 0)
);

CREATE INDEX "SendReceipt_createdAt_idx" ON "SendReceipt"("createdAt");

ALTER TABLE "SendReceipt" ADD CONSTRAINT "SendReceipt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
