// Lexeme entries with shared parts (ADR 080). A national catalogue's index holds tens of millions of lexeme
// entries, each an object with two arrays; the collector walks every one of them on each full collection.
// Most entries have one or two positions and the same few weight lists, so those arrays are shared: one
// array per position, per pair of positions and per list of weights, and one string per lexeme. An entry's
// arrays are never changed after it is made (searchDocument builds its lists first), so sharing them is
// safe; everything that reads entries reads the same numbers as before.
import type { LexemeEntry } from './textMatch';

/** A tsvector's positions run from 1 to 16,383. */
const MAX_POSITION = 16_383;
/** Bounds on what is kept shared, so that no input can make the pools grow without end. */
const MAX_PAIRS = 500_000;
const MAX_LEXEMES = 1_000_000;
const MAX_WEIGHTS = 12;

const singles: (number[] | undefined)[] = [];
const pairs = new Map<number, number[]>();
const weightLists = new Map<number, number[]>();
const lexemes = new Map<string, string>();

function sharedPositions(positions: number[]): number[] {
  if (positions.length === 1) {
    const p = positions[0] as number;
    if (!(p >= 1 && p <= MAX_POSITION && Number.isInteger(p))) return positions;
    return (singles[p] ??= positions);
  }
  if (positions.length === 2) {
    const [a, b] = positions as [number, number];
    if (!(a >= 1 && b >= 1 && a <= MAX_POSITION && b <= MAX_POSITION && Number.isInteger(a) && Number.isInteger(b)))
      return positions;
    const key = a * (MAX_POSITION + 1) + b;
    const known = pairs.get(key);
    if (known) return known;
    if (pairs.size < MAX_PAIRS) pairs.set(key, positions);
  }
  return positions;
}

function sharedWeights(weights: number[]): number[] {
  if (weights.length > MAX_WEIGHTS) return weights;
  // Base 4 with a leading 1 for the length: [3, 2] and [3, 2, 0] have different keys.
  let key = 1;
  for (const w of weights) {
    if (!(w === 0 || w === 1 || w === 2 || w === 3)) return weights;
    key = key * 4 + w;
  }
  const known = weightLists.get(key);
  if (known) return known;
  weightLists.set(key, weights);
  return weights;
}

function sharedLexeme(lexeme: string): string {
  const known = lexemes.get(lexeme);
  if (known !== undefined) return known;
  if (lexemes.size < MAX_LEXEMES) lexemes.set(lexeme, lexeme);
  return lexeme;
}

/** One entry whose lexeme, positions and weights are the shared ones where they exist (the arguments otherwise). */
export function sharedEntry(lexeme: string, positions: number[], weights: number[]): LexemeEntry {
  return { lexeme: sharedLexeme(lexeme), positions: sharedPositions(positions), weights: sharedWeights(weights) };
}

/** A document's entries with shared parts, in the same order (entries read from elsewhere, e.g. a dump). */
export function sharedEntries(entries: readonly LexemeEntry[]): LexemeEntry[] {
  return entries.map((e) => sharedEntry(e.lexeme, e.positions, e.weights));
}
