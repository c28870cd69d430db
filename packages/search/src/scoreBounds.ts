// The hits that can reach the page, scored in full (ADR 079): a broad word hits tens of thousands of offers
// at 100,000; each is counted with a bound of its score (matchBound, matchKinds.ts), and only those whose
// bound can reach the page are scored (searchEngine.ts).
import { kthSmallestOf } from './ranking';

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
  const first = kthSmallestOf(bounds, n - need);
  for (let i = 0; i < n; i++)
    if ((bounds[i] as number) >= first) {
      docs[m] = hits[i] as number;
      scores[m++] = loose[i] ? exact(hits[i] as number) : (bounds[i] as number);
    }
  const reached = kthSmallestOf(scores.subarray(0, m), m - need);
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
 * The hits that are the first `need` of the ranking, scored in full, out of every hit and a coarse bound of
 * its score (coarseBounds.ts, ADR 080; `loose`: the coarse bound is not the score). The ranking is a total
 * order: score, then `tie(doc)` (lower first: ended courses, status, name; ranking.ts), so the page is the
 * first `need` hits by (score, tie) and no other hit needs a score (ADR 082). The best `need` found so far
 * are kept in a heap; a hit is scored only if its bound could still put it among them: above the heap's
 * last score, or equal to it with an earlier tie. A loose hit is bounded more closely first (`fine`, which is
 * the score unless `fineLoose()` says a stand-in was used, and then `exact`). The hits of the `need` highest
 * coarse bounds go first, so that the heap fills with good ones early; with many hits at one bound (a
 * catalogue of look-alike offers) only those whose tie comes early are scored.
 */
export function scoreCoarse(
  hits: Int32Array,
  coarse: Float64Array,
  loose: Uint8Array,
  need: number,
  fine: (doc: number) => number,
  fineLoose: () => boolean,
  exact: (doc: number) => number,
  tie: (doc: number) => number,
): { docs: Int32Array; scores: Float64Array } {
  const n = hits.length;
  // Every coarse bound is the score: nothing to score, and the ranking picks the page.
  if (loose.indexOf(1) < 0) return { docs: hits, scores: coarse };
  const top = new Best(Math.max(1, Math.min(need, n)));
  const first = n > 4 * need ? kthSmallestOf(coarse, n - need) : Number.NEGATIVE_INFINITY;
  const consider = (i: number) => {
    const c = coarse[i] as number;
    const doc = hits[i] as number;
    if (top.full() && c < top.lastScore()) return;
    const t = tie(doc);
    if (top.full() && c === top.lastScore() && t > top.lastTie()) return;
    let s = c;
    if (loose[i]) {
      const bound = fine(doc);
      if (top.full() && (bound < top.lastScore() || (bound === top.lastScore() && t > top.lastTie()))) return;
      s = fineLoose() ? exact(doc) : bound;
    }
    top.offer(doc, s, t);
  };
  for (let i = 0; i < n; i++) if ((coarse[i] as number) >= first) consider(i);
  for (let i = 0; i < n; i++) if ((coarse[i] as number) < first) consider(i);
  if (top.size < n) pruning.pruned++;
  return top.result();
}

/**
 * The best `capacity` hits by (score, tie) seen so far: a binary heap whose root is the last of them (the
 * lowest score, and of equal scores the latest tie).
 */
class Best {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private readonly ties: Float64Array;
  size = 0;
  constructor(private readonly capacity: number) {
    this.docs = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.ties = new Float64Array(capacity);
  }
  full(): boolean {
    return this.size === this.capacity;
  }
  lastScore(): number {
    return this.scores[0] as number;
  }
  lastTie(): number {
    return this.ties[0] as number;
  }
  /** Whether the entry at a comes after the one at b in the ranking. */
  private after(a: number, b: number): boolean {
    const sa = this.scores[a] as number;
    const sb = this.scores[b] as number;
    return sa < sb || (sa === sb && (this.ties[a] as number) > (this.ties[b] as number));
  }
  private swap(a: number, b: number): void {
    const d = this.docs[a] as number;
    const s = this.scores[a] as number;
    const t = this.ties[a] as number;
    this.docs[a] = this.docs[b] as number;
    this.scores[a] = this.scores[b] as number;
    this.ties[a] = this.ties[b] as number;
    this.docs[b] = d;
    this.scores[b] = s;
    this.ties[b] = t;
  }
  offer(doc: number, score: number, tie: number): void {
    if (this.full()) {
      const s0 = this.scores[0] as number;
      if (score < s0 || (score === s0 && tie > (this.ties[0] as number))) return;
      this.docs[0] = doc;
      this.scores[0] = score;
      this.ties[0] = tie;
      this.down(0);
      return;
    }
    let i = this.size++;
    this.docs[i] = doc;
    this.scores[i] = score;
    this.ties[i] = tie;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.after(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let last = i;
      if (l < this.size && this.after(l, last)) last = l;
      if (r < this.size && this.after(r, last)) last = r;
      if (last === i) return;
      this.swap(i, last);
      i = last;
    }
  }
  result(): { docs: Int32Array; scores: Float64Array } {
    return { docs: this.docs.slice(0, this.size), scores: this.scores.slice(0, this.size) };
  }
}

/** One instance kept, so that its hidden class stays alive between searches (see keptDocBuffer, ADR 089). */
export const keptBest = new Best(1);
