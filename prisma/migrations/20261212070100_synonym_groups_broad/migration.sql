-- Issue 11: the staff unit can mark a synonym group as a broad concept (such as "motion"): it then only
-- lifts offers and never filters, and the quarter-of-the-catalogue rule does not refuse it. The table's
-- scope-version triggers (kind `synonyms`) already cover the new column.
ALTER TABLE "SearchSynonym" ADD COLUMN "broad" BOOLEAN NOT NULL DEFAULT false;
