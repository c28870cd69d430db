// A full-text query run against the index (IndexedQuery), and the documents matching one alternative of
// a query (altDocs), remembered per index.
import { at } from '@sundhed/shared/at';
import {
  andItems,
  cachedDocs,
  cachedRanks,
  fillRanks,
  giveMarks,
  itemDocs,
  takeMarks,
  type QueryRanks,
} from './expansions';
import { hasEntry, matchingEntries, offerAt, type ScopeIndex } from './searchIndex';
import { RANK_FLOOR, rankItems, ranksAsOr, tsRankSorted, type QueryItem, type TsQuery } from './textMatch';

/** A full-text query against the index: documents' entries are found by binary search, nothing is copied. */
export class IndexedQuery {
  readonly items: QueryItem[];
  constructor(
    readonly query: TsQuery | null,
    private readonly index: ScopeIndex,
  ) {
    this.items = query ? rankItems(query) : [];
  }
  matches(doc: number): boolean {
    const entries = offerAt(this.index, doc).entries;
    return Boolean(this.query?.some((alt) => alt.every((item) => hasEntry(entries, item))));
  }
  /** The matching documents as lists, one per alternative (a document may be in several). */
  docLists(): ArrayLike<number>[] {
    return (this.query ?? []).map((alt) => altDocs(this.index, alt));
  }
  /** ts_rank of the query on a document, worked out once per document and search (several kinds ask). */
  rank(doc: number): number {
    if (!this.query) return 0;
    const table = this.table(this.query);
    if (table.known[doc]) return table.ranks[doc] as number;
    const entries = offerAt(this.index, doc).entries;
    const r = tsRankSorted(this.query, this.items, entries, (i) => matchingEntries(entries, at(this.items, i)));
    table.ranks[doc] = r;
    table.known[doc] = 1;
    table.fresh = false;
    return r;
  }
  /**
   * A bound of rank(doc) that works out no AND rank (matchBound, ADR 079): an OR query's ranks are all
   * worked out at once (fillRanks), so its bound is the rank itself (a document an update made unknown is
   * worked out again); an AND query's rank (rankAnd, a probabilistic OR of 32-bit values at most 1) is
   * never above 1, and is not worked out per document. A document holding fewer than two of its items has
   * no pair of positions: its rank is the floor, known without working it out (andItems, ADR 083).
   */
  rankBound(doc: number): number {
    if (!this.query) return 0;
    const table = this.table(this.query);
    if (table.known[doc]) return table.ranks[doc] as number;
    if (table.filled) return this.rank(doc);
    if ((andItems(this.index, this.items, table)[doc] as number) >= 2) return 1;
    table.ranks[doc] = RANK_FLOOR;
    table.known[doc] = 1;
    table.fresh = false;
    return RANK_FLOOR;
  }
  /**
   * The query's table of ranks when every document's rank is worked out at once (an OR query, fillRanks),
   * or null (no query, or an AND query, whose rank is never above 1: rankBound). A document an update made
   * unknown is worked out by rank(doc).
   */
  orTable(): QueryRanks | null {
    if (!this.query) return null;
    const table = this.table(this.query);
    return table.filled ? table : null;
  }
  /** Whether rank(doc) is known without working it out (so rankBound gave the rank itself). */
  ranked(doc: number): boolean {
    return !this.query || this.table(this.query).known[doc] === 1;
  }
  /** The query's table of ranks, asked for again when the expansions forgot the one held (forgetAnd). */
  private table(query: TsQuery): QueryRanks {
    const held = this.ranks;
    return held && !held.forgotten ? held : this.rankTable(query);
  }
  /** The remembered ranks of the query on the index; an OR query's are all worked out at once (fillRanks). */
  private rankTable(query: TsQuery): QueryRanks {
    const table = cachedRanks(
      this.index,
      query.map((alt) => alt.map((i) => `${i.lexeme}${i.prefix ? '*' : ''}`).join(' ')).join('|'),
    );
    if (!table.filled && ranksAsOr(query, this.items)) fillRanks(this.index, this.items, table);
    this.ranks = table;
    return table;
  }
  private ranks: QueryRanks | undefined;
}

/**
 * The documents matching every item of one alternative of a query: a single item's documents (a prefix's
 * expansion merged, itemDocs), or for several ("komme i gang") those of the item held by the fewest
 * documents, checked for the others; remembered per index (expansions.ts).
 */
function altDocs(index: ScopeIndex, alt: readonly QueryItem[]): ArrayLike<number> & Iterable<number> {
  const [only] = alt;
  if (only === undefined) return [];
  if (alt.length === 1) return itemDocs(index, only);
  return cachedDocs(index, `and\u0000${alt.map((i) => `${i.lexeme}${i.prefix ? '*' : ''}`).join(' ')}`, (c) => {
    const lists = alt.map((item) => ({ item, docs: itemDocs(index, item) }));
    const driver = lists.reduce((a, b) => (b.docs.length < a.docs.length ? b : a));
    const rest = alt.filter((item) => item !== driver.item);
    const others = lists.filter((l) => l !== driver);
    // The other items' document lists are counted off when that reads fewer entries than looking each of the
    // driver's documents up in them (ADR 071); either way the same documents, in the driver's order.
    if (
      others.length < 250 &&
      others.reduce((sum, l) => sum + l.docs.length, 0) < LOOKUP_COST * driver.docs.length * others.length
    ) {
      // A lent table of marks (ADR 071): only the driver's documents are ever marked, so they clear it.
      // Indexed loops, not for…of: a fill runs once per list, mostly before V8 optimizes it, and an iterator
      // there made an object per document (ADR 089).
      const count = takeMarks(index);
      const drive = driver.docs;
      for (let i = 0; i < drive.length; i++) count[drive[i] as number] = 1;
      others.forEach((l, k) => {
        const docs = l.docs;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] as number;
          if (count[doc] === k + 1) count[doc] = k + 2;
        }
      });
      for (let i = 0; i < drive.length; i++)
        if (count[drive[i] as number] === others.length + 1) c.add(drive[i] as number);
      giveMarks(index, count, drive);
      return;
    }
    const drive = driver.docs;
    for (let i = 0; i < drive.length; i++) {
      const doc = drive[i] as number;
      const entries = offerAt(index, doc).entries;
      if (rest.every((item) => hasEntry(entries, item))) c.add(doc);
    }
  });
}

/**
 * What looking a document up in its lexemes costs next to reading one entry of a document list (altDocs):
 * a binary search of string comparisons, measured at about 32 list entries (ADR 074; ADR 071 had 8).
 */
const LOOKUP_COST = 32;
