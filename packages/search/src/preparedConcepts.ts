// Concepts prepared for an index (ADR 065): each concept's per-document flags, name bits, candidates and
// typo similarities, kept across searches in a cache bounded by bytes (ADR 078), and the concepts' rarity.
import {
  BROAD_SHARE,
  MAX_VOCABULARY_PARTS,
  MIN_VOCABULARY_PART,
  needDocs,
  prepareVocabulary,
  type PreparedVocabulary,
} from './conceptVocabulary';
import { DocBuffer } from './docBuffer';
import { scratchFloat64, scratchInt32 } from './scratch';
import { giveMarks, takeMarks } from './expansions';
import type { CoarseTable } from './coarseBounds';
import { IndexedQuery } from './indexedQuery';
import { termPatterns, termsTsquery, type Concept } from './queryPlan';
import {
  offerAt,
  termTexts,
  termTrigrams,
  textWordSimilarity,
  trigramCandidates,
  type IndexedOffer,
  type ScopeIndex,
} from './searchIndex';
import { buildTsQuery, trigramSequence, wordSimilarity, wordTrigramIds } from './textMatch';
import { lexiconSimilarity } from './typos';
import {
  likePatterns,
  markNameDocs,
  markNames,
  nameDocs,
  NAME_SYNONYM,
  NAME_TERM,
  NAME_VOCABULARY,
  wordPartList,
  type LikePattern,
} from './wordParts';
import { tableInt32, tableUint8 } from './tableMemory';

export interface PreparedConcept {
  /** The folded term (word or phrase). */
  term: string;
  termPats: LikePattern[];
  synPats: LikePattern[];
  /**
   * Per document, which of the concept's "%t%" patterns its name contains (NAME_* bits, nameDocs), so that
   * no hit scans its name for each pattern (ADR 074); the other patterns (a word start, a phrase) are in
   * the `rest` lists and read on the name as before. Together they are likeAny on the name.
   */
  nameBits: Uint8Array;
  /**
   * NAME_TERM already says the term is in the name as kindsOf asks (partFits): a word part that fits (one
   * "%t%" pattern, nameDocs with `fits`), or every word start or phrase pattern marked (ADR 087).
   */
  termFit: boolean;
  termRest: LikePattern[];
  synRest: LikePattern[];
  vocabRest: LikePattern[];
  tq: IndexedQuery | null;
  sq: IndexedQuery | null;
  /**
   * Per document, which of the concept's sets it is in (flag bits): word part of the term / of a synonym
   * in the short fields (LIKE termPatterns), the term's / the synonyms' full-text query.
   */
  flags: Uint8Array;
  typo: {
    text: string;
    trigrams: Set<string>;
    similarity: Map<number, number>;
    /** Per document, the similarity of the closest word of its full text (descriptions too). */
    lexicon: Map<number, number>;
    /** Similarity from which a word counts as meant (lower in the last try of a search that found nothing). */
    threshold: number;
  } | null;
  vocab: PreparedVocabulary | null;
  /**
   * Per document asked, the concept's best match (bestMatch): its score and its kind. Both depend on the
   * document and the index alone, never on the filters (ADR 065).
   */
  points: Map<number, number>;
  kinds: Map<number, number>;
  /** Per key of flags and name bits, a bound of the match (coarseBounds.ts, worked out on first need). */
  coarse?: CoarseTable;
  /** The documents whose flags hold a bit of the concept's words (WORD_FLAGS): documentFrequency. */
  wordDocs: number;
}

/** word_similarity(typo, searchTerms) of a document, worked out once per search. */
export function typoSimilarity(p: PreparedConcept, o: IndexedOffer, doc: number): number {
  const typo = p.typo!;
  let s = typo.similarity.get(doc);
  if (s === undefined) {
    s = Math.max(wordSimilarity(typo.text, o.searchTerms, typo.trigrams, termTrigrams(o)), typo.lexicon.get(doc) ?? 0);
    typo.similarity.set(doc, s);
  }
  return s;
}

export const flag = {
  textTerm: 1,
  textSynonym: 2,
  ftsTerm: 4,
  ftsSynonym: 8,
  /** The vocabulary concept: a term as a word part of the short fields, in the full text, a need category. */
  vocabPart: 16,
  vocabFts: 32,
  vocabNeed: 64,
} as const;
/** Every flag but the need category's: the concept's words (documentFrequency). */
const WORD_FLAGS = 0xff & ~flag.vocabNeed;

/**
 * Candidates being gathered: a table of marks over the index's documents and how many are set. The marks are
 * counted, not pushed to a list: growing a list of tens of thousands of numbers cost more than the rest of the
 * gathering (ADR 082); inOrder then reads them in document order.
 */
export interface Candidates {
  seen: Uint8Array;
  count: number;
}

function prepare(
  c: Concept,
  index: ScopeIndex,
  typoThreshold: number | null,
  candidates: Candidates,
  broadIn: boolean,
  tables: DocTables,
): PreparedConcept {
  const synTerms = c.synonyms.map((s) => s.term);
  const termQ = termsTsquery([c.term]);
  const synQ = termsTsquery(synTerms);
  const allQ = termsTsquery([c.term, ...synTerms]);
  const tq = termQ ? new IndexedQuery(buildTsQuery([c.term]), index) : null;
  const sq = synQ ? new IndexedQuery(buildTsQuery(synTerms), index) : null;
  const spaced = (t: string) => t.split(' ').filter(Boolean).join(' ');
  const { flags, nameBits } = tables;
  // Candidates: word parts of the term and its synonyms, and the full-text candidate branch (the term's
  // query, or, when the term has none, the synonyms').
  const ftsCandidateFlag = termQ ? flag.ftsTerm : allQ ? flag.ftsSynonym : 0;
  // Each list's documents get the bit, and are candidates unless silent: one loop per list, no callback per
  // document (ADR 081).
  // The documents matched by the concept's words (documentFrequency) are counted as their first word flag is set.
  let wordDocs = 0;
  const mark = (docs: ArrayLike<number>, bit: number, silent = false) => {
    const { seen } = candidates;
    let added = 0;
    let first = 0;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      if (!silent && !seen[doc]) {
        seen[doc] = 1;
        added++;
      }
      const before = flags[doc] as number;
      if (!(before & WORD_FLAGS)) first++;
      flags[doc] = before | bit;
    }
    candidates.count += added;
    wordDocs += first;
  };
  if (spaced(c.term).length >= 3) mark(wordPartList(index, spaced(c.term)), flag.textTerm);
  for (const t of new Set(synTerms.map(spaced))) if (t.length >= 3) mark(wordPartList(index, t), flag.textSynonym);
  for (const docs of tq?.docLists() ?? []) mark(docs, flag.ftsTerm, ftsCandidateFlag !== flag.ftsTerm);
  for (const docs of sq?.docLists() ?? []) mark(docs, flag.ftsSynonym, ftsCandidateFlag !== flag.ftsSynonym);
  const vocab = c.vocabulary ? prepareVocabulary(c.vocabulary, index) : null;
  if (vocab) {
    // Per document the vocabulary's flag bits, counted as found and then read in document order.
    const foundBits = takeMarks(index);
    let found = 0;
    const collect = (docs: ArrayLike<number>, bit: number) => {
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        const bits = foundBits[doc] as number;
        if (!bits) found++;
        foundBits[doc] = bits | bit;
      }
    };
    if (vocab.needs) for (const code of vocab.needCodes) collect(needDocs(index).get(code) ?? [], flag.vocabNeed);
    const parts = vocab.source.terms.filter((t) => !t.includes(' ') && t.length >= MIN_VOCABULARY_PART);
    for (const t of parts.slice(0, MAX_VOCABULARY_PARTS)) collect(wordPartList(index, t), flag.vocabPart);
    for (const docs of vocab.q?.docLists() ?? []) collect(docs, flag.vocabFts);
    // A concept that would match more than a quarter of the scope is broad for this search (issue 11), and
    // a broad concept only lifts offers found by other means, unless the search found nothing at all.
    // Judged on the terms: a common need category is weighed by needSpecificity instead.
    const foundDocs = inOrder(foundBits, found, scratchInt32('vocabularyFound', found + 3));
    let byTerms = 0;
    for (let i = 0; i < foundDocs.length; i++)
      if ((foundBits[foundDocs[i] as number] as number) & (flag.vocabPart | flag.vocabFts)) byTerms++;
    vocab.broad = vocab.source.broad || byTerms > BROAD_SHARE * index.offers.length;
    const asCandidates = !(vocab.broad && !broadIn);
    for (let i = 0; i < foundDocs.length; i++) {
      const doc = foundDocs[i] as number;
      // marker and silent, written out: no function per document.
      if (asCandidates && !candidates.seen[doc]) {
        candidates.seen[doc] = 1;
        candidates.count++;
      }
      const before = flags[doc] as number;
      const bits = foundBits[doc] as number;
      if (!(before & WORD_FLAGS) && bits & WORD_FLAGS) wordDocs++;
      flags[doc] = before | bits;
    }
    giveMarks(index, foundBits, foundDocs);
  }
  const termPats = likePatterns(termPatterns(c.term));
  const synPats = likePatterns([...new Set(c.synonyms.flatMap((s) => termPatterns(s.term)))]);
  // The term's one "%t%" pattern: the names with a word where it fits as a part (partFits on the word is
  // partFits on the name, a word ending at a space), worked out once per index and term.
  const term = spaced(c.term);
  const [only] = termPats;
  const termFit =
    termPats.length === 1 && only !== undefined && !only.start && only.needle === term && !/[ \n]/.test(term);
  if (termFit) markNameDocs(nameDocs(index, term, true), NAME_TERM, nameBits);
  // Else the term is a phrase or a word of three letters (word starts): its patterns match only where it fits
  // as partFits asks, so with every pattern marked the bit says it all too (ADR 087).
  const termRest = termFit ? [] : markNames(index, termPats, NAME_TERM, nameBits);
  return {
    term: spaced(c.term),
    termPats,
    synPats,
    nameBits,
    termFit: termFit || (termPats.length > 0 && !termRest.length && termPats.every(fitsWhereFound)),
    termRest,
    synRest: markNames(index, synPats, NAME_SYNONYM, nameBits),
    vocabRest: vocab?.name ? markNames(index, vocab.namePats, NAME_VOCABULARY, nameBits) : [],
    tq,
    sq,
    flags,
    typo:
      c.typo && typoThreshold !== null
        ? {
            text: c.typo,
            trigrams: new Set(trigramSequence(c.typo)),
            similarity: new Map(),
            lexicon: lexiconSimilarity(index, c.typo, typoThreshold),
            threshold: typoThreshold,
          }
        : null,
    vocab,
    points: new Map(),
    kinds: new Map(),
    wordDocs,
    // Built on first need (coarseTable), named here so that it adds no field then (one hidden class, ADR 092).
    coarse: undefined,
  };
}

/** A pattern whose every match in a name is where the term fits as partFits asks: a word start or a phrase. */
const fitsWhereFound = (pat: LikePattern) => pat.start || pat.needle.startsWith(' ') || pat.needle.trim().includes(' ');

/** A concept prepared for an index, kept across searches: the candidates it marks, its typo candidates. */
interface PreparedEntry {
  p: PreparedConcept;
  marked: Int32Array;
  typoDocs: Int32Array | null;
  /** What its tables hold, in bytes (the cache's bound), its memo of best matches as last counted included. */
  bytes: number;
  /** The bytes of its memo of best matches (points and kinds) as last counted. */
  memo: number;
  /** The last search that read it (searchStamp). */
  stamp: number;
}

/**
 * The number of documents a prepared concept matches by its words (typos and need categories aside: a need
 * category says less about the concept than its words do, and needSpecificity weighs it already), counted
 * as the concept was prepared.
 */
export function documentFrequency(entry: PreparedEntry): number {
  return entry.p.wordDocs;
}

/**
 * Per concept of a query, its weight by how rare it is in the catalogue (IDF, ln(N / df)) next to the
 * query's rarest concept: a word most offers hold ("gruppe", "forløb", a broad life situation such as
 * "ensom") says less about which offer is meant than one few hold, so it weighs less, at least
 * MIN_RARITY_WEIGHT. A single concept, and a concept that matches nothing but typos, weigh 1.
 */
export function rarityWeights(prepared: readonly PreparedEntry[], docs: number): number[] {
  if (prepared.length < 2) return prepared.map(() => 1);
  const idf = prepared.map((entry) => {
    const df = documentFrequency(entry);
    return df > 0 ? Math.log((docs + 1) / df) : Number.NaN;
  });
  const rarest = Math.max(...idf.filter((x) => x === x));
  return idf.map((x) => (x === x && rarest > 0 ? Math.max(MIN_RARITY_WEIGHT, Math.min(1, x / rarest)) : 1));
}
const MIN_RARITY_WEIGHT = 0.5;

/**
 * Per index, the concepts prepared for it (ADR 065): the per-document flags, candidates, typo
 * similarities and best matches of a concept depend on the index alone (its postings, tokens, need
 * shares and breadth), not on the search's filters, so a word searched again (in another query, with
 * other filters, on another page) reads them instead of working them out for each of its hits. An update
 * of the index forgets them (followUpdate). Bounded by their tables' bytes (ADR 078): the least recently
 * used concept is forgotten first, never one the running search uses, and its per-document tables are
 * cleared and lent to the next concept prepared instead of new buffers of the index's size.
 */
interface PreparedConcepts {
  /** Least recently used first. */
  entries: Map<string, PreparedEntry>;
  bytes: number;
  spare: DocTables[];
}
const preparedCache = new WeakMap<ScopeIndex, PreparedConcepts>();
/**
 * The prepared concepts per index: at most 2,048, and beyond the first 128 at most 96 MB of tables or 2,000
 * bytes per offer, whichever is more. A concept's tables are 2 bytes per offer and its candidates (ADR 080;
 * 12 bytes per offer before): about 1,500 concepts at 10,000 offers, and at 100,000 offers about 600, so that
 * a front-line day's words stay prepared (the quality sets' 281 queries prepare about 460). An index of fewer than 2,000 offers (a municipality's: the API keeps one
 * per municipality) keeps 64, as before ADR 078: preparing a concept there costs little, and its objects
 * and maps, which the bytes do not count, would otherwise add up over hundreds of scopes. A test lowers
 * the limits to make the cache forget and lend tables.
 */
export const preparedLimits = {
  bytes: 96 * 2 ** 20,
  bytesPerOffer: 2000,
  concepts: 2048,
  keptConcepts: 128,
  smallIndex: 2000,
  smallIndexConcepts: 64,
};

/** How many concepts an index of `n` offers may keep prepared. */
function conceptLimit(n: number): number {
  return n < preparedLimits.smallIndex ? preparedLimits.smallIndexConcepts : preparedLimits.concepts;
}

/** The number of concepts the index holds prepared (for tests of the bounds). */
export function preparedConceptCount(index: ScopeIndex): number {
  return preparedCache.get(index)?.entries.size ?? 0;
}
const MAX_SPARE_TABLES = 8;
/** Counts the searches (searchIndex), so that a concept the running search prepared or read is never forgotten. */
let searchStamp = 0;

/** A concept's per-document tables (PreparedConcept's flags and nameBits). */
interface DocTables {
  flags: Uint8Array;
  nameBits: Uint8Array;
}
const DOC_TABLE_BYTES = 1 + 1;
/** What one document's remembered best match takes in the memo's two maps (measured: about 105 bytes). */
const MEMO_ENTRY_BYTES = 110;

function docTables(cache: PreparedConcepts, n: number): DocTables {
  for (let t = cache.spare.pop(); t; t = cache.spare.pop()) {
    if (t.flags.length !== n) continue;
    t.flags.fill(0);
    t.nameBits.fill(0);
    return t;
  }
  return { flags: tableUint8(n), nameBits: tableUint8(n) };
}

function forgetLeastUsed(cache: PreparedConcepts, n: number): void {
  const limit = conceptLimit(n);
  const kept = Math.min(preparedLimits.keptConcepts, limit);
  const bytes = Math.max(preparedLimits.bytes, preparedLimits.bytesPerOffer * n);
  for (const [key, entry] of cache.entries) {
    const size = cache.entries.size;
    if ((cache.bytes <= bytes || size <= kept) && size <= limit) return;
    if (entry.stamp === searchStamp) return;
    cache.entries.delete(key);
    cache.bytes -= entry.bytes;
    const { flags, nameBits } = entry.p;
    if (cache.spare.length < MAX_SPARE_TABLES) cache.spare.push({ flags, nameBits });
  }
}

export function preparedConcept(
  c: Concept,
  index: ScopeIndex,
  typoThreshold: number | null,
  broadIn: boolean,
): PreparedEntry {
  let cache = preparedCache.get(index);
  if (!cache) preparedCache.set(index, (cache = { entries: new Map(), bytes: 0, spare: [] }));
  const key = JSON.stringify([c.term, c.synonyms.map((s) => s.term), c.typo, c.vocabulary, typoThreshold, broadIn]);
  let entry = cache.entries.get(key);
  if (entry) {
    cache.entries.delete(key);
    cache.entries.set(key, entry);
    entry.stamp = searchStamp;
    // The memo of best matches grows as searches ask (matchKinds.ts): it is counted when the concept is read
    // again, and the cache forgets others if it has grown past its bound.
    const memo = MEMO_ENTRY_BYTES * entry.p.points.size;
    if (memo !== entry.memo) {
      entry.bytes += memo - entry.memo;
      cache.bytes += memo - entry.memo;
      entry.memo = memo;
      forgetLeastUsed(cache, index.offers.length);
    }
    return entry;
  }
  const own: Candidates = { seen: takeMarks(index), count: 0 };
  const p = prepare(c, index, typoThreshold, own, broadIn, docTables(cache, index.offers.length));
  // In document order (ADR 079): a pass over the candidates then reads each per-document table forward,
  // not at random places of tables of the index's size.
  const marked = inOrder(own.seen, own.count);
  giveMarks(index, own.seen, marked);
  let typoDocs: Int32Array | null = null;
  if (p.typo) {
    const typo = p.typo;
    const { docs } = trigramCandidates(index, typo.text, typo.threshold);
    const found = new DocBuffer();
    const threshold = typo.threshold;
    // typoSimilarity of each candidate, its word similarity worked out once per text (termTexts: a national
    // catalogue holds the same name and tags in many municipalities, ADR 088).
    const { of: textOf, count: textCount } = termTexts(index);
    const byText = scratchFloat64('typoTexts', textCount).fill(-1);
    const ids = index.trigramIds && wordTrigramIds(index.trigramIds, typo.trigrams);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      const text = textOf[doc] as number;
      let s = typo.similarity.get(doc);
      if (s === undefined) {
        let words = byText[text] as number;
        if (words < 0) byText[text] = words = textWordSimilarity(index, doc, text, typo.text, typo.trigrams, ids);
        s = Math.max(words, typo.lexicon.get(doc) ?? 0);
        typo.similarity.set(doc, s);
      }
      if (s >= threshold) found.push(doc);
    }
    for (const doc of p.typo.lexicon.keys())
      if (typoSimilarity(p, offerAt(index, doc), doc) >= threshold) found.push(doc);
    typoDocs = found.copy();
    found.release();
  }
  const bytes = DOC_TABLE_BYTES * index.offers.length + marked.byteLength + (typoDocs?.byteLength ?? 0);
  entry = { p, marked, typoDocs, bytes, memo: 0, stamp: searchStamp };
  cache.entries.set(key, entry);
  cache.bytes += bytes;
  forgetLeastUsed(cache, index.offers.length);
  return entry;
}

/**
 * The documents set in a table of marks, in document order (`count` of them), in `out` (room for three more
 * than `count`: a word's four marks are written without a branch each), a new array unless lent.
 */
export function inOrder(seen: Uint8Array, count: number, out = tableInt32(count + 3)): Int32Array {
  let k = 0;
  let doc = 0;
  // Four marks at a time where they are aligned (the tables of marks are whole buffers): a sparse table of
  // 100,000 documents is mostly words of zeros, read as one number each, and a word with marks writes its
  // four documents and counts on by the marks (0 or 1), which no branch mispredicts (ADR 083).
  if (seen.byteOffset % 4 === 0) {
    const words = new Uint32Array(seen.buffer, seen.byteOffset, seen.length >> 2);
    for (let w = 0; k < count && w < words.length; w++) {
      if (words[w] === 0) continue;
      const at = w << 2;
      out[k] = at;
      k += seen[at] === 0 ? 0 : 1;
      out[k] = at + 1;
      k += seen[at + 1] === 0 ? 0 : 1;
      out[k] = at + 2;
      k += seen[at + 2] === 0 ? 0 : 1;
      out[k] = at + 3;
      k += seen[at + 3] === 0 ? 0 : 1;
    }
    doc = words.length << 2;
  }
  for (; k < count && doc < seen.length; doc++) if (seen[doc]) out[k++] = doc;
  return out.subarray(0, Math.min(k, count));
}

export function addCandidates(candidates: Candidates, docs: Int32Array) {
  const { seen } = candidates;
  let added = 0;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number;
    if (!seen[doc]) {
      seen[doc] = 1;
      added++;
    }
  }
  candidates.count += added;
}

/** A new search (searchIndex): the concepts it prepares or reads are stamped with its count. */
export function nextSearch(): void {
  searchStamp++;
}

/** After an update in place (followUpdate): the index's prepared concepts are forgotten. */
export function forgetPrepared(index: ScopeIndex): void {
  preparedCache.delete(index);
}
