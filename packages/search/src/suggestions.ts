// Suggestions when nothing matched: the offers whose names look most like a word (closestOffers), and the
// did-you-mean queries made of their words (didYouMean).
import { fold, personWords, similarity, words } from './fold';
import { filterPredicate } from './filters';
import type { Concept } from './queryPlan';
import { holdsWord, offerAt, termTrigrams, trigramCandidates, type IndexedOffer, type ScopeIndex } from './searchIndex';
import type { Filters } from './searchTypes';
import { wordSimilarity } from './textMatch';

/** How many offers a suggestion is looked for in (didYouMean). */
const SUGGESTION_OFFERS = 10;

/**
 * The offers whose names and tags look most like the word (word similarity above 0.35), best first, at
 * most SUGGESTION_OFFERS. A word that shares `count` of its trigrams with an offer's terms has a word
 * similarity of at most count / its trigrams (shared / (|a| + |extent| − shared)), so the candidates are
 * read by that count, highest first, and the reading stops once no later one can reach the last of the
 * best: a common word's thousands of candidates are not each compared (the same offers, in the same order).
 */
export function closestOffers(
  index: ScopeIndex,
  term: string,
  inScope: (o: IndexedOffer, doc: number) => boolean,
): { o: IndexedOffer; s: number }[] {
  const { docs, trigrams, counts } = trigramCandidates(index, term, 0.35);
  // By count, highest first, in the candidates' order within a count (a stable sort's order): counted into
  // one list per count, as a common word's tens of thousands of candidates at 100,000 offers sorted slowly.
  // Whether an offer is in scope is asked only of those read (ADR 081): one out of scope changes nothing.
  const byCount = byCountDescending(docs, counts, trigrams.size);
  const order = (a: { o: IndexedOffer; s: number }, b: { o: IndexedOffer; s: number }) =>
    b.s - a.s || (a.o.offer.name < b.o.offer.name ? -1 : a.o.offer.name > b.o.offer.name ? 1 : 0);
  const best: { o: IndexedOffer; s: number }[] = [];
  // A national catalogue holds the same offer under the same name and tags in many municipalities: each
  // distinct text is compared once.
  const known = new Map<string, number>();
  for (const doc of byCount) {
    const last = best[SUGGESTION_OFFERS - 1];
    // Float32 rounding of the similarity is far below this margin.
    const bound = (counts[doc] as number) / trigrams.size;
    if (last && bound + 1e-6 < last.s) break;
    const o = offerAt(index, doc);
    // One whose bound is the last's similarity cannot pass it, and on a tie a name that does not sort first
    // stays behind it (ADR 083): a common word's thousands of look-alike names are not each compared. Two
    // similarities that differ, fractions of small whole numbers, differ by far more than the margin.
    if (last && bound <= last.s + 1e-6 && o.offer.name >= last.o.offer.name) continue;
    if (!inScope(o, doc)) continue;
    let s = known.get(o.searchTerms);
    if (s === undefined) known.set(o.searchTerms, (s = wordSimilarity(term, o.searchTerms, trigrams, termTrigrams(o))));
    if (s <= 0.35) continue;
    best.push({ o, s });
    best.sort(order);
    if (best.length > SUGGESTION_OFFERS) best.pop();
  }
  return best;
}

/**
 * The documents by their count, highest first, and in the given order within a count (a counting sort: no
 * list per count, ADR 082).
 */
function byCountDescending(docs: Int32Array, counts: Uint16Array, most: number): Int32Array {
  // starts[c]: where the documents with count c begin, the highest count first.
  const starts = new Int32Array(most + 2);
  for (let i = 0; i < docs.length; i++) {
    const c = counts[docs[i] as number] as number;
    starts[c] = (starts[c] as number) + 1;
  }
  let next = 0;
  for (let c = most + 1; c >= 0; c--) {
    const n = starts[c] as number;
    starts[c] = next;
    next += n;
  }
  const out = new Int32Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number;
    const c = counts[doc] as number;
    out[starts[c] as number] = doc;
    starts[c] = (starts[c] as number) + 1;
  }
  return out;
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
