-- Word-part matching (LIKE '%vand%', trigram-indexed) now reads the short fields only: name, short
-- description, target groups and need labels. On the long description it cost a full pass over long
-- texts for common words (benchmark: 10,000 offers); the description stays in the full-text document,
-- where stemmed prefixes still find its words. ADR 007.
CREATE OR REPLACE FUNCTION "offer_search_document"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  needs text := coalesce((SELECT string_agg("search_need_label"(c), ' ') FROM unnest(NEW."needCategories") AS c), '');
  groups text := array_to_string(NEW."targetGroups", ' ');
BEGIN
  NEW."searchName" := "search_fold"(NEW."name");
  NEW."searchTerms" := "search_fold"(concat_ws(' ', NEW."name", groups, needs));
  NEW."searchText" := regexp_replace("search_fold"(concat_ws(' ', NEW."name", NEW."shortDescription", groups, needs)), '\s+', ' ', 'g');
  NEW."searchVector" :=
    setweight(to_tsvector('danish', NEW."searchName"), 'A') ||
    setweight(to_tsvector('danish', "search_fold"(concat_ws(' ', NEW."shortDescription", groups, needs))), 'B') ||
    setweight(to_tsvector('danish', "search_fold"(concat_ws(' ', NEW."description", NEW."eligibility"))), 'C');
  RETURN NEW;
END;
$$;

UPDATE "Offer" SET "name" = "name";
