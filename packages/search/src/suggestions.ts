// Suggestions when nothing matched: the offers whose names look most like a word (closestOffers), and the
// did-you-mean queries made of their words (didYouMean).
import { fold, personWords, similarity, words } from './fold';
import { filterPredicate } from './filters';
import type { Concept } from './queryPlan';
import {
  holdsWord,
  offerAt,
  termTexts,
  textWordSimilarity,
  trigramCandidates,
  type IndexedOffer,
  type ScopeIndex,
} from './searchIndex';
import type { Filters } from './searchTypes';
import { wordTrigramIds } from './textMatch';
import { giveMarks, takeMarks } from './expansions';
import { inOrder } from './preparedConcepts';
import { scratchFloat64, scratchInt32 } from './scratch';

/** How many offers a suggestion is looked for in (didYouMean). */
const SUGGESTION_OFFERS = 10;

/**
 * The offers whose names and tags look most like the word (word similarity above 0.35), best first, at
 * most SUGGESTION_OFFERS: by similarity, then name, then the order trigramCandidates found them in. A word
 * that shares `count` of its trigrams with an offer's terms has a word similarity of at most count / its
 * trigrams (shared / (|a| + |extent| − shared)), so the candidates are read by that count, highest first,
 * and the reading stops once no later one can reach the last of the best: a common word's thousands of
 * candidates are not each compared. Within a count they are read in name order (ADR 088): where their bound
 * only ties the last of the best, the first whose name comes after its name ends the count's reading, instead
 * of each of a national catalogue's thousands of look-alike names being compared with it.
 */
export function closestOffers(
  index: ScopeIndex,
  term: string,
  inScope: (o: IndexedOffer, doc: number) => boolean,
): { o: IndexedOffer; s: number }[] {
  const { docs, trigrams, counts } = trigramCandidates(index, term, 0.35);
  // Each candidate's place in the order found: the last tie-break, as a stable sort of them would keep it.
  const found = scratchInt32('closestFound', index.offers.length);
  for (let i = 0; i < docs.length; i++) found[docs[i] as number] = i;
  const { order, ends } = byCountInNameOrder(index, docs, counts, trigrams.size);
  const before = (a: Closest, b: Closest) =>
    b.s - a.s || (a.o.offer.name < b.o.offer.name ? -1 : a.o.offer.name > b.o.offer.name ? 1 : a.found - b.found);
  const best: Closest[] = [];
  // A national catalogue holds the same offer under the same name and tags in many municipalities: each
  // distinct text is compared once.
  const { of: textOf, count: textCount } = termTexts(index);
  const ids = index.trigramIds && wordTrigramIds(index.trigramIds, trigrams);
  // Per text number, its similarity once worked out (-1: not yet).
  const known = scratchFloat64('closestSimilarity', textCount).fill(-1);
  let i = 0;
  for (let count = trigrams.size; count >= 0; count--) {
    // Float32 rounding of the similarity is far below this margin.
    const bound = count / trigrams.size;
    for (; i < (ends[count] as number); i++) {
      const doc = order[i] as number;
      const last = best[SUGGESTION_OFFERS - 1];
      if (last && bound + 1e-6 < last.s) return best;
      // A text already compared and found too unlike is passed over without reading its offer (ADR 090): of a
      // common word's thousands of candidates most share a text with one already read. Its name could only
      // have ended the count's reading, which the next candidate read ends as well (it comes later by name).
      const text = textOf[doc] as number;
      let s = known[text] as number;
      if (s >= 0 && s <= 0.35) continue;
      let o: IndexedOffer | null = null;
      // A bound that only ties the last's similarity passes it only with a name that sorts first (ADR 083);
      // two similarities that differ, fractions of small whole numbers, differ by far more than the margin.
      if (last && bound <= last.s + 1e-6) {
        o = offerAt(index, doc);
        const name = o.offer.name;
        const lastName = last.o.offer.name;
        // The count's later candidates come after this one by name: none of them passes the last either.
        if (name > lastName) {
          i = ends[count] as number;
          break;
        }
        if (name === lastName && (found[doc] as number) > last.found) continue;
      }
      // The similarity before the scope: it is the text's, read from the index's numbered texts (ADR 090).
      if (s < 0) known[text] = s = textWordSimilarity(index, doc, text, term, trigrams, ids);
      if (s <= 0.35) continue;
      o ??= offerAt(index, doc);
      if (!inScope(o, doc)) continue;
      best.push({ o, s, found: found[doc] as number });
      best.sort(before);
      if (best.length > SUGGESTION_OFFERS) best.pop();
    }
  }
  return best;
}

interface Closest {
  o: IndexedOffer;
  s: number;
  /** The place trigramCandidates found it in. */
  found: number;
}

/**
 * The candidates by their count, highest first, and in name order within a count (ADR 088), with where each
 * count's end: marked by their place in the index's name order, read in that order (inOrder), and then
 * counted into place by count (a counting sort, stable: no list per count, ADR 082).
 */
function byCountInNameOrder(
  index: ScopeIndex,
  docs: Int32Array,
  counts: Uint16Array,
  most: number,
): { order: Int32Array; ends: Int32Array } {
  const marks = takeMarks(index);
  const { nameRank, byName } = index;
  for (let i = 0; i < docs.length; i++) marks[nameRank[docs[i] as number] as number] = 1;
  const ranks = inOrder(marks, docs.length, scratchInt32('closestRanks', docs.length + 3));
  giveMarks(index, marks, ranks);
  // starts[c] and ends[c]: where the candidates with count c begin and end, the highest count first.
  const starts = new Int32Array(most + 2);
  const ends = new Int32Array(most + 2);
  for (let i = 0; i < docs.length; i++) {
    const c = counts[docs[i] as number] as number;
    starts[c] = (starts[c] as number) + 1;
  }
  let next = 0;
  for (let c = most + 1; c >= 0; c--) {
    const n = starts[c] as number;
    starts[c] = next;
    next += n;
    ends[c] = next;
  }
  const order = scratchInt32('closestOrder', docs.length);
  for (let r = 0; r < ranks.length; r++) {
    const doc = byName[ranks[r] as number] as number;
    const c = counts[doc] as number;
    order[starts[c] as number] = doc;
    starts[c] = (starts[c] as number) + 1;
  }
  return { order, ends };
}

/**
 * Per index, the suggestions of the searches that found nothing, remembered (ADR 080): a search that finds
 * nothing is often typed again, and at 100,000 offers comparing a word with the names is most of its time.
 * An update of the index in place forgets them (followUpdate); a rebuilt index starts with none.
 */
const remembered = new WeakMap<ScopeIndex, Map<string, string[]>>();
const MAX_REMEMBERED = 1000;

/** After an update in place (followUpdate): the index's remembered suggestions are forgotten. */
export function forgetSuggestions(index: ScopeIndex): void {
  remembered.delete(index);
}

export function didYouMean(index: ScopeIndex, concepts: Concept[], f: Filters, synonymGroups: string[][]): string[] {
  let memo = remembered.get(index);
  if (!memo) remembered.set(index, (memo = new Map<string, string[]>()));
  const key = JSON.stringify([concepts, f, synonymGroups]);
  let found = memo.get(key);
  if (!found) {
    found = suggest(index, concepts, f, synonymGroups);
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    memo.set(key, found);
  }
  return [...found];
}

function suggest(index: ScopeIndex, concepts: Concept[], f: Filters, synonymGroups: string[][]): string[] {
  // A word saying who is no misspelling of an offer's name ("far" is not "fars" of "Fars køkkenskole").
  // A word the catalogue holds is no misspelling either: its offers were left out by the filters (the page
  // shows them without the filters), and another word of their names ("træn" for "træning") is no better.
  const typed = concepts.filter(
    (c) =>
      (c.typo || c.term.length >= 3) && !personWords.has(c.term) && !words(c.term).every((w) => holdsWord(index, w)),
  );
  if (!typed.length) return [];
  const replacements = new Map<string, string>();
  const inScope = filterPredicate(
    {
      ...f,
      needCategory: null,
      age: null,
      targetGroup: null,
      postalCode: null,
      area: null,
      freeOnly: false,
      language: null,
      format: null,
    },
    index,
  );
  for (const c of typed.slice(0, 3)) {
    // Offers whose names and tags look like the word (pg_trgm word similarity above 0.35), best first.
    const rows = closestOffers(index, c.term, inScope);
    const candidates = [
      ...rows.flatMap((row) => (row.o.offer.name.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase())),
      ...synonymGroups.flat().map((t) => t.toLowerCase()),
    ];
    let best = { word: '', score: 0.34 };
    for (const w of candidates) {
      const s = Math.max(similarity(c.term, fold(w)), similarity(c.term, fold(w).slice(0, c.term.length + 1)) * 0.95);
      if (s > best.score && fold(w) !== c.term) best = { word: w, score: s };
    }
    if (best.word) replacements.set(c.typed, best.word);
  }
  if (!replacements.size) return [];
  const suggestion = concepts.map((c) => replacements.get(c.typed) ?? c.display).join(' ');
  const singles = [...replacements.values()];
  return [...new Set([suggestion, ...(concepts.length > 1 ? singles : [])])].slice(0, 5);
}
