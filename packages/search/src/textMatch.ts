// The matching rules of PostgreSQL's full text and pg_trgm, done in memory (ADR 012): the search
// document's lexemes (the trigger-kept `searchVector`, read once per index build), query words stemmed
// by the TypeScript Danish stemmer, prefix queries (`word:*`), `ts_rank` with its default weights, and
// pg_trgm's `word_similarity`. Same rules, same numbers as the SQL engine before it, without the I/O.
import { stopwords } from './fold';
import { lexiconHasPrefix } from '@sundhed/vocabulary';
import { MIN_PLAIN_STEM, queryLexeme, searchStem } from './stemmer';
import { sharedEntry } from './sharedEntries';

/** One lexeme of a document: its positions and weights (0 = D … 3 = A), as in a tsvector. */
export interface LexemeEntry {
  lexeme: string;
  positions: number[];
  weights: number[];
}

const weightOf: Record<string, number> = { A: 3, B: 2, C: 1, D: 0 };

/** Parses the text form of a tsvector: `'lexeme':1A,5B 'other':3`. */
export function parseTsvector(text: string): LexemeEntry[] {
  const out: LexemeEntry[] = [];
  const re = /'((?:[^']|'')*)'(?::([0-9A-D,]+))?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lexeme = (m[1] ?? '').replace(/''/g, "'").replace(/\\(.)/g, '$1');
    const positions: number[] = [];
    const weights: number[] = [];
    for (const p of (m[2] ?? '').split(',').filter(Boolean)) {
      const weight = weightOf[p.at(-1) ?? ''];
      positions.push(Number(weight === undefined ? p : p.slice(0, -1)));
      weights.push(weight ?? 0);
    }
    out.push(sharedEntry(lexeme, positions, weights));
  }
  return out;
}

/** A query operand after the `danish` configuration: the lexeme, and whether it is a prefix (`:*`). */
export interface QueryItem {
  lexeme: string;
  prefix: boolean;
}

/** OR of ANDs: the shape `termsTsquery` builds ("a:* | (b:* & c:*)"), after stop words are dropped. */
export type TsQuery = QueryItem[][];

/**
 * The query `to_tsquery('danish', termsTsquery(terms))` yields: every word of a term must match (a prefix
 * of a stem for 3+ letters, æ/ø/å as one: ADR 075), any term may. Words that are stop words vanish as
 * PostgreSQL drops them.
 */
export function buildTsQuery(terms: string[]): TsQuery | null {
  const alternatives: TsQuery = [];
  for (const t of terms) {
    const typed = t.split(' ').filter((w) => /^[a-z0-9]+$/.test(w) && !stopwords.has(w));
    if (!typed.length) continue; // no operand at all: the alternative is not in the query text
    const items: QueryItem[] = [];
    for (const w of typed) {
      const lexeme = queryLexeme(w);
      if (lexeme) items.push({ lexeme, prefix: letters(w) >= 3 });
    }
    if (items.length) alternatives.push(items);
  }
  return alternatives.length ? alternatives : null;
}

/** Letters of a folded word, æ/ø/å (folded to ae/oe/aa) as one: "gå" is two, not a prefix to "gåtur". */
function letters(w: string): number {
  return w.replace(/ae|oe|aa/g, '_').length;
}

/** Whether the query had operands before stop words were dropped (then `@@` is simply false). */
export function hasOperands(terms: string[]): boolean {
  return terms.some((t) => t.split(' ').some((w) => /^[a-z0-9]+$/.test(w) && !stopwords.has(w)));
}

export function itemMatches(item: QueryItem, lexeme: string): boolean {
  return item.prefix ? lexeme.startsWith(item.lexeme) && extendsAtPart(item.lexeme, lexeme) : lexeme === item.lexeme;
}

/**
 * For a lexeme that starts with a prefix item's lexeme: whether it counts. A short lexeme (searchStem:
 * under four letters) extends only into a compound: the lexeme splits into a first part that is a form of
 * the short word (its searchStem is the prefix: "ryg", "sukker", "kaffe") and a rest that begins a word of
 * the Danish lexicon ("ryg*": "rygskol", "rygsmert"; "suk*": "sukkersyg"; not "ryge…", "rygning"). A
 * longer lexeme extends into anything. Remembered per pair (the same lexemes are asked on every search).
 */
export function extendsAtPart(prefix: string, lexeme: string): boolean {
  if (prefix.length >= MIN_PLAIN_STEM || lexeme.length === prefix.length) return true;
  const key = `${prefix}\u0000${lexeme}`;
  let known = parts.get(key);
  if (known === undefined) {
    known = false;
    for (let k = prefix.length; k <= lexeme.length - MIN_REST && !known; k++) {
      const rest = lexeme.slice(k);
      known = searchStem(lexeme.slice(0, k)) === prefix && /^[a-z]/.test(rest) && lexiconHasPrefix(rest);
    }
    if (parts.size >= 50_000) parts.clear();
    parts.set(key, known);
  }
  return known;
}
const parts = new Map<string, boolean>();
/** The shortest rest of a compound after a short word's form ("ryg|e" is an inflection, not a compound). */
const MIN_REST = 3;

/** The query's operands, sorted and unique by lexeme, as ts_rank counts them. */
export function rankItems(q: TsQuery): QueryItem[] {
  const seen = new Map<string, QueryItem>();
  for (const alt of q) for (const item of alt) if (!seen.has(item.lexeme)) seen.set(item.lexeme, item);
  return [...seen.values()].sort((a, b) => (a.lexeme < b.lexeme ? -1 : a.lexeme > b.lexeme ? 1 : 0));
}

const f = Math.fround;
const rankWeights = [0.1, 0.2, 0.4, 1.0].map(f);

function wordDistance(w: number): number {
  if (w > 100) return f(1e-30);
  return f(1.0 / (1.005 + 0.05 * Math.exp(f(w) / 1.5 - 2)));
}

/**
 * ts_rank(vector, query) with the default weights {0.1, 0.2, 0.4, 1.0} and no normalisation, for one
 * document. `entriesFor(i)` gives the document's entries matching rank item i (several for a prefix).
 */
export function tsRank(q: TsQuery, items: QueryItem[], entriesFor: (i: number) => LexemeEntry[]): number {
  if (!items.length) return 0;
  const andOnly = q.length === 1 && (q[0]?.length ?? 0) > 1;
  let res = andOnly && items.length >= 2 ? rankAnd(items, entriesFor) : rankOr(items, entriesFor);
  if (res < 0) res = RANK_FLOOR;
  return res;
}

/** ts_rank's answer where nothing of the query counts (an AND query with fewer than two of its items held). */
export const RANK_FLOOR = f(1e-20);

/**
 * tsRank over a document's entries sorted by lexeme (the index's), without building the per-item lists:
 * the same sums in the same order (ADR 052). `items` as rankItems gives them (sorted by lexeme).
 */
export function tsRankSorted(
  q: TsQuery,
  items: QueryItem[],
  entries: readonly LexemeEntry[],
  entriesFor: (i: number) => LexemeEntry[],
): number {
  if (!items.length) return 0;
  const andOnly = q.length === 1 && (q[0]?.length ?? 0) > 1;
  if (andOnly && items.length >= 2) return tsRank(q, items, entriesFor);
  let res = 0;
  let from = 0;
  for (const item of items) {
    // The items are sorted by lexeme, so an item's entries lie at or after the previous item's lower bound,
    // and past the last entry no later item has any (ADR 071).
    from = lowerBoundLexeme(entries, item.lexeme, from);
    if (from === entries.length) break;
    for (let k = from; k < entries.length; k++) {
      const e = entries[k] as LexemeEntry;
      if (item.prefix ? !e.lexeme.startsWith(item.lexeme) : e.lexeme !== item.lexeme) break;
      if (item.prefix && !extendsAtPart(item.lexeme, e.lexeme)) continue;
      res = f(res + entryOr(e));
    }
  }
  return orRankOf(res, items.length);
}

/** Whether tsRankSorted ranks the query as OR (a sum per entry), not as AND (by the items' distances). */
export function ranksAsOr(q: TsQuery, items: readonly QueryItem[]): boolean {
  const andOnly = q.length === 1 && (q[0]?.length ?? 0) > 1;
  return !(andOnly && items.length >= 2);
}

/** The end of ts_rank's OR rank: the sum of the entries' shares over the number of items. */
export function orRankOf(sum: number, items: number): number {
  const res = f(sum / items);
  return res < 0 ? RANK_FLOOR : res;
}

/** The first entry (sorted by lexeme) at or after `from` whose lexeme is not below `key`. */
export function lowerBoundLexeme(entries: readonly LexemeEntry[], key: string, from = 0): number {
  let lo = from;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((entries[mid] as LexemeEntry).lexeme < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One entry's share of ts_rank's OR rank (before the division by the number of items). It depends on the
 * entry alone, so an index can keep it per posting (expansions.ts, ADR 074).
 */
export function entryOr(e: LexemeEntry): number {
  let resj = 0;
  let wjm = -1;
  let jm = 0;
  for (let j = 0; j < e.positions.length; j++) {
    const w = rankWeights[e.weights[j] as number] as number;
    resj = f(resj + f(w / ((j + 1) * (j + 1))));
    if (w > wjm) {
      wjm = w;
      jm = j;
    }
  }
  return (wjm + resj - f(wjm / ((jm + 1) * (jm + 1)))) / 1.64493406685;
}

function rankOr(items: QueryItem[], entriesFor: (i: number) => LexemeEntry[]): number {
  let res = 0;
  for (let i = 0; i < items.length; i++) for (const e of entriesFor(i)) res = f(res + entryOr(e));
  return f(res / items.length);
}

function rankAnd(items: QueryItem[], entriesFor: (i: number) => LexemeEntry[]): number {
  let res = -1;
  const pos: (LexemeEntry | undefined)[] = [];
  for (let i = 0; i < items.length; i++) {
    for (const e of entriesFor(i)) {
      pos[i] = e;
      for (let k = 0; k < i; k++) {
        const other = pos[k];
        if (!other) continue;
        for (let l = 0; l < e.positions.length; l++) {
          for (let p = 0; p < other.positions.length; p++) {
            let dist = Math.abs((e.positions[l] as number) - (other.positions[p] as number));
            if (!dist) continue; // both have positions: the same position does not count
            if (dist > 16383) dist = 16383;
            const curw = f(
              Math.sqrt(
                (rankWeights[e.weights[l] as number] as number) *
                  (rankWeights[other.weights[p] as number] as number) *
                  wordDistance(dist),
              ),
            );
            res = res < 0 ? curw : f(1.0 - (1.0 - res) * (1.0 - curw));
          }
        }
      }
    }
  }
  return res;
}

// ---------- pg_trgm ----------

/** pg_trgm's trigrams of a text in order: each alphanumeric word padded "  word ", three characters at a time. */
export function trigramSequence(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [' ', ' ', ...w, ' '];
    for (let i = 0; i + 3 <= chars.length; i++) out.push(chars.slice(i, i + 3).join(''));
  }
  return out;
}

/**
 * pg_trgm's word_similarity(a, b): the greatest similarity between the trigrams of `a` and any
 * continuous extent of the trigrams of `b` (the non-strict variant behind `<%`).
 */
export function wordSimilarity(
  a: string,
  b: string,
  aTrigrams: Set<string> = new Set(trigramSequence(a)),
  bTrigrams: NumberedTrigrams = numberTrigrams(trigramSequence(b)),
  aIds?: WordTrigramIds,
): number {
  const ulen1 = aTrigrams.size;
  if (!ulen1) return 0;
  const { distinct, index } = bTrigrams;
  // Scratch tables of the module, not new arrays per call: typo tolerance and suggestions call this for
  // thousands of offers per search, and each call's arrays were most of a search's garbage (ADR 078).
  const found = scratchFound(distinct.length);
  const numbered = aIds && bTrigrams.ids?.space === aIds.space ? bTrigrams.ids.of : null;
  if (numbered && aIds) {
    // By number (ADR 089): per distinct trigram of the text, one read of the word's marks (ADR 090). A
    // number made after the word's marks (an update since) is no trigram of the word: it had none then.
    const marks = aIds.marks;
    for (let t = 0; t < distinct.length; t++) {
      const id = numbered[t] as number;
      found[t] = id < marks.length ? (marks[id] as number) : 0;
    }
  } else for (let t = 0; t < distinct.length; t++) found[t] = aTrigrams.has(distinct[t] as string) ? 1 : 0;
  return extentSimilarity(ulen1, index, 0, index.length, found, scratchLastpos(distinct.length));
}

/**
 * wordSimilarity of a word with a text kept as its trigrams' numbers in the index's numbering, one after the
 * other in seq[start, end) (ScopeIndex.textTrigrams, ADR 090), the word given by its trigrams' count and its
 * marks: no offer's arrays are read, only a few lines of one table.
 */
export function numberedWordSimilarity(
  ulen1: number,
  seq: Int32Array,
  start: number,
  end: number,
  word: WordTrigramIds,
): number {
  if (!ulen1) return 0;
  return extentSimilarity(ulen1, seq, start, end, word.marks, scratchLastpos(word.marks.length));
}

/**
 * pg_trgm's calc_word_similarity over the trigram numbers seq[start, end): found[t] says whether the word has
 * trigram t; lastpos[t] is -1 for every t of the sequence when called, and is left so.
 */
function extentSimilarity(
  ulen1: number,
  seq: ArrayLike<number>,
  start: number,
  end: number,
  found: Uint8Array,
  lastpos: Int32Array,
): number {
  let ulen2 = 0;
  let count = 0;
  let lower = -1;
  let max = 0;
  const sml = (c: number, l2: number) => f(c / (ulen1 + l2 - c));
  for (let i = start; i < end; i++) {
    const t = seq[i] as number;
    if (lower >= 0 || found[t]) {
      if ((lastpos[t] as number) < 0) {
        ulen2++;
        if (found[t]) count++;
      }
      lastpos[t] = i;
    }
    if (!found[t]) continue;
    const upper = i;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let cur = sml(count, ulen2);
    let tmpCount = count;
    let tmpUlen2 = ulen2;
    const prevLower = lower;
    for (let tmpLower = lower; tmpLower <= upper; tmpLower++) {
      const s = sml(tmpCount, tmpUlen2);
      if (s > cur) {
        cur = s;
        ulen2 = tmpUlen2;
        lower = tmpLower;
        count = tmpCount;
      }
      const ti = seq[tmpLower] as number;
      if (lastpos[ti] === tmpLower) {
        tmpUlen2--;
        if (found[ti]) tmpCount--;
      }
    }
    max = Math.max(max, cur);
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const ti = seq[tmpLower] as number;
      if (lastpos[ti] === tmpLower) lastpos[ti] = -1;
    }
  }
  for (let i = start; i < end; i++) lastpos[seq[i] as number] = -1;
  return max;
}

/**
 * A trigram sequence as numbers: its distinct trigrams, and per position the number of its trigram. An
 * offer's is kept with the index (termTrigrams): a comparison then only asks which distinct ones the word has.
 */
export interface NumberedTrigrams {
  distinct: string[];
  /**
   * A plain array of small integers, not an Int32Array: a typed array per offer is an ArrayBuffer per
   * offer, and at 100,000 offers the collector's work on 100,000 buffers made every repeated search
   * several times slower (measured: p95 23 → 98 ms, ADR 078).
   */
  index: readonly number[];
  /**
   * Per distinct trigram, its number in the index's table of trigrams (TrigramIds), when it was numbered while
   * the trigram table was built (sharedTrigrams): a comparison then reads whether the word has a trigram by
   * number, not by a string's hash (ADR 089).
   */
  ids?: { space: TrigramIds; of: readonly number[] };
}

/** An index's numbering of the distinct trigrams of its documents' terms (sharedTrigrams). */
export type TrigramIds = Map<string, number>;

/**
 * A word's trigrams by their numbers in an index's numbering (-1: a trigram no document has), and marked in a
 * table by number (1: the word has that trigram), so that a text's trigram is looked up in one read, not
 * compared with each of the word's (ADR 090).
 */
export interface WordTrigramIds {
  space: TrigramIds;
  of: Int32Array;
  marks: Uint8Array;
}

export function wordTrigramIds(space: TrigramIds, trigrams: Iterable<string>): WordTrigramIds {
  const of = Int32Array.from(trigrams, (t) => space.get(t) ?? -1);
  const marks = new Uint8Array(space.size);
  for (let k = 0; k < of.length; k++) if ((of[k] as number) >= 0) marks[of[k] as number] = 1;
  return { space, of, marks };
}

export function numberTrigrams(seq: readonly string[]): NumberedTrigrams {
  const ids = new Map<string, number>();
  const index = seq.map((t) => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    return id;
  });
  return { distinct: [...ids.keys()], index };
}
let foundTable = new Uint8Array(256);
function scratchFound(n: number): Uint8Array {
  if (foundTable.length < n) foundTable = new Uint8Array(2 * n);
  return foundTable;
}
let lastposTable = new Int32Array(256).fill(-1);
/** A table of -1s, which extentSimilarity leaves so. */
function scratchLastpos(n: number): Int32Array {
  if (lastposTable.length < n) lastposTable = new Int32Array(2 * n).fill(-1);
  return lastposTable;
}

/** pg_trgm.word_similarity_threshold's default: `a <% b` holds at this similarity or more. */
export const WORD_SIMILARITY_THRESHOLD = 0.6;
