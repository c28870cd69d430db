// The one offer search engine, used by GraphQL (searchOffers) and the HSDS API (services?search=).
// It searches the scope's in-process index (searchIndex.ts, ADR 012), current with the database's data
// version: Danish full text (stemmed prefixes, weights A name, B short description/target groups/needs,
// C description), word parts of compounds and phrases in the short fields, synonyms, and typos (pg_trgm
// word similarity), with the ranking and the reasons of ADR 007. No query text ever reaches SQL.
// This module holds the entry points (searchIndex, run, evaluate) and what follows an update of the index;
// the parts are filters.ts, wordParts.ts, indexedQuery.ts, typos.ts, conceptVocabulary.ts,
// preparedConcepts.ts, matchKinds.ts, scoreBounds.ts, ranking.ts, reasons.ts and suggestions.ts.
import { at } from '@sundhed/shared/at';
import { today } from '@sundhed/shared';
import { understandQuery, type QueryChip, type QueryChipKind } from '@sundhed/shared/queryUnderstanding';
import { vocabularyWithLayer } from '@sundhed/vocabulary';
import type { SearchableOffer } from './offer';
import { personWords, words } from './fold';
import { followExpansions, followShares, giveMarks, takeMarks, warmShares } from './expansions';
import { ageGroupPoints, agePoints, NO_HINTS, readQueryHints } from './queryHints';
import { namesAdultRelative } from './kinship';
import { MAX_QUERY_CHARS, planQuery, type Concept } from './queryPlan';
import { holdsWord, offerAt, someTokenContains, type ScopeIndex } from './searchIndex';
import { WORD_SIMILARITY_THRESHOLD } from './textMatch';
import { BROAD_SHARE, followVocabulary, needDocs } from './conceptVocabulary';
import {
  ACTIVE,
  ageOf,
  clampInt,
  docColumns,
  endedFlags,
  filterPredicate,
  filterAllows,
  filterTable,
  followColumns,
  hasUserFilters,
  namesRelative,
  readFilters,
  RELATIVES_OFFER_PENALTY,
} from './filters';
import { best, bestMatch, bounded, matchBound } from './matchKinds';
import { pruning, scoreCoarse, scoreReaching } from './scoreBounds';
import { coarseBound, coarseKey, coarseTable, type CoarseTable } from './coarseBounds';
import {
  addCandidates,
  inOrder,
  documentFrequency,
  forgetPrepared,
  nextSearch,
  preparedConcept,
  rarityWeights,
  type Candidates,
  type PreparedConcept,
} from './preparedConcepts';
import { rankTie, topRanked, type Evaluated } from './ranking';
import { scratchFloat64, scratchInt32, scratchUint8 } from './scratch';
import { conceptReasons, filterReasons } from './reasons';
import type { Filters, IndexChange, SearchHit, SearchInput, SearchResult, SearchScope } from './searchTypes';
import { didYouMean, forgetSuggestions } from './suggestions';
import { followLexicon, lexicon } from './typos';
import { followNames, nameWords } from './wordParts';

export type { SearchHit, SearchInput, SearchResult, SearchScope } from './searchTypes';
export { readFilters } from './filters';
export { preparedConceptCount, preparedLimits } from './preparedConcepts';
export { expansionLimits } from './expansions';
export { kthSmallest } from './ranking';
export { closestOffers } from './suggestions';

/** The weight of a word saying who (personWords) next to words saying what. */
const PERSON_WEIGHT = 0.6;
/** The weight of a word that names no concept next to words that do. */
const PLAIN_WEIGHT = 0.6;

export const MAX_LIMIT = 100;
/** Candidates from one in this many of the index's documents make the filters a table (filterTable). */
const FILTER_TABLE_SHARE = 16;
const MAX_OFFSET = 10_000;

/**
 * After an incremental update of the index (updateIndex.ts, ADR 044): the engine's per-index tables follow
 * it instead of being built anew. New full-text words join the lexicon (words that left it are skipped
 * where it is read), documents move between need codes, and the per-concept useful terms are worked out again.
 */
export function followUpdate(index: ScopeIndex, changes: readonly IndexChange[], newLexemes: readonly string[]): void {
  followLexicon(index, newLexemes);
  followVocabulary(index, changes);
  followColumns(index, changes);
  followShares(
    index,
    changes.flatMap((c) => [c.before, c.after]),
  );
  followNames(index, changes);
  forgetPrepared(index);
  forgetSuggestions(index);
  followExpansions(
    index,
    changes.map((c) => c.doc),
  );
}

/**
 * Builds the engine's per-index tables that a search would otherwise build on first use (ADR 074): the
 * columns and today's ended flags, the lexicon of full-text words by trigram, the documents per need
 * code, and each posting's share of ts_rank. The API calls it with every index it builds
 * (scopeIndexCache.ts), so that no user's first search pays for them; the answers are the same either way.
 */
export function warmIndex(index: ScopeIndex): void {
  docColumns(index);
  endedFlags(index, today());
  lexicon(index);
  needDocs(index);
  nameWords(index);
  warmShares(index);
  warmed.add(index);
}
const warmed = new WeakSet<ScopeIndex>();

/** Whether warmIndex built the index's tables (an index rebuilt from it is warmed too, updateIndex.ts). */
export function isWarmed(index: ScopeIndex): boolean {
  return warmed.has(index);
}

/**
 * One pass of the engine over the scope's index: candidates from the indexes (word parts of the term and
 * its synonyms in the short fields, the term's full-text query, and typos when asked), filtered, each
 * concept's best kind of match, scored, ranked. The same rules as the SQL statement of ADR 007.
 */
function evaluate(
  index: ScopeIndex,
  concepts: Concept[],
  f: Filters,
  typos: readonly boolean[] = [],
  broadIn = false,
  need = Number.POSITIVE_INFINITY,
): Evaluated {
  const matches = filterPredicate(f, index);
  if (!concepts.length) {
    // Already in the order of the ranking (running first, then active, then name, id): no sort. One
    // pass by name into the four groups, each offer's group worked out once, and only while a group
    // still lacks rows for the page: past that every offer is only counted (ADR 060).
    const groups: number[][] = [[], [], [], []];
    let total = 0;
    let full = 0;
    const ended = endedFlags(index, f.today);
    const { status } = docColumns(index);
    for (const doc of index.byName) {
      const o = offerAt(index, doc);
      if (!matches(o, doc)) continue;
      total++;
      if (full === groups.length) continue;
      const group = at(groups, 2 * at(ended, doc) + (status[doc] === ACTIVE ? 0 : 1));
      if (group.length < need && group.push(doc) === need) full++;
    }
    const docs = Int32Array.from(groups.flat());
    return { total, docs, scores: new Float64Array(docs.length), ordered: true, matched: [], masksOf: () => [] };
  }
  const prepared = concepts.map((c, j) =>
    preparedConcept(c, index, typos[j] ? WORD_SIMILARITY_THRESHOLD : null, broadIn),
  );
  const parts = prepared.map((r) => r.p);
  // Each concept's candidates and typo candidates, in document order (ADR 079; the ranking, a total order,
  // does not depend on it). One concept without typo candidates: its own list is the candidates (ADR 071).
  const [single] = prepared;
  let list: Int32Array | number[];
  if (prepared.length === 1 && single && !single.typoDocs) list = single.marked;
  else {
    const candidates: Candidates = { seen: takeMarks(index), count: 0 };
    for (const r of prepared) addCandidates(candidates, r.marked);
    for (const r of prepared) if (r.typoDocs) addCandidates(candidates, r.typoDocs);
    list = inOrder(candidates.seen, candidates.count, scratchInt32('candidates', candidates.count + 3));
    giveMarks(index, candidates.seen, list);
  }
  const columns = docColumns(index);
  const matched = parts.map(() => 0);
  // A word saying who ("min mand") weighs less next to a word saying what.
  const person = concepts.map((c) => personWords.has(c.term));
  // A word that names nothing the vocabulary or the synonyms know weighs less next to one that names a
  // need ("kommer hjem efter blodprop i hjertet": the need is the heart, not "kommer" in a description).
  const named = concepts.map((c) => Boolean(c.vocabulary && !c.vocabulary.broad) || c.synonyms.length > 0);
  const rarity = rarityWeights(prepared, index.offers.length);
  const forRelative = f.relativeNamed || concepts.some(namesRelative);
  // A word that names nothing and that more than a quarter of the catalogue holds is filler ("føler",
  // "rigtig"): next to a word that matches less it counts for nothing and gives no reason.
  const filler = prepared.map(
    (entry, j) =>
      !at(concepts, j).vocabulary &&
      !at(named, j) &&
      !at(person, j) &&
      documentFrequency(entry) > BROAD_SHARE * index.offers.length,
  );
  const anyTelling = prepared.some((entry, j) => !at(filler, j) && documentFrequency(entry) > 0);
  // Only where the sentence names the citizen's relative ("min far er blevet glemsom", ADR 075): a parent
  // speaking of themself ("far med depression") may well want the fathers' group.
  const needNamed = f.relativeNamed && concepts.some((_, j) => !at(person, j) && !at(filler, j) && at(named, j));
  // Every weight is 0 or more: a bound of each concept's match then bounds the sum (matchBound, ADR 079).
  const weights = person.map((p, j) =>
    at(filler, j) && anyTelling
      ? 0
      : at(rarity, j) *
        (p && person.includes(false) ? PERSON_WEIGHT : !at(named, j) && named.includes(true) ? PLAIN_WEIGHT : 1),
  );
  // Every hit is counted (the total shown), with a bound of its score (scoreBounds.ts, ADR 079); only the
  // hits whose bound can reach the page are scored in full, and only their documents and scores are kept:
  // the kinds of match (the reasons) are worked out again for the page's hits alone (ADR 060).
  const extras = (doc: number, score: number) => {
    if (f.ageHint != null)
      score += agePoints(f.ageHint, ageOf(columns.minAge[doc] as number), ageOf(columns.maxAge[doc] as number));
    else if (f.ageGroup && f.age == null)
      score += ageGroupPoints(f.ageGroup, ageOf(columns.minAge[doc] as number), ageOf(columns.maxAge[doc] as number));
    if (!forRelative && columns.relatives[doc] === 1) score -= RELATIVES_OFFER_PENALTY;
    return score;
  };
  // The score in full: the same sums in the same order as the bound, with each concept's best match.
  const exact = (doc: number) => {
    const o = offerAt(index, doc);
    let score = 0;
    for (let j = 0; j < parts.length; j++) {
      const points = bestMatch(parts[j] as PreparedConcept, o, doc);
      if (best.kind > 0) score += (weights[j] as number) * points;
    }
    return extras(doc, score);
  };
  // Whether a concept's match makes a hit: a filler word next to a telling one does not (it would show with
  // no reason), nor does a word saying who a relative is next to a need the vocabulary or the synonyms
  // know: "min far er blevet glemsom" is about memory, and "Fars køkkenskole" only shares the father (ADR 078).
  const makesHit = parts.map((_, j) => !(at(filler, j) && anyTelling) && !(at(person, j) && needNamed));
  // Lent buffers (ADR 085): the result's docs and scores may be these, valid until the next evaluate.
  const hits = scratchInt32('hits', list.length);
  const bounds = scratchFloat64('bounds', list.length);
  let n = 0;
  let docs: Int32Array;
  let scores: Float64Array;
  if (pruning.enabled && list.length > 4 * need) {
    // Many candidates (ADR 080): each hit is counted with a coarse bound read from its flags and name bits
    // (coarseBounds.ts); only the hits whose coarse bound can reach the page are bounded more closely and
    // scored. Whether a concept matches is exact, so the total and the per-concept counts are unchanged.
    const tables = parts.map(coarseTable);
    const loose = scratchUint8('loose', list.length);
    // The filters as a table of the index (remembered per set of filters) where the candidates are many.
    const allowed = filterTable(f, index, list.length * FILTER_TABLE_SHARE > index.offers.length);
    for (let i = 0; i < list.length; i++) {
      const doc = list[i] as number;
      const o = offerAt(index, doc);
      if (!(allowed ? filterAllows(allowed, matches, o, doc) : matches(o, doc))) continue;
      let bound = 0;
      let any = false;
      let exactly = 1;
      for (let j = 0; j < parts.length; j++) {
        const p = parts[j] as PreparedConcept;
        const table = tables[j] as CoarseTable;
        const key = coarseKey(p, doc);
        // A key whose kinds all score a fixed amount is read here: coarseBound's answer, not inlined into this
        // loop, was a new number on the heap per hit and concept (ADR 089).
        const b = table.dependent[key] ? coarseBound(table, key, doc) : (table.fixed[key] as number);
        if (b < 0 || (!table.sure[key] && matchBound(p, o, doc) < 0)) continue;
        bound += (weights[j] as number) * b;
        exactly &= table.exact[key] as number;
        matched[j] = (matched[j] as number) + 1;
        if (makesHit[j]) any = true;
      }
      if (!any) continue;
      hits[n] = doc;
      bounds[n] = extras(doc, bound);
      loose[n] = exactly ? 0 : 1;
      n++;
    }
    // The closer bound: each concept's matchBound (ADR 079), the same sums in the same order.
    const fine = (doc: number) => {
      const o = offerAt(index, doc);
      let bound = 0;
      bounded.loose = false;
      for (let j = 0; j < parts.length; j++) {
        const b = matchBound(parts[j] as PreparedConcept, o, doc);
        if (b >= 0) bound += (weights[j] as number) * b;
      }
      return extras(doc, bound);
    };
    ({ docs, scores } = scoreCoarse(
      hits.subarray(0, n),
      bounds.subarray(0, n),
      loose.subarray(0, n),
      need,
      fine,
      () => bounded.loose,
      exact,
      rankTie(index, f.today),
    ));
  } else {
    const loose = scratchUint8('loose', list.length);
    for (let i = 0; i < list.length; i++) {
      const doc = list[i] as number;
      const o = offerAt(index, doc);
      if (!matches(o, doc)) continue;
      let bound = 0;
      let any = false;
      bounded.loose = false;
      for (let j = 0; j < parts.length; j++) {
        const b = matchBound(parts[j] as PreparedConcept, o, doc);
        if (b >= 0) {
          bound += (weights[j] as number) * b;
          matched[j] = (matched[j] as number) + 1;
          if (makesHit[j]) any = true;
        }
      }
      if (!any) continue;
      hits[n] = doc;
      bounds[n] = extras(doc, bound);
      loose[n] = bounded.loose ? 1 : 0;
      n++;
    }
    ({ docs, scores } = scoreReaching(hits.subarray(0, n), bounds.subarray(0, n), loose.subarray(0, n), need, exact));
  }
  const masksOf = (doc: number) => {
    const o = offerAt(index, doc);
    return parts.map((p) => (bestMatch(p, o, doc), best.kind));
  };
  return {
    total: n,
    docs,
    scores,
    ordered: false,
    matched,
    masksOf,
    weights,
  };
}

// ---------- the engine ----------

/**
 * Typo matching (trigram word similarity) is the costly part, so it is a second pass: only a word that
 * found nothing as typed, stemmed, as a word part or by synonym is treated as a possible typo.
 */
function run<O extends SearchableOffer>(
  index: ScopeIndex<O>,
  concepts: Concept[],
  f: Filters,
  limit: number,
  offset: number,
): { hits: SearchHit<O>[]; total: number } {
  let result = evaluate(index, concepts, f, [], false, offset + limit);
  // A word found in fewer than three offers may be a misspelling of a common one ("diabetis" inside "diabetiske").
  const typos = concepts.map((c, j) => Boolean(c.typo) && (result.total === 0 || (result.matched[j] ?? 0) < 3));
  if (typos.some(Boolean)) result = evaluate(index, concepts, f, typos, false, offset + limit);
  // Nothing at all: a broad concept may then bring offers in by itself (it never leaves a search empty).
  if (result.total === 0 && concepts.some((c) => c.vocabulary))
    result = evaluate(index, concepts, f, typos, true, offset + limit);

  const page = result.ordered
    ? Array.from(result.docs.subarray(offset, offset + limit), (doc) => ({ doc, score: 0 }))
    : topRanked(index, result, offset + limit, f.today).slice(offset);
  const hits: SearchHit<O>[] = page.map((row) => {
    const offer = offerAt(index, row.doc).offer;
    const masks = result.masksOf(row.doc);
    const reasons = [
      ...concepts.flatMap((c, j) => (result.weights?.[j] === 0 ? [] : conceptReasons(c, masks[j] ?? 0, offer))),
      ...filterReasons(f, offer),
    ];
    return { offer, score: Math.round(row.score * 1000) / 1000, reasons: [...new Set(reasons)] };
  });
  return { hits, total: result.total };
}

/** The search itself, purely in memory over a scope's index. */
export function searchIndex<O extends SearchableOffer>(
  index: ScopeIndex<O>,
  input: SearchInput,
  scope: SearchScope,
): SearchResult<O> {
  nextSearch();
  const typed = typeof input.text === 'string' ? input.text.slice(0, MAX_QUERY_CHARS) : '';
  const ignore = (input.ignoreChips ?? []).filter((k): k is QueryChipKind => CHIP_KINDS.has(k));
  const read = scope.understand === false ? { chips: [], text: typed } : understandQuery(typed, ignore);
  // A filter set explicitly wins over the same kind read from the text; only chips that apply are shown.
  let understood = read.chips.filter((c) => !explicitFilter(input, c.kind));
  const text = read.chips.length ? read.text : typed;
  // An age the sentence states ranks softly where it is not a filter: when its chip would leave nothing,
  // or when it is said in a way that is not a chip ("er 72"). A removed chip is not read again.
  const hints = scope.understand === false || ignore.includes('age') ? NO_HINTS : readQueryHints(typed);
  // "min far er blevet glemsom": the citizen is a relative, and relatives' offers are not held back (ADR 075).
  const relativeNamed = namesAdultRelative(typed);
  // Within an age filter read from the same sentence, an offer made for that age (its range holds it)
  // still ranks above one with no range at all.
  const withAgeHint = (f: Filters) => ({
    ...f,
    ageHint: f.age == null || f.age === hints.age ? hints.age : null,
    ageGroup: hints.ageGroup,
    relativeNamed,
  });
  let filters = withAgeHint(readFilters(withChips(input, understood), scope));
  const limit = clampInt(input.limit, 1, MAX_LIMIT, 20);
  const offset = clampInt(input.offset, 0, MAX_OFFSET, 0);
  const synonymGroups = words(text).length ? index.synonymGroups : [];
  // A compound's other part must be a word of the vocabulary or of the scope's catalogue ("sorg|gruppe").
  const concepts = planQuery(
    text,
    synonymGroups,
    vocabularyWithLayer(index.vocabularyLayer),
    (w) => someTokenContains(index, w),
    (w) => holdsWord(index, w),
  ).filter((c) => !hints.ageWords.includes(c.term));

  let { hits, total } = run(index, concepts, filters, limit, offset);
  // Chips are read, not chosen: when they leave nothing, the search answers without them, and says which.
  let unmet: QueryChip[] = [];
  if (total === 0 && understood.length) {
    unmet = understood;
    understood = [];
    filters = withAgeHint(readFilters(input, scope));
    ({ hits, total } = run(index, concepts, filters, limit, offset));
  }
  if (total > 0 || !concepts.length || scope.suggest === false)
    return { hits, total, suggestions: [], withoutFilters: [], understood, unmet };

  const suggestions = didYouMean(index, concepts, filters, synonymGroups);
  const withoutFilters = hasUserFilters(filters)
    ? run(
        index,
        concepts,
        readFilters(
          { statuses: filters.statuses, modifiedAfter: filters.modifiedAfter, ownerUnitId: filters.ownerUnitId },
          scope,
        ),
        3,
        0,
      ).hits
    : [];
  return { hits, total, suggestions, withoutFilters, understood, unmet };
}

const CHIP_KINDS: ReadonlySet<string> = new Set<QueryChipKind>(['age', 'free', 'language', 'format']);

function explicitFilter(input: SearchInput, kind: QueryChipKind): boolean {
  if (kind === 'age') return input.age != null;
  if (kind === 'free') return input.freeOnly === true;
  if (kind === 'language') return Boolean(input.language?.trim());
  return Boolean(input.format?.trim());
}

/** The input with the chips read from its text as filters. */
function withChips(input: SearchInput, chips: QueryChip[]): SearchInput {
  const out = { ...input };
  for (const chip of chips) {
    if (chip.kind === 'age') out.age = Number(chip.value);
    else if (chip.kind === 'free') out.freeOnly = true;
    else if (chip.kind === 'language') out.language = chip.value;
    else out.format = chip.value;
  }
  return out;
}
