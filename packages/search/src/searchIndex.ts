// The in-memory search index (ADR 012, now in @sundhed/search, ADR 044): per scope (one municipality, or every municipality for the
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
import type { SearchableOffer } from './offer';
import { DocBuffer } from './docBuffer';
import { zeroedUint16 } from './scratch';
import { queryLexeme } from './stemmer';
import {
  extendsAtPart,
  lowerBoundLexeme,
  numberedWordSimilarity,
  numberTrigrams,
  trigramSequence,
  wordSimilarity,
  type WordTrigramIds,
  type LexemeEntry,
  type NumberedTrigrams,
  type TrigramIds,
  type QueryItem,
} from './textMatch';
import type { MunicipalLayerRow } from '@sundhed/vocabulary';
import { tableInt32 } from './tableMemory';

export interface IndexedOffer<O extends SearchableOffer = SearchableOffer> {
  offer: O;
  searchName: string;
  searchText: string;
  searchTerms: string;
  /** The tsvector's entries, sorted by lexeme. */
  entries: LexemeEntry[];
  /** Postcodes, and folded "name address postcode town" of each location (the area filter). */
  locations: { postalCode: string | null; text: string }[];
  /** The day after which its scheduled courses have all ended (coursesEndDay, offerCourses.ts), or null. */
  coursesEndDay: string | null;
  /**
   * pg_trgm's trigrams of `searchTerms`, in order, numbered (the distinct ones, and per position which):
   * worked out with the trigram table (trigramDocs) or on first use (typos, suggestions).
   */
  termTrigrams?: NumberedTrigrams;
}

export function termTrigrams(o: IndexedOffer): NumberedTrigrams {
  return (o.termTrigrams ??= numberTrigrams(trigramSequence(o.searchTerms)));
}

export interface ScopeIndex<O extends SearchableOffer = SearchableOffer> {
  /** The versions of the scope's offers and synonyms the index holds (at least). */
  offersVersion: bigint;
  synonymsVersion: bigint;
  /** Per offer, the row versions (xmin of the offer and of its locations) its document was read at. */
  stamps: Map<string, string>;
  offers: IndexedOffer<O>[];
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
  /**
   * Built with trigramDocs: per document, a number of its `searchTerms` text, the same for documents whose
   * trigrams are shared (sharedTrigrams: the same text), and how many numbers there are (ADR 088).
   */
  termTexts?: { of: Int32Array; count: number };
  /** Built with trigramDocs: the numbering of the documents' distinct trigrams (sharedTrigrams, ADR 089). */
  trigramIds?: TrigramIds;
  /**
   * Built with trigramDocs: each text's trigrams by number, in order, one text after the other in one table
   * (text k at seq[starts[k], starts[k + 1])), for the texts numbered then (`held`; one an update numbered
   * later is read from its offer). A comparison with a word reads a few lines of it, not an offer's arrays
   * spread over the heap (textWordSimilarity, ADR 090).
   */
  textTrigrams?: { seq: Int32Array; starts: Int32Array; held: number };
  /** Per offer id, its document number (the incremental update, updateIndex.ts). */
  docOf: Map<string, number>;
}

/** The in-memory indexes over the scope's documents (in order of offer id). */
export function indexDocuments<O extends SearchableOffer>(
  offers: IndexedOffer<O>[],
  synonymGroups: string[][],
  label: Pick<ScopeIndex, 'offersVersion' | 'synonymsVersion' | 'stamps'>,
  vocabularyLayer: MunicipalLayerRow[] = [],
): ScopeIndex<O> {
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
  // Every field named, the ones built later too, and none spread from the label: an object spread made each
  // index an object of a hidden class of its own, so the engine's code optimized for one index was thrown
  // away on the first search of the next ("wrong map" deopts, ADR 092).
  return {
    offersVersion: label.offersVersion,
    synonymsVersion: label.synonymsVersion,
    stamps: label.stamps,
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
    trigramDocs: undefined,
    termTexts: undefined,
    trigramIds: undefined,
    textTrigrams: undefined,
    docOf: new Map(offers.map((o, doc) => [o.offer.id, doc])),
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
    if (extendsAtPart(item.lexeme, lexeme)) fn(lexeme);
  }
}

/** A document of the scope's index by its number (a posting, a candidate): a number outside it is a bug. */
export function offerAt<O extends SearchableOffer>(index: ScopeIndex<O>, doc: number): IndexedOffer<O> {
  const offer = index.offers[doc];
  if (offer === undefined) throw new RangeError(`Document ${doc} is not in the scope's index (${index.offers.length})`);
  return offer;
}

/** The first place in the sorted list whose key is not below `key`. */
export function lowerBound<T>(list: readonly T[], key: string, of: (x: T) => string): number {
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

/** Whether a document's entries (sorted by lexeme) hold one the query item matches. */
export function hasEntry(entries: readonly LexemeEntry[], item: QueryItem): boolean {
  const from = lowerBoundLexeme(entries, item.lexeme);
  const found = entries[from];
  if (found === undefined) return false;
  if (!item.prefix) return found.lexeme === item.lexeme;
  // A short prefix may skip lexemes that only start with it ("ryg*": "ryge" before "rygskol").
  for (let i = from; i < entries.length; i++) {
    const lexeme = (entries[i] as LexemeEntry).lexeme;
    if (!lexeme.startsWith(item.lexeme)) return false;
    if (extendsAtPart(item.lexeme, lexeme)) return true;
  }
  return false;
}

/** A document's entries the query item matches. */
export function matchingEntries(entries: readonly LexemeEntry[], item: QueryItem): LexemeEntry[] {
  const out: LexemeEntry[] = [];
  for (let i = lowerBoundLexeme(entries, item.lexeme); i < entries.length; i++) {
    const entry = entries[i] as LexemeEntry;
    if (item.prefix ? !entry.lexeme.startsWith(item.lexeme) : entry.lexeme !== item.lexeme) break;
    if (item.prefix && !extendsAtPart(item.lexeme, entry.lexeme)) continue;
    out.push(entry);
  }
  return out;
}

/** Whether a whitespace token of the scope contains the term: tokensContaining(…, false) is not empty. */
export function someTokenContains(index: ScopeIndex, term: string): boolean {
  // A word has no "\n", so a match never spans two tokens of the blob; the first one answers (ADR 065).
  return index.tokenBlob.includes(term);
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

/** Whether a token of the scope's texts is exactly this word (binary search over the sorted tokens). */
export function hasToken(index: ScopeIndex, word: string): boolean {
  const { tokens } = index;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = at(tokens, mid);
    if (t === word) return true;
    if (t < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Whether the scope's catalogue holds the word: a token of its short fields exactly, or the word's lexeme in
 * its full text (descriptions too). A typed compound it holds is not split (ADR 067).
 */
export function holdsWord(index: ScopeIndex, word: string): boolean {
  if (hasToken(index, word)) return true;
  const lexeme = queryLexeme(word);
  return lexeme !== null && index.postings.has(lexeme);
}

/** Per trigram of the documents' `searchTerms`, which documents hold it. */
export function trigramDocs(index: ScopeIndex): Map<string, number[]> {
  if (index.trigramDocs) return index.trigramDocs;
  const map = new Map<string, number[]>();
  const ids: TrigramIds = new Map();
  const shared = sharedTrigrams(ids);
  const texts = new Map<NumberedTrigrams, number>();
  const of = tableInt32(index.offers.length);
  let positions = 0;
  index.offers.forEach((o, doc) => {
    o.termTrigrams ??= shared(o.searchTerms);
    let text = texts.get(o.termTrigrams);
    if (text === undefined) {
      texts.set(o.termTrigrams, (text = texts.size));
      positions += o.termTrigrams.index.length;
    }
    of[doc] = text;
    for (const t of o.termTrigrams.distinct) {
      const list = map.get(t);
      if (list) list.push(doc);
      else map.set(t, [doc]);
    }
  });
  index.trigramDocs = map;
  index.termTexts = { of, count: texts.size };
  index.trigramIds = ids;
  index.textTrigrams = numberedTexts(texts, ids, positions);
  return map;
}

/**
 * The texts' trigrams by number, in text order (ScopeIndex.textTrigrams). A text numbered in another index's
 * numbering (a document shared with another scope's index) has its trigrams numbered in this one's.
 */
function numberedTexts(
  texts: Map<NumberedTrigrams, number>,
  ids: TrigramIds,
  positions: number,
): { seq: Int32Array; starts: Int32Array; held: number } {
  const seq = tableInt32(positions);
  const starts = tableInt32(texts.size + 1);
  let pos = 0;
  // A Map keeps its keys in the order set: text numbers 0, 1, 2 …
  let text = 0;
  for (const t of texts.keys()) {
    const numbers =
      t.ids?.space === ids
        ? t.ids.of
        : t.distinct.map((trigram) => {
            let id = ids.get(trigram);
            if (id === undefined) ids.set(trigram, (id = ids.size));
            return id;
          });
    starts[text++] = pos;
    for (let i = 0; i < t.index.length; i++) seq[pos++] = numbers[t.index[i] as number] as number;
  }
  starts[text] = pos;
  return { seq, starts, held: texts.size };
}

/**
 * wordSimilarity(word, searchTerms) of a document whose text number is `text` (termTexts), read from the
 * index's table of numbered texts when the text is held there and the word's marks are in this index's
 * numbering (ADR 090), else from its offer. `trigrams` are the word's, `ids` their numbers.
 */
export function textWordSimilarity(
  index: ScopeIndex,
  doc: number,
  text: number,
  word: string,
  trigrams: Set<string>,
  ids: WordTrigramIds | undefined,
): number {
  const held = index.textTrigrams;
  if (held && ids && ids.space === index.trigramIds && text < held.held)
    return numberedWordSimilarity(
      trigrams.size,
      held.seq,
      held.starts[text] as number,
      held.starts[text + 1] as number,
      ids,
    );
  const o = offerAt(index, doc);
  return wordSimilarity(word, o.searchTerms, trigrams, termTrigrams(o), ids);
}

/** The documents' text numbers (ScopeIndex.termTexts), built with trigramDocs. */
export function termTexts(index: ScopeIndex): { of: Int32Array; count: number } {
  trigramDocs(index);
  return index.termTexts!;
}

/** After an update in place: the document's text is a new one (its number shared with no other document). */
export function followTermText(index: ScopeIndex, doc: number): void {
  const texts = index.termTexts;
  if (!texts) return;
  if (doc >= texts.of.length) {
    const grown = tableInt32(Math.max(doc + 1, 2 * texts.of.length));
    grown.set(texts.of);
    texts.of = grown;
  }
  texts.of[doc] = texts.count++;
}

/**
 * The offers' trigrams as the index is built, their parts shared (ADR 081): one string per trigram, not one
 * per offer and position (at 100,000 offers some ten million strings, a third of the index's heap, which
 * the collector walked on every full collection), and one NumberedTrigrams per distinct text (a national
 * catalogue holds the same offer under the same name and tags in many municipalities). Held for one build
 * only; both are never changed once made, so sharing them is safe.
 */
function sharedTrigrams(ids: TrigramIds): (text: string) => NumberedTrigrams {
  const strings = new Map<string, string>();
  const byText = new Map<string, NumberedTrigrams>();
  return (text) => {
    let known = byText.get(text);
    if (!known) {
      const { distinct, index } = numberTrigrams(trigramSequence(text));
      const shared = distinct.map((t) => {
        const same = strings.get(t);
        if (same !== undefined) return same;
        strings.set(t, t);
        ids.set(t, ids.size);
        return t;
      });
      known = { distinct: shared, index, ids: { space: ids, of: shared.map((t) => ids.get(t) as number) } };
      byText.set(text, known);
    }
    return known;
  };
}

/**
 * Documents that share more than `share` of the text's trigrams with their `searchTerms`: a necessary
 * condition for word_similarity above `share` (similarity = shared / (|a| + |extent| − shared)). `counts`
 * is a lent buffer (scratch.ts, ADR 085): valid until the next call.
 */
export function trigramCandidates(
  index: ScopeIndex,
  text: string,
  share: number,
): { docs: Int32Array; trigrams: Set<string>; counts: Uint16Array } {
  const trigrams = new Set(trigramSequence(text));
  const counts = zeroedUint16('trigramCounts', index.offers.length);
  const map = trigramDocs(index);
  const needed = Math.max(1, Math.ceil(share * trigrams.size - 1e-9));
  const docs = new DocBuffer();
  for (const t of trigrams) {
    const list = map.get(t);
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const doc = list[i] as number;
      const count = (counts[doc] as number) + 1;
      counts[doc] = count;
      if (count === needed) docs.push(doc);
    }
  }
  const list = docs.copy();
  docs.release();
  return { docs: list, trigrams, counts };
}
