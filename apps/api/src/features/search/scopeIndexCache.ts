// The scope indexes of one API process (ADR 012, 019, 020): the offers and synonyms of a scope read from
// PostgreSQL and indexed with @sundhed/search (packages/search, ADR 044), kept current by the data
// versions. Loading, scoping and caching live here; matching and ranking live in the package.
import type { Db } from '../../db/prisma';
import type { Offer } from '../../__generated__/prisma/client';
import { scopeVersions, type DataKind, type KindVersions, type ScopeVersionReader } from '../../db/scopeVersion';
import { coursesEndDay, storedScheduleDays } from '@sundhed/shared';
import { indexDocuments, indexedOffer, type IndexedOffer, type ScopeIndex } from '@sundhed/search';
import { loadSynonymGroups } from './synonyms';

/** A scope's index over the database's offer rows. */
export type OfferIndex = ScopeIndex<Offer>;

/** An offer of the scope and its row versions; `changed`: they differ from the ones indexed. */
interface StampRow {
  id: string;
  stamp: string;
  changed: boolean;
}

/**
 * Every offer of the scope with its row versions (the offer's xmin and its locations' ids and xmins;
 * any write to either gives a new one), and whether they differ from the ones given (changed or new
 * offers). One statement; the changed offers' rows are then read, and their documents worked out by
 * @sundhed/search (the same code as the browser's, ADR 044).
 */
const REFRESH_SQL = `
  WITH known AS (SELECT * FROM unnest($2::text[], $3::text[]) AS k("id", "stamp")),
  current AS (
    SELECT o."id", o."xmin"::text || coalesce((SELECT ',' || string_agg(l."id" || ':' || l."xmin"::text, ',' ORDER BY l."id")
                                              FROM "OfferLocation" l WHERE l."offerId" = o."id"), '') AS stamp
      FROM "Offer" o WHERE ($1::text IS NULL OR o."municipalityId" = $1::text)
  )
  SELECT c."id", c.stamp, (k."stamp" IS DISTINCT FROM c.stamp) AS changed
    FROM current c LEFT JOIN known k ON k."id" = c."id"
   ORDER BY c."id"`;

/** Reads a scope from the database and indexes it (a full build). */
export async function buildScopeIndex(db: Db, municipalityId: string | null, version: bigint): Promise<OfferIndex> {
  return refreshScopeIndex(db, municipalityId, { offersVersion: version, synonymsVersion: version }, null);
}

/**
 * Brings a scope's index up to the given versions: reads what changed since `previous` (everything
 * when there is none) and indexes the offers anew, reusing the documents of unchanged ones. The
 * versions were read before this runs, so the index never claims data newer than it holds.
 */
export async function refreshScopeIndex(
  db: Db,
  municipalityId: string | null,
  versions: { offersVersion: bigint; synonymsVersion: bigint },
  previous: OfferIndex | null,
): Promise<OfferIndex> {
  const known = previous?.stamps ?? new Map<string, string>();
  const rows = await db.$queryRawUnsafe<StampRow[]>(
    REFRESH_SQL,
    municipalityId,
    [...known.keys()],
    [...known.values()],
  );
  const changedIds = rows.filter((r) => r.changed).map((r) => r.id);
  const [changedRows, synonymGroups] = await Promise.all([
    changedIds.length
      ? db.offer.findMany({
          where: { id: { in: changedIds } },
          include: {
            schedules: { select: { kind: true, validFrom: true, validTo: true } },
            locations: { select: { name: true, address: true, postalCode: true, city: true } },
          },
        })
      : [],
    previous && previous.synonymsVersion >= versions.synonymsVersion
      ? previous.synonymGroups
      : loadSynonymGroups(db, municipalityId),
  ]);
  const fresh = new Map(changedRows.map((o) => [o.id, o]));
  const kept = new Map((previous?.offers ?? []).map((o) => [o.offer.id, o]));
  const documents: IndexedOffer<Offer>[] = [];
  const stamps = new Map<string, string>();
  for (const row of rows) {
    if (!row.changed) {
      const doc = kept.get(row.id);
      if (doc) {
        documents.push(doc);
        stamps.set(row.id, row.stamp);
      }
      continue;
    }
    const fetched = fresh.get(row.id);
    if (!fetched) continue; // deleted between the two reads: the version changed, the next search updates
    // A schedule edit bumps the offer's version (and so its xmin): the end day is read with the offer.
    const { schedules, locations, ...offer } = fetched;
    documents.push(indexedOffer(offer, locations, coursesEndDay(storedScheduleDays(schedules))));
    stamps.set(row.id, row.stamp);
  }
  return indexDocuments(documents, synonymGroups, { ...versions, stamps });
}

// ---------- the cache of scope indexes ----------

const MAX_SCOPES = 500;

/**
 * What an index is read from (ADR 019): the offers and their locations, and the synonyms, of its
 * municipality (of every municipality for the all-offers scope). Milestones, budgets, an offer's
 * history or reports do not make any index stale.
 */
export const INDEXED_KINDS: readonly DataKind[] = ['offers', 'synonyms'];

/** Scope indexes of one database (one Prisma client), kept current by the data versions. */
class SearchIndexCache {
  private readonly scopes = new Map<string, OfferIndex>();
  private readonly building = new Map<
    string,
    { offersVersion: bigint; synonymsVersion: bigint; promise: Promise<OfferIndex> }
  >();
  readonly version: ScopeVersionReader;
  /** Full builds (a scope's first search), and incremental updates after a write. */
  builds = 0;
  updates = 0;

  constructor(private readonly db: Db) {
    this.version = scopeVersions(db);
  }

  /**
   * The scope's index at the current data versions or newer: one statement (none when the request
   * already read the versions of `offers` and `synonyms` for this scope, after it began), an
   * incremental update only after a write.
   */
  async get(municipalityId: string | null, known?: KindVersions): Promise<OfferIndex> {
    const versions =
      known && INDEXED_KINDS.every((k) => known.has(k))
        ? known
        : await this.version.byKind({ kinds: INDEXED_KINDS, municipalityId });
    const offersVersion = versions.get('offers') ?? 0n;
    const synonymsVersion = versions.get('synonyms') ?? 0n;
    const atLeast = (i: { offersVersion: bigint; synonymsVersion: bigint }) =>
      i.offersVersion >= offersVersion && i.synonymsVersion >= synonymsVersion;
    const key = municipalityId ?? '*';
    const current = this.scopes.get(key);
    if (current && atLeast(current)) return current;
    const inFlight = this.building.get(key);
    if (inFlight && atLeast(inFlight)) return inFlight.promise;
    // Update from the newest index there is (or will be): an update in flight holds more than the
    // installed one. Without either, a full build.
    const base = inFlight ? inFlight.promise.catch(() => current ?? null) : Promise.resolve(current ?? null);
    const promise = base
      .then((previous) => {
        if (previous) this.updates++;
        else this.builds++;
        return refreshScopeIndex(this.db, municipalityId, { offersVersion, synonymsVersion }, previous);
      })
      .then(
        (index) => {
          const installed = this.scopes.get(key);
          if (!installed || !atLeastOf(installed, index)) {
            this.scopes.delete(key);
            this.scopes.set(key, index);
            if (this.scopes.size > MAX_SCOPES) this.scopes.delete(this.scopes.keys().next().value as string);
          }
          if (this.building.get(key)?.promise === promise) this.building.delete(key);
          return index;
        },
        (error: unknown) => {
          if (this.building.get(key)?.promise === promise) this.building.delete(key);
          throw error;
        },
      );
    this.building.set(key, { offersVersion, synonymsVersion, promise });
    return promise;
  }
}

/** Whether index `a` holds at least what `b` holds. */
const atLeastOf = (a: OfferIndex, b: OfferIndex) =>
  a.offersVersion >= b.offersVersion && a.synonymsVersion >= b.synonymsVersion;

const caches = new WeakMap<Db, SearchIndexCache>();

export function searchIndexCache(db: Db): SearchIndexCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new SearchIndexCache(db)));
  return cache;
}

/**
 * The scope's index, current with the database. `known`: the versions the request read for this scope
 * after it began (the response cache's read), which spare the search a statement of its own.
 */
export function scopeIndex(db: Db, municipalityId: string | null, known?: KindVersions): Promise<OfferIndex> {
  return searchIndexCache(db).get(municipalityId, known);
}
