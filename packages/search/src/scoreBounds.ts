// The hits that can reach the page, scored in full (ADR 079): a broad word hits tens of thousands of offers
// at 100,000; each is counted with a bound of its score (matchBound, matchKinds.ts), and only those whose
// bound can reach the page are scored (searchEngine.ts).
import { kthSmallest } from './ranking';

/**
 * Tests turn the pruning off: every hit is then scored in full (bestMatch), whatever its bound says, so that
 * every answer can be compared with the one of the engine before ADR 079. `pruned` counts the passes that left
 * hits unscored, so that a test can see the pruning at work.
 */
export const pruning = { enabled: true, pruned: 0 };

/**
 * The hits that can be among the first `need` of the ranking, scored in full (`exact`), out of every hit and
 * its bound (`loose`: the bound stood in for a rank, so it is not the score): the `need` hits of the highest
 * bounds are scored first; the need-th best of their scores is then a score the page's last hit reaches at
 * least, so any hit whose bound is below it cannot be on the page (ties stay: the ranking breaks them by
 * other means). A short list is scored whole, and a hit whose bound is its score is not scored again.
 */
export function scoreReaching(
  hits: Int32Array,
  bounds: Float64Array,
  loose: Uint8Array,
  need: number,
  exact: (doc: number) => number,
): { docs: Int32Array; scores: Float64Array } {
  const n = hits.length;
  if (!pruning.enabled) return { docs: hits, scores: Float64Array.from(hits, exact) };
  // Every bound is the score (no rank stood in): nothing to score again, and the ranking picks the page.
  if (loose.indexOf(1) < 0) return { docs: hits, scores: bounds };
  const scores = new Float64Array(n);
  if (!(n > 4 * need)) {
    for (let i = 0; i < n; i++) scores[i] = loose[i] ? exact(hits[i] as number) : (bounds[i] as number);
    return { docs: hits, scores };
  }
  const docs = new Int32Array(n);
  let m = 0;
  const first = kthSmallest(bounds.slice(), n - need);
  for (let i = 0; i < n; i++)
    if ((bounds[i] as number) >= first) {
      docs[m] = hits[i] as number;
      scores[m++] = loose[i] ? exact(hits[i] as number) : (bounds[i] as number);
    }
  const reached = kthSmallest(scores.slice(0, m), m - need);
  for (let i = 0; i < n; i++) {
    const bound = bounds[i] as number;
    if (bound < first && bound >= reached) {
      docs[m] = hits[i] as number;
      scores[m++] = loose[i] ? exact(hits[i] as number) : bound;
    }
  }
  if (m < n) pruning.pruned++;
  return { docs: docs.subarray(0, m), scores: scores.subarray(0, m) };
}

/**
 * The hits that can be among the first `need`, scored in full, out of every hit and a coarse bound of its
 * score (coarseBounds.ts, ADR 080; `loose`: the coarse bound is not the score): as scoreReaching, with one
 * more step between the bound and the score. The hits of the `need` highest coarse bounds are scored first
 * (a loose one by its closer bound `fine`, which is the score unless `fineLoose()` says a stand-in was used,
 * and then by `exact`); the need-th best of their scores is a score the page's last hit reaches at least.
 * Any other hit whose coarse or closer bound is below it cannot be on the page (ties stay).
 */
export function scoreCoarse(
  hits: Int32Array,
  coarse: Float64Array,
  loose: Uint8Array,
  need: number,
  fine: (doc: number) => number,
  fineLoose: () => boolean,
  exact: (doc: number) => number,
): { docs: Int32Array; scores: Float64Array } {
  const n = hits.length;
  // Every coarse bound is the score: nothing to score, and the ranking picks the page.
  if (loose.indexOf(1) < 0) return { docs: hits, scores: coarse };
  const docs = new Int32Array(n);
  const scores = new Float64Array(n);
  let m = 0;
  // Few hits (the filters or the rules of a hit left few of many candidates): every one is scored.
  const first = n > 4 * need ? kthSmallest(coarse.slice(), n - need) : Number.NEGATIVE_INFINITY;
  const score = (i: number, doc: number, reached: number) => {
    if (!loose[i]) return coarse[i] as number;
    const bound = fine(doc);
    return bound < reached ? Number.NEGATIVE_INFINITY : fineLoose() ? exact(doc) : bound;
  };
  for (let i = 0; i < n; i++)
    if ((coarse[i] as number) >= first) {
      const doc = hits[i] as number;
      docs[m] = doc;
      scores[m++] = score(i, doc, Number.NEGATIVE_INFINITY);
    }
  if (m === n) return { docs, scores };
  const reached = kthSmallest(scores.slice(0, m), m - need);
  for (let i = 0; i < n; i++) {
    const c = coarse[i] as number;
    if (c >= first || c < reached) continue;
    const doc = hits[i] as number;
    const s = score(i, doc, reached);
    if (s < reached) continue;
    docs[m] = doc;
    scores[m++] = s;
  }
  if (m < n) pruning.pruned++;
  return { docs: docs.subarray(0, m), scores: scores.subarray(0, m) };
}
