-- Issue 11, ADR 054. (a) Searches whose hits were shown but none opened are counted beside the searches
-- that found nothing, in the same rows (municipality, term, day): still no user, no session, no text.
-- (b) An offer gets its own search keywords, which the staff unit adds from "Søgninger uden resultat".

ALTER TABLE "SearchMiss" ADD COLUMN "notOpened" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "SearchMiss" DROP CONSTRAINT "SearchMiss_count_positive";
ALTER TABLE "SearchMiss" ADD CONSTRAINT "SearchMiss_count_positive"
  CHECK ("count" >= 0 AND "notOpened" >= 0 AND "count" + "notOpened" > 0);

ALTER TABLE "Offer" ADD COLUMN "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[];
UPDATE "Offer" SET "keywords" = ARRAY[]::TEXT[] WHERE "keywords" IS NULL;
ALTER TABLE "Offer" ALTER COLUMN "keywords" SET NOT NULL;
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_keywords_shape"
  CHECK (cardinality("keywords") <= 50 AND array_to_string("keywords", ' ') ~ '^([a-z]{2,40}( |$))*$');
