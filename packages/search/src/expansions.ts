// Per index, the documents a query word stands for, remembered across searches (ADR 052): a prefix item
// ("træn:*") merged once over every lexeme it starts, and a word part over every token holding it. A broad
// word expands to hundreds of lexemes or tokens whose postings overlap; the merged list is worked out at its
// first search and read as one list after that. An incremental update of the index forgets them all
// (followUpdate); a rebuilt index starts with none.
import { at } from '@sundhed/shared/at';
import { DocBuffer } from './docBuffer';
import type { IndexedOffer, ScopeIndex } from './searchIndex';
import { forEachLexeme, offerAt } from './searchIndex';
import { entryOr, lowerBoundLexeme, orRankOf, type QueryItem } from './textMatch';
import { tableFloat32, tableUint8 } from './tableMemory';

interface Expansions {
  lists: Map<string, Int32Array>;
  ranks: Map<string, QueryRanks>;
  /** Documents held over all lists and tables: past maxHeld they are forgotten and filled again as searches ask. */
  held: number;
}
const expansions = new WeakMap<ScopeIndex, Expansions>();
/**
 * The documents held over all lists and tables of ranks before they are forgotten: at most `held`, and at
 * least `tables` full tables of ranks per index (100,000 offers: 256, 128 MB). A test lowers them to make the
 * expansions forget and lend their tables.
 */
export const expansionLimits = { held: 4_000_000, tables: 256 };
const maxHeld = (index: ScopeIndex) => Math.max(expansionLimits.held, expansionLimits.tables * index.offers.length);

/**
 * The distinct documents a fill adds (DocCollector), in the order first added: a list's documents are added in
 * one loop (addAll) rather than by a callback per document, which the many fills' different callbacks kept
 * V8 from inlining (ADR 081).
 */
export class DocCollector {
  readonly docs = new DocBuffer();
  constructor(private readonly seen: Uint8Array) {}
  add(doc: number): void {
    if (!this.seen[doc]) {
      this.seen[doc] = 1;
      this.docs.push(doc);
    }
  }
  addAll(list: ArrayLike<number>): void {
    const { seen, docs } = this;
    for (let i = 0; i < list.length; i++) {
      const doc = list[i] as number;
      if (!seen[doc]) {
        seen[doc] = 1;
        docs.push(doc);
      }
    }
  }
}
/** One instance kept, so that its hidden class stays alive between searches (see keptDocBuffer, ADR 089). */
export const keptDocCollector = new DocCollector(new Uint8Array(0));

/**
 * The distinct documents `fill` adds, remembered per index under `key`. The order is the order first
 * added; the engine's ranking does not depend on the order of its candidates.
 */
export function cachedDocs(index: ScopeIndex, key: string, fill: (c: DocCollector) => void): Int32Array {
  let e = expansions.get(index);
  if (!e) expansions.set(index, (e = { lists: new Map(), ranks: new Map(), held: 0 }));
  let list = e.lists.get(key);
  if (!list) {
    const seen = takeMarks(index);
    const c = new DocCollector(seen);
    fill(c);
    list = c.docs.copy();
    c.docs.release();
    giveMarks(index, seen, list);
    if (e.held + list.length > maxHeld(index)) e = forgetAnd(index);
    e.lists.set(key, list);
    e.held += list.length;
  }
  return list;
}

/**
 * Per index, tables of marks (a byte per document) lent to whoever needs a "seen" set for a moment and
 * given back cleared (ADR 071). A new table per document list was a new buffer of the index's size each
 * time: a first search makes dozens of lists, and at 100,000 offers the garbage collector then ran over
 * the whole heap every few searches. Lists filled inside another's fill borrow a second table.
 */
const marks = new WeakMap<ScopeIndex, Uint8Array[]>();
const MAX_SPARE_MARKS = 4;
export function takeMarks(index: ScopeIndex): Uint8Array {
  const spare = marks.get(index)?.pop();
  return spare && spare.length === index.offers.length ? spare : tableUint8(index.offers.length);
}

/** Gives a table of takeMarks back, clearing the documents marked (`docs`: every document set in it). */
export function giveMarks(index: ScopeIndex, table: Uint8Array, docs: ArrayLike<number>): void {
  if (table.length !== index.offers.length) return;
  for (let i = 0; i < docs.length; i++) table[docs[i] as number] = 0;
  let spare = marks.get(index);
  if (!spare) marks.set(index, (spare = []));
  if (spare.length < MAX_SPARE_MARKS) spare.push(table);
}

/**
 * Forgets the index's lists and tables of ranks. The tables' buffers are kept to be lent to the next tables
 * (spareRanks), and each forgotten QueryRanks is left empty and marked `forgotten`, so that a prepared
 * concept that still holds it asks for its query's table again (IndexedQuery, coarseBounds.ts).
 */
function forgetAnd(index: ScopeIndex): Expansions {
  const old = expansions.get(index);
  if (old) {
    let spare = spareRanks.get(index);
    if (!spare) spareRanks.set(index, (spare = []));
    for (const r of old.ranks.values()) {
      if (spare.length < expansionLimits.tables && r.ranks.length === index.offers.length)
        spare.push({ ranks: r.ranks, known: r.known });
      r.ranks = FORGOTTEN_RANKS;
      r.known = FORGOTTEN_KNOWN;
      r.present = undefined;
      r.forgotten = true;
    }
  }
  const e: Expansions = { lists: new Map(), ranks: new Map(), held: 0 };
  expansions.set(index, e);
  return e;
}

/**
 * A full-text query's ts_rank per document, filled as searches ask (ts_rank gives 32-bit floats, so a
 * Float32Array holds them exactly); `known` marks the documents worked out.
 */
export interface QueryRanks {
  ranks: Float32Array;
  known: Uint8Array;
  /** Every document's rank was worked out at once from the postings (fillRanks). */
  filled?: boolean;
  /** Nothing is known yet and every rank is 0 (a new table): fillRanks reads the postings' documents alone. */
  fresh?: boolean;
  /**
   * An AND query's items held per document (at most 2 counted, andItems): a document holding fewer than two
   * has no pair of positions, and its rank is ts_rank's floor (RANK_FLOOR) without being worked out.
   */
  present?: Uint8Array;
  /**
   * The expansions forgot the table and lent its buffers to another query's (forgetAnd): `ranks` and `known`
   * are empty, and whoever holds it asks for the query's table again.
   */
  forgotten?: boolean;
}

/**
 * Per index, the buffers of forgotten tables of ranks, lent to the next tables (cachedRanks) cleared, instead
 * of new buffers of the index's size (ADR 085): at 100,000 offers a table is 500 kB outside V8's heap, and a
 * pass of first searches made about 650 of them, each 64 MB of which started a full collection of the heap.
 */
const spareRanks = new WeakMap<ScopeIndex, { ranks: Float32Array; known: Uint8Array }[]>();
const FORGOTTEN_RANKS = new Float32Array(0);
const FORGOTTEN_KNOWN = new Uint8Array(0);

/** The number of the AND query's items each document holds, at most 2 (QueryRanks.present), kept with its ranks. */
export function andItems(index: ScopeIndex, items: readonly QueryItem[], r: QueryRanks): Uint8Array {
  if (r.present) return r.present;
  const present = tableUint8(index.offers.length);
  for (const item of items) {
    const docs = itemDocs(index, item);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      if ((present[doc] as number) < 2) present[doc] = (present[doc] as number) + 1;
    }
  }
  return (r.present = present);
}

/**
 * A new table of ranks, every field named (none added later): each table then has one hidden class, and the
 * loops that read tables of ranks are not thrown away when one of another class comes (ADR 092).
 */
function queryRanks(ranks: Float32Array, known: Uint8Array): QueryRanks {
  return { ranks, known, filled: false, fresh: true, present: undefined, forgotten: false };
}

/** The remembered ranks of the query with this key (its lexemes and prefixes) on the index. */
export function cachedRanks(index: ScopeIndex, key: string): QueryRanks {
  let e = expansions.get(index);
  if (!e) expansions.set(index, (e = { lists: new Map(), ranks: new Map(), held: 0 }));
  let r = e.ranks.get(key);
  if (!r) {
    const n = index.offers.length;
    if (e.held + n > maxHeld(index)) e = forgetAnd(index);
    const lent = spareRanks.get(index)?.pop();
    if (lent && lent.ranks.length === n) {
      lent.ranks.fill(0);
      lent.known.fill(0);
      r = queryRanks(lent.ranks, lent.known);
    } else r = queryRanks(tableFloat32(n), tableUint8(n));
    e.ranks.set(key, r);
    e.held += n;
  }
  return r;
}

/**
 * An OR query's rank (ranksAsOr) on every document at once, from the postings of the lexemes its items
 * match and each posting's share (lexemeShares), instead of one binary search per item and document asked
 * (ADR 074): per document the same additions in the same order as tsRankSorted (the items sorted, a
 * prefix's lexemes sorted, 32-bit sums), then the same division. A document holding none of the items
 * gets rank 0, as tsRankSorted gives it. Documents already known keep their rank.
 */
export function fillRanks(index: ScopeIndex, items: readonly QueryItem[], r: QueryRanks): void {
  const { ranks, known } = r;
  const n = Math.min(index.offers.length, ranks.length);
  // A table new from cachedRanks knows nothing and holds zeros: only the postings' documents are then read
  // (ADR 080), not every document of the index twice. After an update some are known: every one is read.
  const fresh = r.fresh === true;
  const touched = new DocBuffer();
  if (!fresh) for (let doc = 0; doc < n; doc++) if (!known[doc]) ranks[doc] = 0;
  // The lexemes first, then one loop per lexeme in a function of its own: the loops were a closure made per
  // call, and fillRanks's code was thrown away at its end on each call (ADR 089).
  const lexemes: string[] = [];
  for (const item of items) forEachLexeme(index, item, (lexeme) => lexemes.push(lexeme));
  for (const lexeme of lexemes)
    addShares(index.postings.get(lexeme)!, lexemeShares(index, lexeme), ranks, known, n, fresh ? touched : null);
  // A document that holds none of the items keeps its sum 0, which is orRankOf(0, …).
  if (fresh) {
    finishTouched(touched.view(), ranks, items.length);
    touched.release();
    known.fill(1, 0, n);
  } else finishUnknown(ranks, known, n, items.length);
  r.fresh = false;
  r.filled = true;
}

/**
 * Adds a lexeme's shares to its documents' sums (fillRanks): the same additions in the same order, each sum
 * rounded to 32 bits as tsRankSorted's Math.fround does. A new sum (0 before) is a touched document.
 */
function addShares(
  docs: readonly number[],
  shares: Float64Array,
  ranks: Float32Array,
  known: Uint8Array,
  n: number,
  touched: DocBuffer | null,
): void {
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number;
    if (doc >= n || known[doc]) continue;
    const sum = ranks[doc] as number;
    // Every share is above 0 (ts_rank's weights are), so a sum of 0 is a document not yet summed.
    if (touched && sum === 0) touched.push(doc);
    ranks[doc] = sum + (shares[i] as number);
  }
}

/** The touched documents' sums made ranks (a new table: every other document's rank is 0). */
function finishTouched(docs: Int32Array, ranks: Float32Array, items: number): void {
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number;
    ranks[doc] = orRankOf(ranks[doc] as number, items);
  }
}

/** Every unknown document's sum made its rank, and known (a table an update left partly known). */
function finishUnknown(ranks: Float32Array, known: Uint8Array, n: number, items: number): void {
  for (let doc = 0; doc < n; doc++) {
    if (known[doc]) continue;
    const sum = ranks[doc] as number;
    if (sum !== 0) ranks[doc] = orRankOf(sum, items);
    known[doc] = 1;
  }
}

/**
 * Per index and lexeme, each posting's share of ts_rank's OR rank (entryOr of the document's entry for
 * the lexeme), in the order of the lexeme's postings (ADR 074). It depends on the document's entry alone:
 * every query holding the lexeme reads the same shares. Built for every lexeme with the index
 * (warmShares), or per lexeme on first need; an update forgets the changed documents' lexemes (followShares).
 */
const sharesCache = new WeakMap<ScopeIndex, Map<string, Float64Array>>();

export function lexemeShares(index: ScopeIndex, lexeme: string): Float64Array {
  let cache = sharesCache.get(index);
  if (!cache) sharesCache.set(index, (cache = new Map<string, Float64Array>()));
  const docs = index.postings.get(lexeme) ?? EMPTY;
  let shares = cache.get(lexeme);
  if (!shares || shares.length !== docs.length) {
    shares = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i++) {
      const entries = offerAt(index, docs[i] as number).entries;
      shares[i] = entryOr(at(entries, lowerBoundLexeme(entries, lexeme)));
    }
    cache.set(lexeme, shares);
  }
  return shares;
}

/** Every lexeme's shares (lexemeShares) in one pass over the documents' entries, in the postings' order. */
export function warmShares(index: ScopeIndex): void {
  const lists = new Map<string, number[]>();
  for (const o of index.offers)
    for (const e of o.entries) {
      const list = lists.get(e.lexeme);
      if (list) list.push(entryOr(e));
      else lists.set(e.lexeme, [entryOr(e)]);
    }
  const cache = new Map<string, Float64Array>();
  for (const [lexeme, list] of lists) cache.set(lexeme, Float64Array.from(list));
  sharesCache.set(index, cache);
}

/** After an update in place: the changed documents' lexemes (before and after) are worked out again on need. */
export function followShares(index: ScopeIndex, changed: readonly (IndexedOffer | null)[]): void {
  const cache = sharesCache.get(index);
  if (!cache) return;
  for (const o of changed) for (const e of o?.entries ?? []) cache.delete(e.lexeme);
}

/**
 * After an incremental update (updateIndex.ts): the document lists are forgotten (postings and tokens
 * changed), but a query's ts_rank on a document depends on that document's lexemes alone, so the
 * remembered ranks are kept and only the changed documents' marked unknown (ADR 060): the first search
 * after a write no longer ranks every match of its words again. A new document grows the tables.
 */
export function followExpansions(index: ScopeIndex, docs: readonly number[]): void {
  const e = expansions.get(index);
  if (!e) return;
  const n = index.offers.length;
  const kept: Expansions = { lists: new Map(), ranks: e.ranks, held: 0 };
  for (const [key, r] of e.ranks) {
    let { ranks, known } = r;
    if (ranks.length < n) {
      ranks = tableFloat32(n);
      ranks.set(r.ranks);
      known = tableUint8(n);
      known.set(r.known);
      const grown = queryRanks(ranks, known);
      grown.fresh = r.fresh;
      grown.filled = r.filled;
      e.ranks.set(key, grown);
    } else r.present = undefined;
    for (let i = 0; i < docs.length; i++) known[docs[i] as number] = 0;
    kept.held += n;
  }
  expansions.set(index, kept);
}

/** Forgets the index's remembered expansions (its postings or tokens changed). */
export function forgetExpansions(index: ScopeIndex): void {
  expansions.delete(index);
}

const EMPTY: readonly number[] = [];

/** The documents holding a lexeme the query item matches: its postings, or a prefix's merged postings. */
export function itemDocs(index: ScopeIndex, item: QueryItem): ArrayLike<number> & Iterable<number> {
  if (!item.prefix) return index.postings.get(item.lexeme) ?? EMPTY;
  return cachedDocs(index, `lexeme\u0000${item.lexeme}`, (c) =>
    forEachLexeme(index, item, (lexeme) => c.addAll(index.postings.get(lexeme)!)),
  );
}
