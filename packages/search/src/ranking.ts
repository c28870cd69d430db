// The ranking: its order (byRank) and the first page of it (topRanked) over one pass's hits (Evaluated).
import { at } from '@sundhed/shared/at';
import { ACTIVE, docColumns, endedFlags } from './filters';
import type { ScopeIndex } from './searchIndex';
import { scratchFloat64 } from './scratch';

interface Ranked {
  doc: number;
  score: number;
}

/**
 * Ranking order: score, then running offers before those whose courses have all ended (issue 12), then
 * active first, then name and id (the database's C collation: code points). Ended courses come after the
 * score, not before it: a worker who searches "rygestop" still finds the smoking-cessation course first,
 * with "Næste hold ikke fastlagt" on it, rather than an offer that barely matches (ADR 037).
 */
function byRank(index: ScopeIndex, day: string) {
  const ended = endedFlags(index, day);
  const { status } = docColumns(index);
  return function compareRanked(a: Ranked, b: Ranked): number {
    if (a.score !== b.score) return b.score - a.score;
    const ea = ended[a.doc] as number;
    const eb = ended[b.doc] as number;
    if (ea !== eb) return ea - eb;
    const aa = status[a.doc] === ACTIVE ? 0 : 1;
    const ab = status[b.doc] === ACTIVE ? 0 : 1;
    if (aa !== ab) return aa - ab;
    return (index.nameRank[a.doc] as number) - (index.nameRank[b.doc] as number);
  };
}

/**
 * A hit's place among hits of equal score, as byRank orders them after the score, in one number (lower
 * first): ended courses, then status, then name (scoreCoarse picks the page's hits by it, ADR 082).
 */
export function rankTie(index: ScopeIndex, day: string): (doc: number) => number {
  const ended = endedFlags(index, day);
  const { status } = docColumns(index);
  const n = index.offers.length;
  const nameRank = index.nameRank;
  return (doc) => ((ended[doc] as number) * 2 + (status[doc] === ACTIVE ? 0 : 1)) * n + (nameRank[doc] as number);
}

/**
 * The first `count` of the ranking, in order, without sorting every hit: a broad word hits thousands
 * of offers, and only those scoring at least the count-th best score can be on the page. The scores are
 * one typed array: the count-th best is found by sorting numbers, and only the hits at or above it
 * become rows to compare by the full ranking (ADR 060).
 */
export function topRanked(index: ScopeIndex, hits: Evaluated, count: number, day: string): Ranked[] {
  const { docs, scores } = hits;
  let threshold = Number.NEGATIVE_INFINITY;
  if (docs.length > 4 * count && count > 0) threshold = kthSmallestOf(scores, docs.length - count);
  const order = byRank(index, day);
  if (count > MAX_KEPT_IN_ORDER) {
    const ranked: Ranked[] = [];
    for (let i = 0; i < docs.length; i++) {
      const score = scores[i] as number;
      if (score >= threshold) ranked.push({ doc: docs[i] as number, score });
    }
    return ranked.sort(order).slice(0, count);
  }
  // The page kept in order as the hits pass: a broad word's many hits at the top score (a catalogue of
  // look-alike offers) are each compared with the page's last row, not sorted. The ranking is a total
  // order (the name's place breaks every tie), so this is the sort's first `count`.
  const top: Ranked[] = [];
  const probe: Ranked = { doc: 0, score: 0 };
  for (let i = 0; i < docs.length; i++) {
    probe.score = scores[i] as number;
    if (probe.score < threshold) continue;
    probe.doc = docs[i] as number;
    const last = top[top.length - 1];
    if (top.length === count && last && order(probe, last) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(at(top, mid), probe) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, { doc: probe.doc, score: probe.score });
    if (top.length > count) top.pop();
  }
  return top;
}
/** kthSmallest of `a` left as it is: the selection reorders a lent copy (scratch.ts, ADR 085). */
export function kthSmallestOf(a: Float64Array, k: number): number {
  const copy = scratchFloat64('kthSmallestOf', a.length);
  copy.set(a);
  return kthSmallest(copy, k);
}

/**
 * The value a sort would put at place `k` (0-based, ascending), found by selection (Hoare's quickselect)
 * in linear time instead of sorting every hit's score (ADR 065). Reorders `a`: pass a copy.
 */
export function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return at(a, k);
  }
  return at(a, k);
}

/** Pages up to this many rows are kept in order as the hits pass; longer ones are sorted. */
const MAX_KEPT_IN_ORDER = 200;

/** One pass of the engine: the hits' documents and scores (in ranking order when `ordered`), counted per concept. */
export interface Evaluated {
  /**
   * Every hit counted (the total shown); `docs` may hold only the page's when `ordered`, and otherwise only
   * the hits whose bound could reach the page (scoreReaching, ADR 079). `docs` and `scores` may be lent
   * buffers (scratch.ts): valid until the engine evaluates again.
   */
  total: number;
  docs: Int32Array;
  scores: Float64Array;
  ordered: boolean;
  matched: number[];
  /** A hit's best kind of match per concept (the reasons), worked out again for the page's hits only. */
  masksOf: (doc: number) => number[];
  /** Per concept, its weight in this search: a concept of weight 0 (filler) gives no reason. */
  weights?: readonly number[];
}
