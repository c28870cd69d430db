// The in-process search index (ADR 012): per scope (one municipality, or every municipality for the
// HSDS feed) the offers' full rows, their trigger-kept search document (folded short texts and the
// tsvector's lexemes), their locations and the scope's synonym groups, with inverted indexes over
// lexemes, whitespace tokens and trigrams. It is labelled with the versions of the data it was built
// from (the scope's offers and synonyms: "DataScopeVersion", bumped by statement triggers, ADR 019):
// each search reads those versions (one cheap statement, or the one its request already read) and
// brings the scope up to date only when they changed, so a write, through any instance or straight
// into the database, is seen by the next search everywhere, and a write to anything else (a milestone,
// another municipality's offer) changes nothing. Bringing up to date is incremental (ADR 020): one
// statement compares each offer's row version (PostgreSQL's xmin, with its locations') with the one
// indexed and returns the search documents of the changed and new offers only; their rows are read,
// removed offers dropped, and the in-memory indexes rebuilt from the kept documents. Concurrent
// searches share one update (single flight).
import { at } from '@sundhed/shared/at';
import type { Db } from '../../db/prisma';
import type { Offer } from '../../__generated__/prisma/client';
import { scopeVersions, type DataKind, type KindVersions, type ScopeVersionReader } from '../../db/scopeVersion';
import { coursesEndDay, storedScheduleDays } from '@sundhed/shared';
import { loadSynonymGroups } from './synonyms';
import { loadVocabularyLayer } from '../vocabulary/layer';
import type { MunicipalLayerRow } from '@sundhed/vocabulary';
import { parseTsvector, trigramSequence, type LexemeEntry, type QueryItem } from './textMatch';

export interface IndexedOffer {
  offer: Offer;
  searchName: string;
  searchText: string;
  searchTerms: string;
  /** The tsvector's entries, sorted by lexeme. */
  entries: LexemeEntry[];
  /** Postcodes, and folded "name address postcode town" of each location (the area filter). */
  locations: { postalCode: string | null; text: string }[];
  /** The day after which its scheduled courses have all ended (coursesEndDay, offerCourses.ts), or null. */
  coursesEndDay: string | null;
  /** pg_trgm's trigrams of `searchTerms`, in order (worked out on first use: typos, suggestions). */
  termTrigrams?: string[];
}

export function termTrigrams(o: IndexedOffer): string[] {
  return (o.termTrigrams ??= trigramSequence(o.searchTerms));
}

export interface ScopeIndex {
  /** The versions of the scope's offers and synonyms the index holds (at least). */
  offersVersion: bigint;
  synonymsVersion: bigint;
  /** Per offer, the row versions (xmin of the offer and of its locations) its document was read at. */
  stamps: Map<string, string>;
  offers: IndexedOffer[];
  synonymGroups: string[][];
  /** The municipality's layer over the national vocabulary (ADR 045), read with the synonyms. */
  vocabularyLayer: MunicipalLayerRow[];
  /** Sorted distinct lexemes, and per lexeme the documents holding it. */
  vocabulary: string[];
  postings: Map<string, number[]>;
  /** Sorted distinct whitespace-separated tokens of `searchText`, and per token its documents. */
  tokens: string[];
  tokenDocs: Map<string, number[]>;
  /** The tokens as one text, "\n"-separated, and where each starts: a word part is found by indexOf. */
  tokenBlob: string;
  tokenStarts: number[];
  /** Documents in order of name, then id (C collation, as the database sorts). */
  byName: number[];
  /** Per document, its place in `byName`. */
  nameRank: Int32Array;
  /** Per trigram of `searchTerms`, the documents holding it (built on first use: typos, suggestions). */
  trigramDocs?: Map<string, number[]>;
}

/** An offer's search document as the refresh statement returns it (null columns: unchanged offer). */
interface StampRow {
  id: string;
  stamp: string;
  changed: boolean;
  searchName: string | null;
  searchText: string | null;
  searchTerms: string | null;
  vector: string | null;
  locations: { postalCode: string | null; text: string | null }[] | null;
}

/**
 * Every offer of the scope with its row versions (the offer's xmin and its locations' ids and xmins;
 * any write to either gives a new one); for those whose versions differ from the ones given (changed or
 * new offers), also the search document and the folded locations. One statement.
 */
const REFRESH_SQL = `
  WITH known AS (SELECT * FROM unnest($2::text[], $3::text[]) AS k("id", "stamp")),
  current AS (
    SELECT o."id", o."searchName", o."searchText", o."searchTerms", o."searchVector", o."xmin"::text || coalesce((SELECT ',' || string_agg(l."id" || ':' || l."xmin"::text, ',' ORDER BY l."id")
                                              FROM "OfferLocation" l WHERE l."offerId" = o."id"), '') AS stamp
      FROM "Offer" o WHERE ($1::text IS NULL OR o."municipalityId" = $1::text)
  )
  SELECT c."id", c.stamp, (k."stamp" IS DISTINCT FROM c.stamp) AS changed,
         CASE WHEN k."stamp" IS DISTINCT FROM c.stamp THEN c."searchName" END AS "searchName",
         CASE WHEN k."stamp" IS DISTINCT FROM c.stamp THEN c."searchText" END AS "searchText",
         CASE WHEN k."stamp" IS DISTINCT FROM c.stamp THEN c."searchTerms" END AS "searchTerms",
         CASE WHEN k."stamp" IS DISTINCT FROM c.stamp THEN c."searchVector"::text END AS vector,
         CASE WHEN k."stamp" IS DISTINCT FROM c.stamp THEN
           (SELECT json_agg(json_build_object('postalCode', l."postalCode",
                   'text', "search_fold"(concat_ws(' ', l."name", l."address", l."postalCode", l."city"))))
              FROM "OfferLocation" l WHERE l."offerId" = c."id") END AS locations
    FROM current c LEFT JOIN known k ON k."id" = c."id"
   ORDER BY c."id"`;

/** Reads a scope from the database and indexes it (a full build). */
export async function buildScopeIndex(db: Db, municipalityId: string | null, version: bigint): Promise<ScopeIndex> {
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
  previous: ScopeIndex | null,
): Promise<ScopeIndex> {
  const known = previous?.stamps ?? new Map<string, string>();
  const rows = await db.$queryRawUnsafe<StampRow[]>(
    REFRESH_SQL,
    municipalityId,
    [...known.keys()],
    [...known.values()],
  );
  const changedIds = rows.filter((r) => r.changed).map((r) => r.id);
  const synonymsCurrent = previous && previous.synonymsVersion >= versions.synonymsVersion;
  const [changedRows, synonymGroups, vocabularyLayer] = await Promise.all([
    changedIds.length
      ? db.offer.findMany({
          where: { id: { in: changedIds } },
          include: { schedules: { select: { kind: true, validFrom: true, validTo: true } } },
        })
      : [],
    synonymsCurrent ? previous.synonymGroups : loadSynonymGroups(db, municipalityId),
    synonymsCurrent ? previous.vocabularyLayer : loadVocabularyLayer(db, municipalityId),
  ]);
  const fresh = new Map(changedRows.map((o) => [o.id, o]));
  const kept = new Map((previous?.offers ?? []).map((o) => [o.offer.id, o]));
  const documents: IndexedOffer[] = [];
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
    const { schedules, ...offer } = fetched;
    documents.push({
      offer,
      coursesEndDay: coursesEndDay(storedScheduleDays(schedules)),
      searchName: row.searchName ?? '',
      searchText: row.searchText ?? '',
      searchTerms: row.searchTerms ?? '',
      entries: parseTsvector(row.vector ?? '').sort((a, b) => (a.lexeme < b.lexeme ? -1 : a.lexeme > b.lexeme ? 1 : 0)),
      locations: (row.locations ?? []).map((l) => ({ postalCode: l.postalCode, text: l.text ?? '' })),
    });
    stamps.set(row.id, row.stamp);
  }
  return indexDocuments(documents, synonymGroups, { ...versions, stamps }, vocabularyLayer);
}

/** The in-memory indexes over the scope's documents (in order of offer id). */
export function indexDocuments(
  offers: IndexedOffer[],
  synonymGroups: string[][],
  label: Pick<ScopeIndex, 'offersVersion' | 'synonymsVersion' | 'stamps'>,
  vocabularyLayer: MunicipalLayerRow[] = [],
): ScopeIndex {
  const postings = new Map<string, number[]>();
  const tokenDocs = new Map<string, number[]>();
  offers.forEach(({ entries, searchText }, doc) => {
    for (const entry of entries) {
      const list = postings.get(entry.lexeme);
      if (list) list.push(doc);
      else postings.set(entry.lexeme, [doc]);
    }
    for (const token of new Set(searchText.split(/\s+/).filter(Boolean))) {
      const list = tokenDocs.get(token);
      if (list) list.push(doc);
      else tokenDocs.set(token, [doc]);
    }
  });
  const tokens = [...tokenDocs.keys()].sort();
  const tokenStarts: number[] = [];
  let at = 1;
  for (const t of tokens) {
    tokenStarts.push(at);
    at += t.length + 1;
  }
  const byName = offers
    .map((_, doc) => doc)
    .sort((a, b) => {
      const x = (offers[a] as IndexedOffer).offer; // a and b are indexes of offers itself
      const y = (offers[b] as IndexedOffer).offer;
      return x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
    });
  const nameRank = new Int32Array(offers.length);
  byName.forEach((doc, i) => (nameRank[doc] = i));
  return {
    ...label,
    offers,
    byName,
    nameRank,
    synonymGroups,
    vocabularyLayer,
    vocabulary: [...postings.keys()].sort(),
    postings,
    tokens,
    tokenDocs,
    tokenBlob: `\n${tokens.join('\n')}\n`,
    tokenStarts,
  };
}

/** Calls back with every lexeme of the scope the query item matches (a prefix matches every lexeme it starts). */
export function forEachLexeme(index: ScopeIndex, item: QueryItem, fn: (lexeme: string) => void) {
  if (!item.prefix) {
    if (index.postings.has(item.lexeme)) fn(item.lexeme);
    return;
  }
  const v = index.vocabulary;
  for (let i = lowerBound(v, item.lexeme, (x) => x); i < v.length; i++) {
    const lexeme = v[i] as string;
    if (!lexeme.startsWith(item.lexeme)) break;
    fn(lexeme);
  }
}

/** A document of the scope's index by its number (a posting, a candidate): a number outside it is a bug. */
export function offerAt(index: ScopeIndex, doc: number): IndexedOffer {
  const offer = index.offers[doc];
  if (offer === undefined) throw new RangeError(`Document ${doc} is not in the scope's index (${index.offers.length})`);
  return offer;
}

function lowerBound<T>(list: readonly T[], key: string, of: (x: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // lo <= mid < hi <= list.length: the element is there.
    if (of(list[mid] as T) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const lexemeOf = (e: LexemeEntry) => e.lexeme;

/** Whether a document's entries (sorted by lexeme) hold one the query item matches. */
export function hasEntry(entries: readonly LexemeEntry[], item: QueryItem): boolean {
  const found = entries[lowerBound(entries, item.lexeme, lexemeOf)];
  return found !== undefined && (item.prefix ? found.lexeme.startsWith(item.lexeme) : found.lexeme === item.lexeme);
}

/** A document's entries the query item matches. */
export function matchingEntries(entries: readonly LexemeEntry[], item: QueryItem): LexemeEntry[] {
  const out: LexemeEntry[] = [];
  for (let i = lowerBound(entries, item.lexeme, lexemeOf); i < entries.length; i++) {
    const entry = at(entries, i);
    if (item.prefix ? !entry.lexeme.startsWith(item.lexeme) : entry.lexeme !== item.lexeme) break;
    out.push(entry);
  }
  return out;
}

/** The scope's whitespace tokens containing the term (or, for a word start, beginning with it). */
export function tokensContaining(index: ScopeIndex, term: string, wordStart: boolean): string[] {
  const out: string[] = [];
  const needle = wordStart ? `\n${term}` : term;
  const blob = index.tokenBlob;
  let last = -1;
  for (let found = blob.indexOf(needle); found >= 0; found = blob.indexOf(needle, found + 1)) {
    // The token holding this occurrence: the last one starting at or before it.
    let lo = 0;
    let hi = index.tokenStarts.length - 1;
    const pos = wordStart ? found + 1 : found;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at(index.tokenStarts, mid) <= pos) lo = mid;
      else hi = mid - 1;
    }
    if (lo !== last) out.push(at(index.tokens, lo));
    last = lo;
  }
  return out;
}

/** Per trigram of the documents' `searchTerms`, which documents hold it. */
export function trigramDocs(index: ScopeIndex): Map<string, number[]> {
  if (index.trigramDocs) return index.trigramDocs;
  const map = new Map<string, number[]>();
  index.offers.forEach((o, doc) => {
    for (const t of new Set(termTrigrams(o))) {
      const list = map.get(t);
      if (list) list.push(doc);
      else map.set(t, [doc]);
    }
  });
  index.trigramDocs = map;
  return map;
}

/**
 * Documents that share more than `share` of the text's trigrams with their `searchTerms`: a necessary
 * condition for word_similarity above `share` (similarity = shared / (|a| + |extent| − shared)).
 */
export function trigramCandidates(
  index: ScopeIndex,
  text: string,
  share: number,
): { docs: number[]; trigrams: Set<string> } {
  const trigrams = new Set(trigramSequence(text));
  const counts = new Uint16Array(index.offers.length);
  const map = trigramDocs(index);
  const needed = Math.max(1, Math.ceil(share * trigrams.size - 1e-9));
  const docs: number[] = [];
  for (const t of trigrams) {
    for (const doc of map.get(t) ?? []) {
      const count = at(counts, doc) + 1;
      counts[doc] = count;
      if (count === needed) docs.push(doc);
    }
  }
  return { docs, trigrams };
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
  private readonly scopes = new Map<string, ScopeIndex>();
  private readonly building = new Map<
    string,
    { offersVersion: bigint; synonymsVersion: bigint; promise: Promise<ScopeIndex> }
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
  async get(municipalityId: string | null, known?: KindVersions): Promise<ScopeIndex> {
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
const atLeastOf = (a: ScopeIndex, b: ScopeIndex) =>
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
export function scopeIndex(db: Db, municipalityId: string | null, known?: KindVersions): Promise<ScopeIndex> {
  return searchIndexCache(db).get(municipalityId, known);
}
