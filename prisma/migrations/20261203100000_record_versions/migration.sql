-- Optimistic concurrency (ADR 016): every record a user edits carries a version, starting at 1 and
-- bumped by every update; an update names the version it edited and a stale one is refused.
ALTER TABLE "Offer" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Theme" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Milestone" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "BudgetLine" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "OfferReport" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
-- The synonym set is replaced as a whole, so its version lives with its owner.
ALTER TABLE "Municipality" ADD COLUMN "synonymsVersion" INTEGER NOT NULL DEFAULT 1;
-- The offer version each history row produced: a conflict names the fields changed since the caller's version.
ALTER TABLE "OfferChange" ADD COLUMN "version" INTEGER;
