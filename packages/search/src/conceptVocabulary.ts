// A vocabulary concept prepared for a search (ADR 032): its useful terms, full-text query and need codes,
// the documents of each need code, and how specific a need category is on an offer.
import { stopwords } from './fold';
import { giveMarks, takeMarks } from './expansions';
import { IndexedQuery } from './indexedQuery';
import { vocabularyPatterns, type ConceptVocabulary } from './queryPlan';
import type { ScopeIndex } from './searchIndex';
import type { IndexChange } from './searchTypes';
import { buildTsQuery, type TsQuery } from './textMatch';
import { likePatterns, wordPartList, type LikePattern } from './wordParts';
import { tableFloat64 } from './tableMemory';
import { DocBuffer } from './docBuffer';

/** A concept's vocabulary, ready for one search: its terms' name patterns and full-text query, its needs. */
export interface PreparedVocabulary {
  source: ConceptVocabulary;
  /** Broad in this search: marked so, or matching more than a quarter of the scope's offers. */
  broad: boolean;
  namePats: LikePattern[];
  needCodes: Set<string>;
  /** Per need code, the share of the scope's offers that carry it. */
  needShare: Map<string, number>;
  q: IndexedQuery | null;
  name: boolean;
  needs: boolean;
  description: boolean;
  /** Documents in the scope, and per document its needSpecificity (specificities). */
  docs: number;
  index: ScopeIndex;
  specificity?: Float64Array;
}

/** A vocabulary concept's terms that are looked for as word parts of the short fields (the costly scan). */
export const MAX_VOCABULARY_PARTS = 24;
export const MIN_VOCABULARY_PART = 6;
/** Share of the scope's offers above which a vocabulary concept only lifts (issue 11: "more than a quarter"). */
export const BROAD_SHARE = 0.25;

/** Per index, the documents of each need-category code (vocabulary concepts lift offers by their needs). */
const needDocsCache = new WeakMap<ScopeIndex, Map<string, number[]>>();
export function needDocs(index: ScopeIndex): Map<string, number[]> {
  let map = needDocsCache.get(index);
  if (!map) {
    map = new Map();
    index.offers.forEach((o, doc) => {
      for (const code of o.offer.needCategories) {
        let list = map!.get(code);
        if (!list) map!.set(code, (list = []));
        list.push(doc);
      }
    });
    needDocsCache.set(index, map);
  }
  return map;
}

/**
 * How specific the concept's need category on an offer is, 0 to 1: a category on at most one offer in
 * twenty of the scope counts fully; one that many offers carry ("Sygdomshåndtering") says little about
 * the concept and counts less, the more offers carry it (the best of the offer's matching categories).
 */
export function needSpecificity(v: PreparedVocabulary, doc: number): number {
  // Worked out for every document at once per set of need codes (specificities), kept across searches.
  const memo = (v.specificity ??= specificityMemo(v));
  return memo[doc] ?? 0;
}
const SPECIFIC_NEED_SHARE = 0.05;

/**
 * Per index and set of need codes, needSpecificity per document, kept across searches: at
 * 100,000 offers a new table per search cost more than the values in it (ADR 060). The shares change
 * with the catalogue, so an update of the index forgets them (followUpdate).
 */
const specificityCache = new WeakMap<ScopeIndex, Map<string, Float64Array>>();
const MAX_SPECIFICITY_TABLES = 64;
function specificityMemo(v: PreparedVocabulary): Float64Array {
  let tables = specificityCache.get(v.index);
  if (!tables) specificityCache.set(v.index, (tables = new Map<string, Float64Array>()));
  const key = [...v.needCodes].sort().join('|');
  let memo = tables.get(key);
  if (!memo || memo.length !== v.docs) {
    if (tables.size >= MAX_SPECIFICITY_TABLES) tables.clear();
    tables.set(key, (memo = specificities(v)));
  }
  return memo;
}

/**
 * needSpecificity of every document at once, from the documents of each need code (needDocs) rather than
 * each hit's categories one by one (ADR 074): the best of the matching codes' values, 0 for a document
 * with none of them. The maximum does not depend on the order, so the values are needSpecificity's.
 */
function specificities(v: PreparedVocabulary): Float64Array {
  const memo = tableFloat64(v.docs);
  const byCode = needDocs(v.index);
  for (const code of v.needCodes) {
    const value = Math.min(1, SPECIFIC_NEED_SHARE / (v.needShare.get(code) ?? 1));
    const docs = byCode.get(code) ?? [];
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      if (doc < memo.length && value > (memo[doc] as number)) memo[doc] = value;
    }
  }
  return memo;
}

/** Full text for vocabulary terms: a word of five letters or more as a prefix of a stem, a shorter one exactly. */
function vocabularyTsQuery(terms: string[]): TsQuery | null {
  const q = buildTsQuery(terms);
  if (!q) return null;
  const short = new Set(terms.flatMap((t) => t.split(' ')).filter((w) => w.length < 5));
  return q.map((alt) => alt.map((item) => (short.has(item.lexeme) ? { ...item, prefix: false } : item)));
}

/**
 * The concept's terms without those that alone would match more than a quarter of the scope ("alene" in
 * ensomhed is in many descriptions as "only"): such a term says nothing about the concept and would make
 * the whole concept broad. Worked out once per index (it changes with the catalogue).
 */
const usefulTermsCache = new WeakMap<ScopeIndex, Map<string, string[]>>();
function usefulTerms(v: ConceptVocabulary, index: ScopeIndex): string[] {
  let cache = usefulTermsCache.get(index);
  if (!cache) usefulTermsCache.set(index, (cache = new Map<string, string[]>()));
  const key = v.terms.join('|');
  let terms = cache.get(key);
  if (!terms) {
    const limit = BROAD_SHARE * index.offers.length;
    terms = v.terms.filter((t) => {
      if (onlyOneWordLeft(t)) return false;
      const lists = new IndexedQuery(vocabularyTsQuery([t]), index).docLists();
      if (!t.includes(' ') && t.length >= MIN_VOCABULARY_PART) lists.push(wordPartList(index, t));
      return distinctAtMost(index, lists, limit);
    });
    cache.set(key, terms);
  }
  return terms;
}

/**
 * Whether the lists hold at most `limit` distinct documents: counted only where their lengths could add up to
 * more, and only until the count passes the limit (ADR 081).
 */
function distinctAtMost(index: ScopeIndex, lists: readonly ArrayLike<number>[], limit: number): boolean {
  let sum = 0;
  for (const list of lists) sum += list.length;
  if (sum <= limit) return true;
  const seen = takeMarks(index);
  // A lent store, not a plain array grown by push (up to a quarter of the index, ADR 089).
  const docs = new DocBuffer();
  try {
    for (const list of lists)
      for (let i = 0; i < list.length; i++) {
        const doc = list[i] as number;
        if (seen[doc]) continue;
        seen[doc] = 1;
        docs.push(doc);
        if (docs.length > limit) return false;
      }
    return true;
  } finally {
    giveMarks(index, seen, docs.view());
    docs.release();
  }
}

/**
 * A phrase left with one word once stop words are dropped ("kan ikke komme ud af sengen" → "sengen",
 * "har ingen appetit" → "appetit") names the concept in what was typed, but in an offer's text that one
 * word alone says nothing about the concept: the offers are looked for by the concept's other terms.
 */
function onlyOneWordLeft(term: string): boolean {
  return term.includes(' ') && term.split(' ').filter((w) => w && !stopwords.has(w)).length < 2;
}

export function prepareVocabulary(source: ConceptVocabulary, index: ScopeIndex): PreparedVocabulary {
  const v = { ...source, terms: usefulTerms(source, index) };
  const query = vocabularyTsQuery(v.terms);
  return {
    source: v,
    broad: v.broad,
    namePats: likePatterns([...new Set(v.terms.flatMap(vocabularyPatterns))]),
    needCodes: new Set(v.needCodes),
    needShare: new Map(
      v.needCodes.map((code) => [code, (needDocs(index).get(code)?.length ?? 0) / Math.max(1, index.offers.length)]),
    ),
    q: query ? new IndexedQuery(query, index) : null,
    name: v.boost.includes('name'),
    needs: v.boost.includes('needCategories'),
    description: v.boost.includes('description'),
    docs: index.offers.length,
    index,
    // Worked out on first need (needSpecificity), named here so that it adds no field then (ADR 092).
    specificity: undefined,
  };
}

/**
 * After an update in place (followUpdate): documents move between need codes, and the per-concept useful
 * terms and need specificities are worked out again.
 */
export function followVocabulary(index: ScopeIndex, changes: readonly IndexChange[]): void {
  const needs = needDocsCache.get(index);
  if (needs) {
    for (const { doc, before, after } of changes) {
      for (const code of before?.offer.needCategories ?? []) {
        const list = needs.get(code);
        const pos = list?.indexOf(doc) ?? -1;
        if (list && pos >= 0) list.splice(pos, 1);
      }
      for (const code of after.offer.needCategories) {
        let list = needs.get(code);
        if (!list) needs.set(code, (list = []));
        if (!list.includes(doc)) list.push(doc);
      }
    }
  }
  usefulTermsCache.delete(index);
  specificityCache.delete(index);
}
