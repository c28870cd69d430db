// Turns what was typed into concepts: each meaningful word (or a phrase a synonym group knows, such as
// "stop med at ryge") with its alternatives. Everything here is folded letters and digits, so the SQL
// built from it only ever sees plain words, and always as parameters.
import { at } from '@sundhed/shared/at';
import { fold, stopwords, words } from './fold';

/** Longest query text that is read; the rest is ignored (a 10,000-character paste still searches). */
export const MAX_QUERY_CHARS = 200;
/** At most this many concepts per query keep the statement small. */
export const MAX_CONCEPTS = 8;
const MAX_WORD = 40;

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
  /** Word to match with trigram similarity (typos); only for single words of 4+ letters. */
  typo: string | null;
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

export function planQuery(text: string, synonymGroups: string[][]): Concept[] {
  const original = text.slice(0, MAX_QUERY_CHARS);
  const displayWords = original.match(/[\p{L}\p{N}]+/gu) ?? [];
  const all = words(original).map((w) => w.slice(0, MAX_WORD));
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
        });
      }
    }
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
    concepts.push({
      typed: word,
      display: displayOf(i, i + 1),
      term: word,
      synonyms,
      typo: word.length >= 4 && /\p{L}/u.test(word) ? word : null,
    });
  });
  return concepts.slice(0, MAX_CONCEPTS);
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
