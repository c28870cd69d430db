-- Which offers a write touched, for the incremental search index (ADR 044): every committed write to an
-- offer, its places or its schedules leaves a row naming the offer, its municipality and the writing
-- transaction's id. A search index remembers the oldest transaction still running when it last read
-- (pg_snapshot_xmin): next time it reads the rows of transactions from that one on, so a transaction
-- that commits late is never missed, and re-reads only the offers named there, not the whole scope.
-- TRUNCATE names no offer: it leaves a row with offer '*', which sends indexes back to a full comparison.
-- Rows older than a day are deleted by the readers (an index older than that compares in full).

-- CreateTable
CREATE TABLE "OfferSearchChange" (
    "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "offerId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "OfferSearchChange_xid_idx" ON "OfferSearchChange"("xid");
CREATE INDEX "OfferSearchChange_changedAt_idx" ON "OfferSearchChange"("changedAt");

-- TG_ARGV[0]: an SQL expression over the changed row "r" giving its offer's id; TG_ARGV[1]: its municipality.
CREATE FUNCTION "log_offer_search_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO "OfferSearchChange" ("offerId", "municipalityId") VALUES ('*', '*');
    RETURN NULL;
  END IF;
  changed := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
    ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
  EXECUTE format(
    'INSERT INTO "OfferSearchChange" ("offerId", "municipalityId")
       SELECT DISTINCT %s, coalesce(%s, ''*'') FROM (%s) r',
    TG_ARGV[0], TG_ARGV[1], changed);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  spec text[];
  event text;
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['Offer', 'r."id"', 'r."municipalityId"'],
    ['OfferLocation', 'r."offerId"', '(SELECT o."municipalityId" FROM "Offer" o WHERE o."id" = r."offerId")'],
    ['OfferSchedule', 'r."offerId"', '(SELECT o."municipalityId" FROM "Offer" o WHERE o."id" = r."offerId")']
  ] LOOP
    FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "log_offer_search_change"(%L, %L)',
        spec[1] || '_search_change_' || lower(event), event, spec[1],
        CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
          ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
        spec[2], spec[3]);
    END LOOP;
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "log_offer_search_change"(%L, %L)',
      spec[1] || '_search_change_truncate', spec[1], spec[2], spec[3]);
  END LOOP;
END;
$$;
