// Decompounding of a typed word (issue 11, ADR 067): "madlavningskursus" → madlavning + kursus, against the
// Danish lexicon (@sundhed/vocabulary's danishLexicon, precomputed at build time) plus the catalogue's and
// the vocabulary's words. Each part is a known word of at least MIN_PART letters; a part but the last may
// be followed by a Danish linking letter (-s-, -e-: "gælds|rådgivning", "hjemmehjælps|ordning"); the last
// may carry a short inflection ending ("sorg|grupper"). The fewest parts win, then the longest parts. At
// most (40 letters)² lookups of O(1) or O(log n) per typed word: no spell-checker per query.

/** Shortest part (the engine's minimum for a word part: a shorter one matches inside unrelated words). */
export const MIN_PART = 4;
const MAX_PARTS = 4;
const MAX_COMPOUND = 40;
const LINKING = new Set(['s', 'e']);
/** Inflection endings the last part may carry, longest first (a noun's plural and definite forms). */
const ENDINGS = ['erne', 'ene', 'er', 'en', 'et', 'ne', 'e', 'r'];

interface Step {
  parts: number;
  /** Sum of the squared part lengths: the larger, the longer the parts. */
  weight: number;
  /** Where the part before this position starts, and the part (without a linking letter). */
  from: number;
  part: string;
}

/**
 * The parts of a compound, or null when it is not one: two to four known words covering the word.
 * `known` answers for folded words of MIN_PART letters or more with the word to search for (itself, or
 * its spelling when `word` is a loose form), or undefined.
 */
export function splitCompound(word: string, known: (part: string) => string | undefined): string[] | null {
  const n = word.length;
  if (n < 2 * MIN_PART || n > MAX_COMPOUND || !/^[a-z]+$/.test(word)) return null;
  // best[j]: the best way to cover word[0, j) with parts that may all be followed by more.
  const best: (Step | null)[] = new Array<Step | null>(n + 1).fill(null);
  best[0] = { parts: 0, weight: 0, from: -1, part: '' };
  const better = (a: Step, b: Step | null) => !b || a.parts < b.parts || (a.parts === b.parts && a.weight > b.weight);
  let last: Step | null = null;
  for (let j = MIN_PART; j <= n; j++) {
    for (let i = 0; i <= j - MIN_PART; i++) {
      const before = best[i];
      if (!before || before.parts >= MAX_PARTS) continue;
      const piece = word.slice(i, j);
      const step = (part: string): Step => ({
        parts: before.parts + 1,
        weight: before.weight + (j - i) * (j - i),
        from: i,
        part,
      });
      if (j < n) {
        // A part in the middle, or one with its linking letter.
        const whole = known(piece);
        let candidate: Step | null = whole ? step(whole) : null;
        const link = piece.slice(0, -1);
        const linked = !candidate && link.length >= MIN_PART && LINKING.has(piece.at(-1)!) ? known(link) : undefined;
        if (linked) candidate = step(linked);
        if (candidate && better(candidate, best[j] ?? null)) best[j] = candidate;
      } else if (i > 0) {
        // The last part: a known word, or one with an inflection ending.
        let stem = known(piece);
        for (const e of ENDINGS) {
          if (stem) break;
          if (piece.endsWith(e) && piece.length - e.length >= MIN_PART) stem = known(piece.slice(0, -e.length));
        }
        if (stem) {
          const candidate = step(stem);
          if (better(candidate, last)) last = candidate;
        }
      }
    }
  }
  if (!last) return null;
  const parts: string[] = [last.part];
  for (let at = last.from; at > 0;) {
    const step = best[at]!;
    parts.unshift(step.part);
    at = step.from;
  }
  return parts;
}
