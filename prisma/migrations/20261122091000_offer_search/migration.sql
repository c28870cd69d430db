-- Offer search (ADR 007): a search document per offer, kept by a trigger, with Danish stemming,
-- æ/ø/å folding and trigram indexes for compounds and typos.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Folds text for matching: æ/ø/å become ae/oe/aa (so "Ishøj" and "Ishoej" meet), other accents are
-- dropped (é → e), then lower case. æ/ø/å are replaced before unaccent, which would turn ø into o.
-- Upper and lower case are both replaced because lower() of non-ASCII letters depends on the locale.
-- IMMUTABLE so it may be used in indexes; the dictionary is named with its schema for that reason.
CREATE FUNCTION "search_fold"(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT lower(public.unaccent('public.unaccent'::regdictionary,
    replace(replace(replace(replace(replace(replace(input,
      'æ', 'ae'), 'Æ', 'ae'), 'ø', 'oe'), 'Ø', 'oe'), 'å', 'aa'), 'Å', 'aa')))
$$;

-- The Danish label of a need-category code, for the search document: FSIII prevention interventions
-- (KL FSIII, subtree "Kommunale sundhedsfremme og forebyggelsesindsatser") and KRAMS. Unknown codes
-- are indexed as they are. Kept in step with packages/shared/src/needCategories.ts (a test checks).
CREATE FUNCTION "search_need_label"(code text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE code
    WHEN 'c203c6b5-3be0-40a8-8204-e93751deabf5' THEN 'Tobaksafvænning'
    WHEN '01a500f6-c221-4fd0-b518-cd361218b60d' THEN 'Madlavning i praksis'
    WHEN '03a3ebdb-9e2d-4be1-b32b-42f0bd2a3362' THEN 'Afsluttende samtale'
    WHEN '61692d91-69b8-4830-9453-3d58454e49d3' THEN 'Færdighedstræning'
    WHEN '6d24992e-e0a2-43e7-bc27-0234622a8655' THEN 'Nikotin- og tobaksafvænning'
    WHEN '6eddbaf7-2a73-49d4-91e7-6138d419f58c' THEN 'Afklarende samtale'
    WHEN '924e9828-84cf-4689-9551-0ebb6dc71b98' THEN 'Samtale om alkohol'
    WHEN 'ab87c0b5-40be-4e0a-b749-d9f833bfed2d' THEN 'Fysisk træning'
    WHEN 'abe847e0-1ce0-44dc-a675-ce05b66f47e6' THEN 'Vejledning og introduktion til fysiske aktiviteter'
    WHEN 'c9a99304-1788-43b7-b7be-e187b092ae9c' THEN 'Kostvejledning'
    WHEN 'cf7a55c2-7061-47ed-b7c5-e29620fe93bf' THEN 'Diætbehandling'
    WHEN 'd1e016b5-150a-4ac4-97ba-d3e19e28471e' THEN 'Opfølgning'
    WHEN 'e71b7d85-5c78-49c2-8624-8499d162317b' THEN 'Sygdomshåndtering'
    WHEN 'ee5606ac-1bed-487e-aa3c-72dcc30ec037' THEN 'Behovssamtale'
    WHEN 'f30cab6d-2a42-4358-99d7-811127fb6e05' THEN 'Mental håndtering'
    WHEN 'kost' THEN 'Kost'
    WHEN 'rygning' THEN 'Rygning'
    WHEN 'alkohol' THEN 'Alkohol'
    WHEN 'motion' THEN 'Motion'
    WHEN 'stress' THEN 'Stress'
    WHEN 'søvn' THEN 'Søvn'
    WHEN 'sociale-relationer' THEN 'Sociale relationer'
    ELSE code
  END
$$;

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN "searchVector" tsvector,
ADD COLUMN "searchName" TEXT,
ADD COLUMN "searchTerms" TEXT,
ADD COLUMN "searchText" TEXT;

-- The search document: weights A name, B short description + target groups + need labels,
-- C description and eligibility; all folded, so query and document meet on the same spelling.
CREATE FUNCTION "offer_search_document"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  needs text := coalesce((SELECT string_agg("search_need_label"(c), ' ') FROM unnest(NEW."needCategories") AS c), '');
  groups text := array_to_string(NEW."targetGroups", ' ');
BEGIN
  NEW."searchName" := "search_fold"(NEW."name");
  NEW."searchTerms" := "search_fold"(concat_ws(' ', NEW."name", groups, needs));
  NEW."searchText" := "search_fold"(concat_ws(' ', NEW."name", NEW."shortDescription", groups, needs, NEW."description", NEW."eligibility"));
  NEW."searchVector" :=
    setweight(to_tsvector('danish', NEW."searchName"), 'A') ||
    setweight(to_tsvector('danish', "search_fold"(concat_ws(' ', NEW."shortDescription", groups, needs))), 'B') ||
    setweight(to_tsvector('danish', "search_fold"(concat_ws(' ', NEW."description", NEW."eligibility"))), 'C');
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Offer_search_document"
BEFORE INSERT OR UPDATE OF "name", "shortDescription", "description", "eligibility", "targetGroups", "needCategories" ON "Offer"
FOR EACH ROW EXECUTE FUNCTION "offer_search_document"();

-- Offers written before this migration get their document now.
UPDATE "Offer" SET "name" = "name";

-- CreateIndex
CREATE INDEX "Offer_searchVector_idx" ON "Offer" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Offer_searchTerms_idx" ON "Offer" USING GIN ("searchTerms" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Offer_searchText_idx" ON "Offer" USING GIN ("searchText" gin_trgm_ops);
