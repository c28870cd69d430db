// The scope indexes of one API process (ADR 012, 019, 020): the offers and synonyms of a scope read from
// PostgreSQL and indexed with @sundhed/search (packages/search, ADR 044), kept current by the data
// versions. Loading, scoping and caching live here; matching and ranking live in the package.
import type { Db } from '../../db/prisma';
import type { Offer } from '../../__generated__/prisma/client';
import { scopeVersions, type DataKind, type KindVersions, type ScopeVersionReader } from '../../db/scopeVersion';
import { coursesEndDay, storedScheduleDays } from '@sundhed/shared';
import {
  indexDocuments,
  indexedOffer,
  trigramDocs,
  updateIndex,
  warmIndex,
  type IndexedOffer,
  type ScopeIndex,
} from '@sundhed/search';
import { warmLexicon } from '@sundhed/vocabulary';
import { loadSynonymSet, type SynonymGroup } from './synonyms';
import { loadVocabularyLayer } from '../vocabulary/layer';

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

/** Where an index stands in the change log: the snapshot it last read at, and its last full comparison. */
interface Tracking {
  snapshot: string;
  comparedAt: number;
}
const tracking = new WeakMap<OfferIndex, Tracking>();

/** An index older than this compares every offer again (the change log keeps a day). */
const FULL_COMPARE_MS = 6 * 60 * 60 * 1000;
/** More changed offers than this at once (an import): the full comparison is the cheaper read. */
const MAX_INCREMENTAL = 2000;

/** The snapshot a read is about to see (`xmin:xmax:running`): what it does not see is read next time. */
const SNAPSHOT_SQL = `SELECT pg_current_snapshot()::text AS snapshot`;
const PRUNE_SQL = `DELETE FROM "OfferSearchChange" WHERE "changedAt" < now() - interval '1 day'`;

/**
 * The offers named in the change log by transactions the previous read's snapshot did not see (in the
 * scope, or with no municipality left), whether a TRUNCATE asks for a full comparison, and this read's
 * snapshot, all in one statement: a transaction this snapshot does not see is read next time, however
 * late it commits, and one it saw is not read again.
 */
const CHANGES_SQL = `
  SELECT pg_current_snapshot()::text AS snapshot,
         coalesce(array_agg(DISTINCT c."offerId") FILTER (WHERE c."offerId" <> '*'), '{}') AS ids,
         coalesce(bool_or(c."offerId" = '*'), false) AS everything
    FROM "OfferSearchChange" c
   WHERE c."xid" >= pg_snapshot_xmin($1::pg_snapshot) AND NOT pg_visible_in_snapshot(c."xid", $1::pg_snapshot)
     AND ($2::text IS NULL OR c."municipalityId" IN ($2::text, '*'))`;

type Versions = { offersVersion: bigint; synonymsVersion: bigint };

const offerWithDocumentParts = {
  schedules: { select: { kind: true, validFrom: true, validTo: true } },
  locations: { select: { name: true, address: true, postalCode: true, city: true } },
} as const;

/** The offers' documents (@sundhed/search), read with their schedules (the day courses end) and places. */
async function readDocuments(db: Db, where: { id: { in: string[] }; municipalityId?: string }) {
  const rows = await db.offer.findMany({ where, include: offerWithDocumentParts });
  // A schedule edit bumps the offer's version (and so its xmin): the end day is read with the offer.
  return rows.map(({ schedules, locations, ...offer }) =>
    indexedOffer(offer, locations, coursesEndDay(storedScheduleDays(schedules))),
  );
}

/** The scope's synonym groups and its vocabulary layer (ADR 045): both follow the `synonyms` version. */
async function synonymsFor(db: Db, municipalityId: string | null, versions: Versions, previous: OfferIndex | null) {
  if (previous && previous.synonymsVersion >= versions.synonymsVersion)
    return { groups: previous.synonymGroups, layer: previous.vocabularyLayer };
  const [set, layer] = await Promise.all([loadSynonymSet(db, municipalityId), loadVocabularyLayer(db, municipalityId)]);
  const groups = set.filter((g) => !g.broad).map((g) => g.terms);
  return { groups, layer: [...layer, ...set.filter((g) => g.broad).map(broadGroupRow)] };
}

/**
 * A broad synonym group (issue 11) is searched as a broad concept of the municipality's layer: the
 * engine's broad concepts only lift offers found by other words and never filter (ADR 032, 045).
 */
function broadGroupRow(group: SynonymGroup, i: number) {
  const [label = '', ...addedTerms] = group.terms;
  return { id: `synonym-${i}`, nationalId: null, label, addedTerms, hiddenTerms: [], broad: true };
}

/**
 * Brings a scope's index up to the given versions. Normally incremental (ADR 044): the change log names
 * the offers written since the index last read, only those are read, and the index is updated in place.
 * Without a previous index, when it is old, after a TRUNCATE or a large import: every offer's row versions
 * are compared with the ones indexed (ADR 020) and the index is built from the documents. The versions
 * were read before this runs, so the index never claims data newer than it holds.
 */
export async function refreshScopeIndex(
  db: Db,
  municipalityId: string | null,
  versions: Versions,
  previous: OfferIndex | null,
): Promise<OfferIndex> {
  const track = previous && tracking.get(previous);
  if (previous && track && Date.now() - track.comparedAt < FULL_COMPARE_MS) {
    const [change] = await db.$queryRawUnsafe<{ snapshot: string; ids: string[]; everything: boolean }[]>(
      CHANGES_SQL,
      track.snapshot,
      municipalityId,
    );
    if (change && !change.everything && change.ids.length <= MAX_INCREMENTAL) {
      const [documents, synonyms] = await Promise.all([
        change.ids.length
          ? readDocuments(db, { id: { in: change.ids }, ...(municipalityId ? { municipalityId } : {}) })
          : [],
        synonymsFor(db, municipalityId, versions, previous),
      ]);
      const found = new Set(documents.map((d) => d.offer.id));
      // Their row versions are not read here: a later full comparison reads these offers again.
      for (const id of change.ids) previous.stamps.delete(id);
      const index = updateIndex(
        previous,
        documents,
        change.ids.filter((id) => !found.has(id)),
        { ...versions, stamps: previous.stamps },
        synonyms.groups,
        synonyms.layer,
      );
      tracking.set(index, { snapshot: change.snapshot, comparedAt: track.comparedAt });
      return index;
    }
  }
  return compareScopeIndex(db, municipalityId, versions, previous);
}

/** The full comparison (ADR 020): every offer's row versions against the ones indexed; changed ones read. */
async function compareScopeIndex(
  db: Db,
  municipalityId: string | null,
  versions: Versions,
  previous: OfferIndex | null,
): Promise<OfferIndex> {
  const [mark] = await db.$queryRawUnsafe<{ snapshot: string }[]>(SNAPSHOT_SQL);
  await db.$executeRawUnsafe(PRUNE_SQL);
  const known = previous?.stamps ?? new Map<string, string>();
  const rows = await db.$queryRawUnsafe<StampRow[]>(
    REFRESH_SQL,
    municipalityId,
    [...known.keys()],
    [...known.values()],
  );
  const changedIds = rows.filter((r) => r.changed).map((r) => r.id);
  const [changedDocs, synonyms] = await Promise.all([
    changedIds.length ? readDocuments(db, { id: { in: changedIds } }) : [],
    synonymsFor(db, municipalityId, versions, previous),
  ]);
  const fresh = new Map(changedDocs.map((o) => [o.offer.id, o]));
  const kept = new Map((previous?.offers ?? []).map((o) => [o.offer.id, o]));
  const documents: IndexedOffer<Offer>[] = [];
  const stamps = new Map<string, string>();
  for (const row of rows) {
    const doc = row.changed ? fresh.get(row.id) : kept.get(row.id);
    // A changed offer deleted between the two reads: the version changed, the next search updates.
    if (!doc) continue;
    documents.push(doc);
    stamps.set(row.id, row.stamp);
  }
  const index = indexDocuments(documents, synonyms.groups, { ...versions, stamps }, synonyms.layer);
  // The trigram table (typos and suggestions) is built with the index, not by the first search that
  // takes the typo pass: that search came after a write (an edit's new word is found in one offer only,
  // so it is also tried as a typo) and paid a pass over every offer's trigrams, 0.3 s at 10,000 offers
  // (ADR 060). The incremental update keeps the table current from then on.
  trigramDocs(index);
  // So are the engine's other per-index tables (columns, lexicon, need codes, ts_rank's shares, ADR 074).
  warmIndex(index);
  // The Danish lexicon (typed compounds, ADR 067) is decoded with the first index, not by a search.
  warmLexicon();
  if (mark) tracking.set(index, { snapshot: mark.snapshot, comparedAt: Date.now() });
  return index;
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

// ---------- the catalogue version an answer tells (ADR 076) ----------

/** Per index, whether the versions it was labelled with were still current once it was read, per label. */
const exactness = new WeakMap<
  OfferIndex,
  { offersVersion: bigint; synonymsVersion: bigint; exact: Promise<boolean> }
>();

/**
 * The catalogue version an answer from this index was searched at (ADR 076): the shared clock's day of the
 * search and the index's offers and synonyms versions, "2026-12-05:41:7"; the browser answers from its copy
 * only while the copy's version equals the last one the server told. An index is labelled with the versions
 * read before its rows were, so a write committed in between is in the index but not in its label. One read
 * of the versions after the index was built (once per label, sent after this call) tells: unchanged, nothing
 * was written to the scope's offers or synonyms in between, and the index holds exactly what its label says.
 * Otherwise null: the answer cannot say, and the next search updates the index under a newer label.
 */
export async function catalogueVersion(
  db: Db,
  municipalityId: string | null,
  index: OfferIndex,
  /** The index's label when it was searched (taken before any await: an update works in place). */
  label: { offersVersion: bigint; synonymsVersion: bigint },
  day: string,
): Promise<string | null> {
  const { offersVersion, synonymsVersion } = label;
  let known = exactness.get(index);
  if (!known || known.offersVersion !== offersVersion || known.synonymsVersion !== synonymsVersion) {
    const exact = searchIndexCache(db)
      .version.byKind({ kinds: INDEXED_KINDS, municipalityId })
      .then(
        (now) => now.get('offers') === offersVersion && now.get('synonyms') === synonymsVersion,
        () => false,
      );
    exactness.set(index, (known = { offersVersion, synonymsVersion, exact }));
  }
  return (await known.exact) ? `${day}:${offersVersion}:${synonymsVersion}` : null;
}
