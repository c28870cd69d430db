// The national search vocabulary (issue 11, ADR 032): concept groups of Danish health vocabulary as data,
// and the lookup that finds them in what a citizen typed. The municipality's own synonyms (the search
// feature's "SearchSynonym") lie above it; this is the default beneath them. Runs in Node and the browser.
import { fold } from '@sundhed/shared/fold';
import { CONCEPTS } from './concepts';
import { FSIII_CONCEPTS, FSIII_SYSTEM } from './fsiii';
import { closestTerm } from './spelling';
import { withMunicipalLayer, type MunicipalLayerRow } from './municipal';
import type { VocabularyConcept } from './types';
import { danishLexicon, looseLexicon } from './lexicon';

export type { BoostField, ConceptDomain, ConceptSource, VocabularyConcept } from './types';
export { CONCEPTS, FSIII_CONCEPTS, FSIII_SYSTEM };
export { editDistance, mainClauseOrder, MIN_MISSPELT } from './spelling';
export { ownConceptId, withMunicipalLayer, type MunicipalLayerRow } from './municipal';
export {
  danishLexicon,
  lexiconHasPrefix,
  DANISH_LEXICON_FILE,
  isLexiconWord,
  decodeLexicon,
  encodeLexicon,
  MIN_LEXICON_WORD,
  MAX_LEXICON_WORD,
} from './lexicon';
export { lexiconModule, lexiconWords } from './lexiconBuild';

/** A term of a concept, folded into words as the search folds text. */
export interface PreparedTerm {
  /** Folded words joined by single spaces, e.g. "hukommelsen svigter". */
  folded: string;
  words: string[];
  /** As written in the vocabulary. */
  display: string;
}

export interface PreparedVocabularyConcept {
  concept: VocabularyConcept;
  terms: PreparedTerm[];
}

export interface VocabularyIndex {
  concepts: PreparedVocabularyConcept[];
  /** Every folded word of every term (a compound's other part must be a known word). */
  words: Set<string>;
  /** Terms by the keys their first word answers to (the word and its stems, see wordKeys). */
  byFirstWord: Map<string, { concept: number; term: PreparedTerm }[]>;
}

/** A run of query words that names concepts: words [start, end) of the query. */
export interface VocabularyMatch {
  start: number;
  end: number;
  /** Indexes into VocabularyIndex.concepts; more than one only for a term a concept shares. */
  concepts: number[];
  /** The matched term of the first concept. */
  term: PreparedTerm;
  /** For a typed compound found by one part: the other part, a known word ("kol" of "kolforløb"). */
  rest?: string;
}

/** Folded words, letters and digits only (the search's `words`). */
export function foldedWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const MIN_HEAD = 4;
const MIN_REST = 4;
const MIN_TAIL = 5;

/**
 * The one-word term that a compound (folded) starts with, longest first, else the one it ends with; the
 * rest of the compound must be a known word ("sorg|gruppe", not "ryge|stob", a misspelt "rygestop").
 */
function compoundPart(
  index: VocabularyIndex,
  word: string,
  isWord: (word: string) => boolean,
): { concept: number; term: PreparedTerm; rest: string } | null {
  const single = (part: string) => {
    const key = looseWord(part);
    return (index.byFirstWord.get(key) ?? []).find(
      (e) => e.term.words.length === 1 && looseWord(e.term.folded) === key,
    );
  };
  for (let cut = word.length - MIN_REST; cut >= MIN_HEAD; cut--) {
    const head = word.slice(0, cut);
    const hit = single(head) ?? (/[se]$/.test(head) && head.length > MIN_HEAD ? single(head.slice(0, -1)) : undefined);
    if (hit && isWord(word.slice(cut))) return { ...hit, rest: word.slice(cut) };
  }
  for (let cut = MIN_REST - 1; cut <= word.length - MIN_TAIL; cut++) {
    const hit = single(word.slice(cut));
    if (hit && isWord(word.slice(0, cut))) return { ...hit, rest: word.slice(0, cut) };
  }
  return null;
}

/**
 * A folded word with æ, ø and å also typed as a, o and a ("knogleskor", "aeldre" as "aldre"): the
 * vocabulary is looked up by this looser form, so a keyboard without Danish letters still finds it.
 */
export function looseWord(word: string): string {
  return word.replace(/oe/g, 'o').replace(/ae/g, 'a').replace(/aa/g, 'a');
}

/** Shortest word that may carry a Danish ending of up to three letters (ryger/rygere, stress/stresset). */
const MIN_STEM = 5;
const MAX_ENDING = 3;

/**
 * A typed word names a term's word if equal, or the same word with an ending of at most three letters
 * when the shorter is at least five letters ("smøger"/"smøgerne"; not "kost"/"koster").
 */
export function sameVocabularyWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_STEM && long.length - short.length <= MAX_ENDING && long.startsWith(short);
}

/** The keys a word is filed under and looked up by: itself and its starts down to MIN_STEM letters, at most three shorter. */
function wordKeys(word: string): string[] {
  const keys = [word];
  for (let k = 1; k <= MAX_ENDING && word.length - k >= MIN_STEM; k++) keys.push(word.slice(0, -k));
  return keys;
}

export function prepareVocabulary(concepts: readonly VocabularyConcept[]): VocabularyIndex {
  const prepared = concepts.map((concept) => ({
    concept,
    terms: concept.terms
      .map((display) => {
        const words = foldedWords(display);
        return { folded: words.join(' '), words, display };
      })
      .filter((t) => t.words.length > 0),
  }));
  const byFirstWord = new Map<string, { concept: number; term: PreparedTerm }[]>();
  prepared.forEach((c, i) => {
    for (const term of c.terms) {
      for (const key of wordKeys(looseWord(term.words[0]!))) {
        let list = byFirstWord.get(key);
        if (!list) byFirstWord.set(key, (list = []));
        list.push({ concept: i, term });
      }
    }
  });
  const words = new Set(prepared.flatMap((c) => c.terms.flatMap((t) => t.words)));
  return { concepts: prepared, words, byFirstWord };
}

let national: VocabularyIndex | null = null;

/** The national vocabulary, prepared once. */
export function nationalVocabulary(): VocabularyIndex {
  return (national ??= prepareVocabulary(CONCEPTS));
}

/** Per municipal layer (one array per scope index until its synonyms change), the prepared vocabulary. */
const layered = new WeakMap<readonly MunicipalLayerRow[], VocabularyIndex>();

/** The national vocabulary with a municipality's layer (ADR 045); the national one when the layer is empty. */
export function vocabularyWithLayer(layer: readonly MunicipalLayerRow[]): VocabularyIndex {
  if (!layer.length) return nationalVocabulary();
  let index = layered.get(layer);
  if (!index) layered.set(layer, (index = prepareVocabulary(withMunicipalLayer(CONCEPTS, layer))));
  return index;
}

/**
 * The concepts named in a query's folded words, longest terms first and without overlap: "min mor er helt
 * kørt ned" finds "helt kørt ned" (stress) as one run. Words in `skip` (already taken) are not used.
 */
export function findConcepts(
  index: VocabularyIndex,
  queryWords: readonly string[],
  skip: readonly boolean[] = [],
  /** A word the catalogue knows (the other part of a typed compound); the vocabulary's own words always count. */
  isWord?: (word: string) => boolean,
): VocabularyMatch[] {
  const found: VocabularyMatch[] = [];
  const loose = queryWords.map(looseWord);
  for (let i = 0; i < queryWords.length; i++) {
    if (skip[i]) continue;
    const seen = new Set<{ concept: number; term: PreparedTerm }>();
    for (const key of wordKeys(loose[i]!)) {
      for (const entry of index.byFirstWord.get(key) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        const { term } = entry;
        const end = i + term.words.length;
        if (end > queryWords.length) continue;
        if (!term.words.every((w, k) => !skip[i + k] && sameVocabularyWord(looseWord(w), loose[i + k]!))) continue;
        const same = found.find((m) => m.start === i && m.end === end);
        if (same) {
          if (!same.concepts.includes(entry.concept)) same.concepts.push(entry.concept);
        } else found.push({ start: i, end, concepts: [entry.concept], term });
      }
    }
  }
  // A typed compound that names no concept as a whole may start or end with a one-word term:
  // "sorggruppe", "knogleskørhedsforløb", "gældshjælp" (a linking s or e is allowed after the first part).
  for (let i = 0; i < queryWords.length; i++) {
    if (skip[i] || found.some((m) => m.start === i)) continue;
    const part = compoundPart(index, queryWords[i]!, (w) => index.words.has(w) || Boolean(isWord?.(w)));
    if (part) found.push({ start: i, end: i + 1, concepts: [part.concept], term: part.term, rest: part.rest });
  }
  // Longest first, then leftmost; a run overlapping a chosen one is dropped.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Array<boolean>(queryWords.length).fill(false);
  const chosen: VocabularyMatch[] = [];
  for (const m of found) {
    let free = true;
    for (let k = m.start; k < m.end; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = m.start; k < m.end; k++) taken[k] = true;
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Per index, its one-word terms in loose form (misspellings are compared with them). */
const singleTermsCache = new WeakMap<
  VocabularyIndex,
  { loose: string; entry: { concept: number; term: PreparedTerm } }[]
>();
function singleTerms(index: VocabularyIndex) {
  let list = singleTermsCache.get(index);
  if (!list) {
    list = index.concepts.flatMap((c, concept) =>
      c.terms
        .filter((t) => t.words.length === 1)
        .map((term) => ({ loose: looseWord(term.folded), entry: { concept, term } })),
    );
    singleTermsCache.set(index, list);
  }
  return list;
}

/**
 * A typed word that names no concept and that the catalogue does not hold, read as a misspelt term
 * ("ludemani" → ludomani), or a typed compound of a known word and a misspelt term ("rygestob|kursus").
 * The caller leaves out stop words and words already matched.
 */
export function findMisspeltConcept(
  index: VocabularyIndex,
  word: string,
  isWord: (word: string) => boolean,
): VocabularyMatch | null {
  const terms = singleTerms(index);
  const loose = looseWord(word);
  const whole = closestTerm(loose, terms);
  if (whole) return { start: 0, end: 1, concepts: [whole.concept], term: whole.term };
  const known = (w: string) => index.words.has(w) || isWord(w);
  for (let cut = word.length - MIN_REST; cut >= MIN_HEAD; cut--) {
    const rest = word.slice(cut);
    if (!known(rest)) continue;
    const head = closestTerm(looseWord(word.slice(0, cut)), terms);
    if (head) return { start: 0, end: 1, concepts: [head.concept], term: head.term, rest };
  }
  return null;
}

/**
 * Decodes the Danish lexicon and builds its loose-form table now, so that no search pays for them: the server
 * calls it when it builds its first index, the browser when it loads its offline copy (ADR 067).
 */
export function warmLexicon(): void {
  danishLexicon();
  looseLexicon(looseWord);
}

/** The Danish lexicon's word for a loose form ("radgivning" → "raadgivning"), if it has one (ADR 067). */
export function lexiconWordOfLoose(word: string): string | undefined {
  return looseLexicon(looseWord).get(word);
}
