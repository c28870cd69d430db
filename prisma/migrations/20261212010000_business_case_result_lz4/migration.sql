-- Issue 14, ADR 057. A re-run after a price change writes a new result (about 7 kB of JSON) to every saved
-- business case. lz4 compresses it about twice as fast as PostgreSQL's default pglz, which shortened each
-- write and with it the time the director's overview waits behind it. The embedded PGlite is built without
-- lz4 ("compression method lz4 not supported"): there the columns keep pglz. Values already stored keep their
-- method until they are next written.
DO $$
BEGIN
  ALTER TABLE "SavedBusinessCase"
    ALTER COLUMN "result" SET COMPRESSION lz4,
    ALTER COLUMN "previousResult" SET COMPRESSION lz4;
  ALTER TABLE "BusinessCaseVersion" ALTER COLUMN "result" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'lz4 is not available here; business-case results keep pglz';
END;
$$;
