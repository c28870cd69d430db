-- Issue 11: an offer's keywords are kept as Danish writes them ("knæskade"), so that reasons and the
-- offer's history show the word as written; the search folds them as it folds every text. Words stored
-- folded before ("knaeskade") stay valid.
ALTER TABLE "Offer" DROP CONSTRAINT "Offer_keywords_shape";
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_keywords_shape"
  CHECK (cardinality("keywords") <= 50 AND array_to_string("keywords", ' ') ~ '^([a-zæøå]{2,40}( |$))*$');
