// Turns what was typed into concepts: each meaningful word (or a phrase a synonym group knows, such as
// "stop med at ryge") with its alternatives. Everything here is folded letters and digits, so the SQL
// built from it only ever sees plain words, and always as parameters.
import { at } from '@sundhed/shared/at';
import { findNeedCategory } from '@sundhed/shared';
import {
  danishLexicon,
  findConcepts,
  lexiconWordOfLoose,
  findMisspeltConcept,
  isLexiconWord,
  looseWord,
  mainClauseOrder,
  nationalVocabulary,
  type BoostField,
  type VocabularyIndex,
  type VocabularyMatch,
} from '@sundhed/vocabulary';
import { fold, stopwords, words } from './fold';
import { splitCompound } from './decompound';

/** Longest query text that is read; the rest is ignored (a 10,000-character paste still searches). */
export const MAX_QUERY_CHARS = 200;
/** At most this many concepts per query keep the statement small. */
export const MAX_CONCEPTS = 8;
const MAX_WORD = 40;
const MIN_TYPO = 5;

export interface SynonymAlternative {
  /** Folded synonym term, e.g. "rygestop". */
  term: string;
  /** The synonym as written in the group, for the reason text. */
  display: string;
}

export interface Concept {
  /** As the user typed it (folded words), e.g. "smoeger" or "stop med at ryge". */
  typed: string;
  /** The typed word(s) as written, for the reason text. */
  display: string;
  /** The word or phrase itself. */
  term: string;
  synonyms: SynonymAlternative[];
  /** Word to match with trigram similarity (typos); only for single words of 5+ letters (æ/ø/å as one). */
  typo: string | null;
  /** The national vocabulary's concept(s) the typed word or phrase names (ADR 032), beneath the synonyms. */
  vocabulary: ConceptVocabulary | null;
}

/** A vocabulary concept as the engine uses it: its other terms, need categories, fields and breadth. */
export interface ConceptVocabulary {
  /** Concept ids, e.g. ["osteoporose"]. */
  ids: string[];
  /** The concept's label for the reason text ("Passer til: osteoporose"). */
  label: string;
  /** Folded terms of the concept(s), other than the typed term. */
  terms: string[];
  /** Need-category codes an offer answering the concept carries. */
  needCodes: string[];
  boost: BoostField[];
  /** Broad: only lifts offers found by other means (ADR 032). */
  broad: boolean;
  /** The term the typed word was read as, when it is a misspelling of it ("ludemani" → "ludomani"). */
  spelled?: string;
}

function conceptVocabulary(vocabulary: VocabularyIndex, match: VocabularyMatch, typed: string): ConceptVocabulary {
  const concepts = match.concepts.map((i) => at(vocabulary.concepts, i));
  const terms = new Set<string>();
  const needCodes = new Set<string>();
  const boost = new Set<BoostField>();
  for (const c of concepts) {
    for (const t of c.terms) if (t.folded !== typed) terms.add(t.folded);
    for (const need of c.concept.needs) {
      const code = findNeedCategory(need)?.code;
      if (code) needCodes.add(code);
    }
    for (const b of c.concept.boost) boost.add(b);
  }
  return {
    ids: concepts.map((c) => c.concept.id),
    label: at(concepts, 0).concept.label,
    terms: [...terms],
    needCodes: [...needCodes],
    boost: [...boost],
    broad: concepts.every((c) => c.concept.broad),
  };
}

interface Group {
  terms: { folded: string; words: string[]; display: string }[];
}

/** Prepared groups per list of groups: a scope's list is the same array for every search until a rebuild. */
const prepared = new WeakMap<string[][], Group[]>();

function prepareGroups(groups: string[][]): Group[] {
  let out = prepared.get(groups);
  if (!out) prepared.set(groups, (out = foldGroups(groups)));
  return out;
}

function foldGroups(groups: string[][]): Group[] {
  return groups.map((g) => ({
    terms: g
      .map((t) => ({ folded: words(t).join(' '), words: words(t), display: t }))
      .filter((t) => t.words.length > 0),
  }));
}

/** A typed word names a group term if equal, or the same word with a short Danish ending (smøger/smøgerne). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && long.length - short.length <= 3;
}

/**
 * The concepts of a query: phrases of the municipality's synonym groups first, then phrases of the national
 * vocabulary, then each remaining meaningful word, each with its synonyms and its vocabulary concept.
 */
export function planQuery(
  text: string,
  synonymGroups: string[][],
  vocabulary: VocabularyIndex | null = nationalVocabulary(),
  /** A word the catalogue knows: the other part of a compound whose first or last part is a concept. */
  isWord?: (word: string) => boolean,
  /** A word of the catalogue's texts or full text (not split; a part of a typed compound, ADR 067). */
  isToken?: (word: string) => boolean,
): Concept[] {
  const original = text.slice(0, MAX_QUERY_CHARS);
  const typedWords = words(original).map((w) => w.slice(0, MAX_WORD));
  // "der ikke kan sidde stille" is read as "kan ikke sidde stille", the order the vocabulary writes.
  const order = mainClauseOrder(typedWords);
  const all = order.map((i) => at(typedWords, i));
  const typedDisplay = original.match(/[\p{L}\p{N}]+/gu) ?? [];
  const displayWords = typedDisplay.length === typedWords.length ? order.map((i) => at(typedDisplay, i)) : typedDisplay;
  const groups = prepareGroups(synonymGroups);
  const used = new Array<boolean>(all.length).fill(false);
  const concepts: Concept[] = [];
  const displayOf = (from: number, to: number) =>
    displayWords.slice(from, to).join(' ').toLowerCase() || all.slice(from, to).join(' ');

  // Phrases first: a multi-word group term found word for word in the query becomes one concept.
  for (const group of groups) {
    for (const phrase of group.terms.filter((t) => t.words.length > 1)) {
      for (let i = 0; i + phrase.words.length <= all.length; i++) {
        if (used.slice(i, i + phrase.words.length).some(Boolean)) continue;
        if (!phrase.words.every((w, k) => sameWord(w, at(all, i + k)))) continue;
        for (let k = 0; k < phrase.words.length; k++) used[i + k] = true;
        concepts.push({
          typed: phrase.folded,
          display: displayOf(i, i + phrase.words.length),
          term: phrase.folded,
          synonyms: group.terms.filter((t) => t !== phrase).map((t) => ({ term: t.folded, display: t.display })),
          typo: null,
          vocabulary: null,
        });
      }
    }
  }

  // The national vocabulary beneath: a phrase it knows becomes one concept; a single word keeps its match.
  const singleVocabulary = new Map<number, VocabularyMatch>();
  for (const match of vocabulary ? findConcepts(vocabulary, all, used, isWord) : []) {
    if (match.end - match.start === 1) {
      singleVocabulary.set(match.start, match);
      continue;
    }
    const typed = all.slice(match.start, match.end).join(' ');
    for (let k = match.start; k < match.end; k++) used[k] = true;
    const joined = all.slice(match.start, match.end).join('');
    concepts.push({
      typed,
      display: displayOf(match.start, match.end),
      term: typed,
      // The phrase written as one word too ("cool kids" finds "CoolKids").
      synonyms: [{ term: joined, display: joined }],
      typo: null,
      vocabulary: conceptVocabulary(vocabulary!, match, typed),
    });
  }

  all.forEach((word, i) => {
    if (used[i] || stopwords.has(word)) return;
    if (concepts.some((c) => c.term === word)) return;
    const synonyms: SynonymAlternative[] = [];
    for (const group of groups) {
      if (!group.terms.some((t) => t.words.length === 1 && sameWord(t.folded, word))) continue;
      for (const t of group.terms) {
        if (t.folded !== word && !synonyms.some((s) => s.term === t.folded))
          synonyms.push({ term: t.folded, display: t.display });
      }
    }
    // A word neither the vocabulary nor the catalogue knows may be a misspelt term ("ludemani"), else a
    // compound looked for by its parts, every one of them, which the catalogue may write apart or in other
    // compounds ("vandrehold": "hold … vandre"), ADR 067; else a compound of a word and a misspelt term.
    const unknown = !singleVocabulary.has(i) && isWord !== undefined && !isWord(word) && !isToken?.(word);
    // A word of the Danish lexicon, as written or inflected ("ørerne"), is meant as typed: no typo pass, and
    // it is read as a vocabulary term only when the two differ by æ/ø/å typed as a/o/a ("smager" ≠ "smøger").
    const asTyped = isLexiconWord(word);
    const misspeltFound = unknown && vocabulary ? findMisspeltConcept(vocabulary, word, isWord) : null;
    const misspeltAny =
      misspeltFound &&
      (!asTyped || looseWord(misspeltFound.term.folded + (misspeltFound.rest ?? '')) === looseWord(word))
        ? misspeltFound
        : null;
    const parts = unknown && !(misspeltAny && !misspeltAny.rest) ? compoundParts(word, vocabulary, isToken) : null;
    const misspelt = parts ? null : misspeltAny;
    const match = singleVocabulary.get(i) ?? misspelt ?? undefined;
    // A typed compound found by a broad part also looks for its other part, which carries the meaning
    // ("kol|forløb", "hjemme|træning"; not "sorg|gruppe", whose first part is the concept).
    const broadPart = match && vocabulary && match.concepts.every((c) => at(vocabulary.concepts, c).concept.broad);
    if (broadPart && match.rest && !stopwords.has(match.rest) && !concepts.some((c) => c.term === match.rest)) {
      const restMatch = vocabulary ? findConcepts(vocabulary, [match.rest]).find((m) => m.end === 1) : undefined;
      concepts.push({
        typed: match.rest,
        display: match.rest,
        term: match.rest,
        synonyms: [],
        typo: null,
        vocabulary: restMatch && vocabulary ? conceptVocabulary(vocabulary, restMatch, match.rest) : null,
      });
    }
    concepts.push({
      typed: word,
      display: displayOf(i, i + 1),
      term: parts ? parts.join(' ') : word,
      synonyms,
      // Typos from five letters (æ/ø/å as one): a four-letter word one letter off is mostly another word ("slår"/"sår").
      typo: looseWord(word).length >= MIN_TYPO && /\p{L}/u.test(word) && !asTyped ? word : null,
      vocabulary:
        match && vocabulary
          ? { ...conceptVocabulary(vocabulary, match, word), ...(misspelt ? { spelled: misspelt.term.display } : {}) }
          : null,
    });
  });
  return concepts.slice(0, MAX_CONCEPTS);
}

/**
 * The parts of a typed compound (decompound.ts): words of the Danish lexicon, the vocabulary or the
 * catalogue; stop words never. With æ/ø/å typed as a/o/a inside it ("gaeldsradgivning"), the lexicon's
 * words by loose form.
 */
function compoundParts(
  word: string,
  vocabulary: VocabularyIndex | null,
  isToken: ((word: string) => boolean) | undefined,
): string[] | null {
  const lexicon = danishLexicon();
  const exact = splitCompound(word, (w) =>
    !stopwords.has(w) && (lexicon.has(w) || vocabulary?.words.has(w) || isToken?.(w)) ? w : undefined,
  );
  if (exact) return exact;
  return splitCompound(looseWord(word), (w) => {
    const spelt = lexiconWordOfLoose(w);
    return spelt && !stopwords.has(spelt) ? spelt : undefined;
  });
}

/**
 * LIKE patterns that find the term in folded text: anywhere for 4+ letters (a part of a compound, "vand"
 * in "varmtvandsbassin"), only at a word start for 3 letters ("kol", not "skole"), none below that (the
 * full-text match covers short words). Terms are letters, digits and spaces only: nothing to escape.
 */
export function termPatterns(term: string): string[] {
  const t = term.split(' ').filter(Boolean).join(' ');
  if (t.length < 3) return [];
  return t.length >= 4 ? [`%${t}%`] : [`${t}%`, `% ${t}%`];
}

/**
 * LIKE patterns for a vocabulary term in an offer's name: anywhere for 5+ letters, at a word start for 3
 * or 4 ("kol" not in "skole", "gigt" not in "forgigt"), none below that. Stricter than a typed word's.
 */
export function vocabularyPatterns(term: string): string[] {
  const t = term.split(' ').filter(Boolean).join(' ');
  if (t.length < 3) return [];
  return t.length >= 5 ? [`%${t}%`] : [`${t}%`, `% ${t}%`];
}

/** The same as termPatterns as a PostgreSQL regular expression (for one trigram index scan over many terms). */
export function termRegex(term: string): string | null {
  const t = term.split(' ').filter(Boolean).join(' ');
  if (t.length < 3) return null;
  return t.length >= 4 ? `(${t})` : `(\\m${t})`;
}

/**
 * tsquery text: every word of a term must match (as a prefix of a stem), any term may. Only ASCII
 * letters and digits go in, so the text can never be a tsquery syntax error.
 */
export function termsTsquery(terms: string[]): string | null {
  const alternatives = terms
    .map((t) =>
      t
        .split(' ')
        .filter((w) => /^[a-z0-9]+$/.test(w) && !stopwords.has(w))
        .map((w) => (w.length >= 3 ? `${w}:*` : w)),
    )
    .filter((ws) => ws.length > 0)
    .map((ws) => (ws.length === 1 ? ws[0] : `(${ws.join(' & ')})`));
  return alternatives.length ? alternatives.join(' | ') : null;
}

export { fold };
