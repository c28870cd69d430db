-- ADR 063: the CHECK on an offer's keywords says what the code says (keywordOf, @sundhed/shared): words
-- of 3-40 letters a-z, at most 50. Words are folded before they are stored (æ/ø/å -> ae/oe/aa, accents
-- dropped, lower case), so [a-z] is the whole alphabet; "ø" alone folds to "oe", two letters, refused by
-- both. The old CHECK allowed 2 letters, and joined the words with spaces, so one element "to ord" or an
-- empty element passed; now each element is checked whole (joined with commas, which no word holds).

-- No code path wrote such a word; any that a hand edit left are dropped, keeping the order, and the
-- version is bumped so an open form meets CONFLICT rather than saving them back.
UPDATE "Offer"
SET "keywords" = ARRAY(
      SELECT k FROM unnest("keywords") WITH ORDINALITY AS t(k, n) WHERE k ~ '^[a-z]{3,40}$' ORDER BY n),
    "version" = "version" + 1
WHERE EXISTS (SELECT 1 FROM unnest("keywords") AS k WHERE k IS NULL OR k !~ '^[a-z]{3,40}$');

ALTER TABLE "Offer" DROP CONSTRAINT "Offer_keywords_shape";
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_keywords_shape"
  CHECK (
    cardinality("keywords") <= 50
    AND array_position("keywords", NULL) IS NULL
    AND (cardinality("keywords") = 0 OR array_to_string("keywords", ',') ~ '^[a-z]{3,40}(,[a-z]{3,40})*$')
  );
