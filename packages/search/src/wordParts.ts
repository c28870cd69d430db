// Word parts: the LIKE patterns of termPatterns, where a term fits as a compound's part (partFits,
// compoundHead), and per index the documents whose short fields or names hold a word part.
import { danishLexicon, isLexiconWord } from '@sundhed/vocabulary';
import { splitCompound } from './decompound';
import { DocBuffer } from './docBuffer';
import { cachedDocs, giveMarks, takeMarks, type DocCollector } from './expansions';
import { hasToken, lowerBound, offerAt, tokensContaining, type ScopeIndex } from './searchIndex';
import type { IndexChange } from './searchTypes';

/** A LIKE pattern of termPatterns ("%t%", "t%", "% t%") read once per search: the text to find, and where. */
export interface LikePattern {
  needle: string;
  start: boolean;
}

export function likePatterns(patterns: readonly string[]): LikePattern[] {
  return patterns.map((p) =>
    p.startsWith('%') ? { needle: p.slice(1, -1), start: false } : { needle: p.slice(0, -1), start: true },
  );
}

/** SQL LIKE for the patterns termPatterns makes (likePatterns). */
export function likeAny(text: string, patterns: readonly LikePattern[]): boolean {
  for (const p of patterns) if (p.start ? text.startsWith(p.needle) : text.includes(p.needle)) return true;
  return false;
}

/**
 * Whether the term lies in the text as a word or a part that can be a compound's: at a word start, or
 * after at least four letters of the word that are a compound's first part ("vand" in "varmtvandsbassin",
 * not "ældre" in "forældre" nor "tand" in "forstand").
 */
export function partFits(text: string, term: string): boolean {
  if (term.includes(' ')) return true;
  for (let k = text.indexOf(term); k >= 0; k = text.indexOf(term, k + 1)) {
    let start = k;
    while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) start--;
    if (start === k || (k - start >= MIN_PART_PREFIX && compoundHead(text.slice(start, k)))) return true;
  }
  return false;
}
const MIN_PART_PREFIX = 4;

/**
 * Whether letters before a word part end at a morpheme boundary: they are a word of the Danish lexicon
 * (as written, inflected, or with a linking -s-/-e-: "sygdoms|forløb", "børne|tandpleje"), or a compound
 * of such words ("genoptrænings|hold"). "fors" of "forstand" is none, so "tand" is not a part of it.
 * Remembered per head (the same names are asked on every search).
 */
function compoundHead(head: string): boolean {
  let known = heads.get(head);
  if (known === undefined) {
    const lexicon = danishLexicon();
    const word = (w: string) => (lexicon.has(w) ? w : undefined);
    const linked = /[se]$/.test(head) ? head.slice(0, -1) : null;
    known =
      !/^[a-z]+$/.test(head) ||
      isLexiconWord(head) ||
      splitCompound(head, word) !== null ||
      (linked !== null && splitCompound(linked, word) !== null);
    if (heads.size >= 50_000) heads.clear();
    heads.set(head, known);
  }
  return known;
}
const heads = new Map<string, boolean>();

/**
 * Documents whose short fields contain the term as a word part (4+ letters) or word start (3 letters),
 * remembered per index (expansions.ts).
 */
export function wordPartList(index: ScopeIndex, term: string): Int32Array {
  return cachedDocs(index, `part\u0000${term}`, (c) => scanWordParts(index, term, c));
}

function scanWordParts(index: ScopeIndex, term: string, found: DocCollector) {
  const wordStart = term.length < 4;
  if (!term.includes(' ')) {
    for (const token of tokensContaining(index, term, wordStart))
      if (partFits(token, term)) found.addAll(index.tokenDocs.get(token)!);
    return;
  }
  const contains = (text: string) =>
    wordStart ? text.startsWith(term) || text.includes(` ${term}`) : text.includes(term);
  // A phrase: each of its words lies inside one token, so only documents with a token holding its
  // longest word need the check on the whole text.
  const longest = term.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 3) {
    index.offers.forEach((o, doc) => {
      if (contains(o.searchText)) found.add(doc);
    });
    return;
  }
  if (wordStart) {
    for (const token of tokensContaining(index, longest, false)) {
      const docs = index.tokenDocs.get(token)!;
      for (let i = 0; i < docs.length; i++)
        if (contains(offerAt(index, docs[i] as number).searchText)) found.add(docs[i] as number);
    }
    return;
  }
  forPhraseCandidates(index, term, (doc) => {
    if (contains(offerAt(index, doc).searchText)) found.add(doc);
  });
}

/**
 * Visits the documents that may hold the phrase, in the order of the tokens of its word held by the fewest documents
 * (ADR 074), and only those that hold a token for each of its words (ADR 083): in the short fields' text
 * (tokens joined by single spaces) a phrase's first word ends a token, its last word starts one, and a word
 * between is a whole token. Each is checked on the candidates' text afterwards, as before. The words are read
 * fewest documents first, and once few documents are left next to the next word's postings, those are visited
 * without reading the rest (ADR 089): the check on the text decides.
 */
function forPhraseCandidates(index: ScopeIndex, term: string, visit: (doc: number) => void): void {
  const words = term.split(' ');
  const last = words.length - 1;
  const perWord = words.map((w, i) => {
    const tokens =
      i > 0 && i < last
        ? hasToken(index, w)
          ? [w]
          : []
        : tokensContaining(index, w, false).filter((t) => (i === 0 ? t.endsWith(w) : t.startsWith(w)));
    let docs = 0;
    for (const t of tokens) docs += index.tokenDocs.get(t)?.length ?? 0;
    return { tokens, docs };
  });
  // The fewest documents' word first (the first of them on a tie), then the others: a document's count is the
  // number of words read so far that it holds a token of.
  const order = perWord.map((_, i) => i).sort((a, b) => perWord[a]!.docs - perWord[b]!.docs || a - b);
  const count = takeMarks(index);
  const read = new DocBuffer();
  // Counts stop at 255: past that many words a document is visited on the first 255 alone.
  let full = Math.min(255, words.length);
  let inPlay = Number.POSITIVE_INFINITY;
  for (let step = 0; step < order.length; step++) {
    // Few documents still in play next to a word's many postings: they are visited (the caller checks their
    // text) without those postings being read (ADR 089).
    if (inPlay * TEXT_CHECK_COST < perWord[order[step]!]!.docs) {
      full = step;
      break;
    }
    // A word that no document still in play holds ends the count: the later words' postings are not read.
    let kept = 0;
    for (const token of perWord[order[step]!]!.tokens) {
      const docs = index.tokenDocs.get(token)!;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        const c = count[doc] as number;
        if (step === 0 && c === 0) read.push(doc);
        if (c === step) {
          count[doc] = Math.min(255, step + 1);
          kept++;
        }
      }
    }
    if (!kept) break;
    inPlay = kept;
  }
  const all = read.view();
  for (let i = 0; i < all.length; i++) if (count[all[i] as number] === full) visit(all[i] as number);
  giveMarks(index, count, all);
  read.release();
}

/** What checking a document's text for a phrase costs next to reading one posting (forPhraseCandidates). */
const TEXT_CHECK_COST = 32;

export const NAME_TERM = 1;
export const NAME_SYNONYM = 2;
export const NAME_VOCABULARY = 4;

/**
 * Sets `bit` for the documents whose name matches one of the patterns: a "%t%" pattern by nameDocs, a word
 * start ("t%", "% t%") or a phrase by nameLikeDocs (ADR 087), and returns the patterns left to read on each
 * hit's name (none but a needle with a line break or without a word).
 */
export function markNames(
  index: ScopeIndex,
  pats: readonly LikePattern[],
  bit: number,
  out: Uint8Array,
): LikePattern[] {
  const rest: LikePattern[] = [];
  const wordStart = (p: LikePattern) => p.start && !/[ \n]/.test(p.needle);
  const starts = new Set(pats.filter(wordStart).map((p) => p.needle));
  const inside = new Set(pats.filter((p) => !p.start).map((p) => p.needle));
  for (const pat of pats) {
    const { needle } = pat;
    if (!needle || needle.includes('\n')) {
      rest.push(pat);
      continue;
    }
    // "t%" with "% t%" (a word of three letters, termPatterns): a word of the name starts with t, one list.
    const paired = pat.start
      ? wordStart(pat) && inside.has(` ${needle}`)
      : needle.startsWith(' ') && starts.has(needle.slice(1));
    if (paired && !pat.start) continue;
    const docs = paired
      ? nameStartDocs(index, needle)
      : pat.start || needle.includes(' ')
        ? nameLikeDocs(index, pat)
        : nameDocs(index, needle, false);
    if (docs) markNameDocs(docs, bit, out);
    else rest.push(pat);
  }
  return rest;
}

/** The documents with a name word starting with `start`, remembered per index. */
function nameStartDocs(index: ScopeIndex, start: string): Int32Array {
  return cachedDocs(index, `namestart\u0000${start}`, (c) => {
    const names = nameWords(index);
    for (const w of wordsStarting(names, start)) c.addAll(names.docs.get(w) ?? []);
  });
}

/**
 * The documents whose name matches a word start or phrase pattern, remembered per index (ADR 087); null for
 * a needle without a word. Each word of the needle is, in every name the pattern matches, a whole word of
 * it (between spaces), the start of one (the last, before no space), or the end of one (the first, after
 * none): only the documents holding a name word so for every word of the needle are read (counted word by
 * word, the word of the fewest documents first, as forPhraseCandidates does), and each is checked with the
 * pattern itself.
 */
function nameLikeDocs(index: ScopeIndex, pat: LikePattern): Int32Array | null {
  const parts = pat.needle.split(' ');
  if (!parts.some(Boolean)) return null;
  return cachedDocs(index, `namelike\u0000${pat.start ? 'start' : 'any'}\u0000${pat.needle}`, (c) => {
    const names = nameWords(index);
    const last = parts.length - 1;
    const perPart: { held: string[]; docs: number }[] = [];
    for (let i = 0; i <= last; i++) {
      const part = parts[i] as string;
      const after = i > 0 || pat.start;
      const before = i < last;
      if (!part || !(after || before)) continue;
      const held =
        after && before
          ? names.docs.has(part)
            ? [part]
            : []
          : after
            ? wordsStarting(names, part)
            : wordsEnding(names, part);
      let docs = 0;
      for (const w of held) docs += names.docs.get(w)?.length ?? 0;
      perPart.push({ held, docs });
    }
    perPart.sort((a, b) => a.docs - b.docs);
    // A document's count is the number of the needle's words read so far that it holds a name word for.
    const count = takeMarks(index);
    const read = new DocBuffer();
    const steps = Math.min(255, perPart.length);
    for (let step = 0; step < steps; step++) {
      let kept = 0;
      for (const w of (perPart[step] as { held: string[] }).held) {
        const docs = names.docs.get(w) ?? [];
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] as number;
          if (count[doc] !== step) continue;
          if (step === 0) read.push(doc);
          count[doc] = step + 1;
          kept++;
        }
      }
      if (!kept) break;
    }
    const pats = [pat];
    const all = read.view();
    for (let i = 0; i < all.length; i++) {
      const doc = all[i] as number;
      if (count[doc] === steps && likeAny(offerAt(index, doc).searchName, pats)) c.add(doc);
    }
    giveMarks(index, count, all);
    read.release();
  });
}

/** The name words starting with `part` (a range of the sorted words). */
function wordsStarting(names: NameWords, part: string): string[] {
  const { words } = names;
  const held: string[] = [];
  for (let w = lowerBound(words, part, (x) => x); w < words.length && (words[w] as string).startsWith(part); w++)
    held.push(words[w] as string);
  return held;
}

/** The name words ending with `part` (found in the words' text, each word ended by a line break). */
function wordsEnding(names: NameWords, part: string): string[] {
  const { words, starts } = names;
  const text = names.blob!;
  const held: string[] = [];
  for (let found = text.indexOf(`${part}\n`); found >= 0; found = text.indexOf(`${part}\n`, found + 1)) {
    const word = words[wordAt(starts, found)] as string;
    if (held[held.length - 1] !== word) held.push(word);
  }
  return held;
}

/** The word of the words' text holding a position: the last one starting at or before it. */
function wordAt(starts: readonly number[], position: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function markNameDocs(docs: Int32Array, bit: number, out: Uint8Array): void {
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number;
    out[doc] = (out[doc] as number) | bit;
  }
}

/**
 * Per index, the words of the offers' names (split at spaces) with their documents, and the words as one
 * "\n"-separated text: a needle without a space lies in a name exactly when it lies in one of its words.
 * The incremental update moves the renamed documents (followUpdate); the text is made again on need.
 */
interface NameWords {
  docs: Map<string, number[]>;
  words: string[];
  starts: number[];
  blob: string | null;
}
const nameWordsCache = new WeakMap<ScopeIndex, NameWords>();
export function nameWords(index: ScopeIndex): NameWords {
  let w = nameWordsCache.get(index);
  if (!w) {
    const docs = new Map<string, number[]>();
    index.offers.forEach((o, doc) => {
      for (const word of new Set(o.searchName.split(' '))) {
        if (!word) continue;
        const list = docs.get(word);
        if (list) list.push(doc);
        else docs.set(word, [doc]);
      }
    });
    nameWordsCache.set(index, (w = { docs, words: [], starts: [], blob: null }));
  }
  if (w.blob === null) {
    w.words = [...w.docs.keys()].sort();
    w.starts = [];
    let pos = 1;
    for (const word of w.words) {
      w.starts.push(pos);
      pos += word.length + 1;
    }
    w.blob = `\n${w.words.join('\n')}\n`;
  }
  return w;
}

/**
 * The documents whose name contains the needle (no space, no line break), remembered per index; with
 * `fits`, only those with a word where it fits as a part (partFits).
 */
export function nameDocs(index: ScopeIndex, needle: string, fits: boolean): Int32Array {
  return cachedDocs(index, `${fits ? 'namefit' : 'name'}\u0000${needle}`, (c) => {
    const { words, starts, docs, blob } = nameWords(index);
    const text = blob!;
    for (let found = text.indexOf(needle); found >= 0;) {
      const lo = wordAt(starts, found);
      const word = words[lo] as string;
      if (!fits || partFits(word, needle)) c.addAll(docs.get(word) ?? []);
      found = text.indexOf(needle, (starts[lo] as number) + word.length);
    }
  });
}

/** After an update in place: renamed and new documents move between the name words' lists. */
export function followNames(index: ScopeIndex, changes: readonly IndexChange[]) {
  const w = nameWordsCache.get(index);
  if (!w) return;
  for (const { doc, before, after } of changes) {
    if (before?.searchName === after.searchName) continue;
    for (const word of new Set(before?.searchName.split(' ') ?? [])) {
      const list = w.docs.get(word);
      const i = list?.indexOf(doc) ?? -1;
      if (list && i >= 0) list.splice(i, 1);
      if (list && !list.length) w.docs.delete(word);
    }
    for (const word of new Set(after.searchName.split(' '))) {
      if (!word) continue;
      const list = w.docs.get(word);
      if (!list) w.docs.set(word, [doc]);
      else if (!list.includes(doc)) list.push(doc);
    }
    w.blob = null;
  }
}
