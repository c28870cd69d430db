// Spelling tolerance against the vocabulary itself (issue 11, failure class 4): a typed word that the
// catalogue does not hold and that is one letter off a concept's term ("ludemani" for "ludomani"), also
// inside a typed compound whose other part is a known word ("rygestob|kursus"). And the one edit distance
// the search uses (the engine's typo matching over the catalogue's words uses it too).

/** Damerau-Levenshtein distance (optimal string alignment), or max + 1 once it is over `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Shortest typed word (æ/ø/å as one letter) read as a misspelling of a term: shorter words are mostly other words. */
export const MIN_MISSPELT = 6;

/** Letters a typed word may be off a term: one, two from nine letters. */
export function allowedEdits(length: number): number {
  return length >= 9 ? 2 : 1;
}

/**
 * The closest one-word term to a (loose-folded) word within the allowed edits, or null; ties go to the
 * first term. `terms` are the vocabulary's one-word terms in loose form with their entry.
 */
export function closestTerm<T>(word: string, terms: readonly { loose: string; entry: T }[]): T | null {
  if (word.length < MIN_MISSPELT) return null;
  const allowed = allowedEdits(word.length);
  let best: { d: number; entry: T } | null = null;
  const letters = letterCounts(word);
  for (const t of terms) {
    if (t.loose.length < MIN_MISSPELT || Math.abs(t.loose.length - word.length) > allowed) continue;
    const max = best ? best.d - 1 : allowed;
    // Most terms share too few letters with the word to be within reach: editDistance would answer
    // max + 1, which changes nothing below (ADR 065).
    if (bagDistance(letters, word.length, t.loose) > max) continue;
    const d = editDistance(word, t.loose, max);
    if (d === 0) return t.entry;
    if (d <= allowed && (!best || d < best.d)) best = { d, entry: t.entry };
  }
  return best?.entry ?? null;
}

/** A word's letters counted by code unit (modulo 256: letters sharing a count only lower bagDistance). */
function letterCounts(word: string): Int16Array {
  const counts = new Int16Array(256);
  for (let i = 0; i < word.length; i++)
    counts[word.charCodeAt(i) & 255] = (counts[word.charCodeAt(i) & 255] as number) + 1;
  return counts;
}

/**
 * The bag distance of a word (its letterCounts and length) and `other`: the larger of the numbers of
 * letters each has that the other lacks. A lower bound of editDistance (an insertion, deletion or
 * substitution changes each side's count by at most one, a transposition by none). `counts` is left as given.
 */
function bagDistance(counts: Int16Array, length: number, other: string): number {
  let missing = 0;
  for (let i = 0; i < other.length; i++) {
    const c = other.charCodeAt(i) & 255;
    if ((counts[c] as number) <= 0) missing++;
    counts[c] = (counts[c] as number) - 1;
  }
  for (let i = 0; i < other.length; i++) {
    const c = other.charCodeAt(i) & 255;
    counts[c] = (counts[c] as number) + 1;
  }
  return Math.max(missing, missing + length - other.length);
}

/**
 * Danish word order in a subordinate clause puts "ikke" before the verb ("der ikke kan sidde stille");
 * the vocabulary's phrases are written in main-clause order ("kan ikke sidde stille"). Returns the order
 * of the (folded) words with "ikke" + a modal or auxiliary verb swapped into main-clause order.
 */
const CLAUSE_VERBS = new Set(['kan', 'vil', 'har', 'er', 'skal', 'maa', 'toer', 'gider', 'kunne', 'ville']);
export function mainClauseOrder(words: readonly string[]): number[] {
  const order = words.map((_, i) => i);
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === 'ikke' && CLAUSE_VERBS.has(words[i + 1]!)) {
      order[i] = i + 1;
      order[i + 1] = i;
      i++;
    }
  }
  return order;
}
