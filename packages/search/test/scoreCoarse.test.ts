// scoreCoarse (ADR 080, 082): the hits it keeps hold the first `need` of the ranking (score, then the tie
// order), each with its exact score, whatever the coarse and closer bounds say above it.
import { scoreCoarse } from '../src/scoreBounds';

function ranked(docs: ArrayLike<number>, score: (d: number) => number, tie: (d: number) => number, need: number) {
  return Array.from(docs)
    .sort((a, b) => score(b) - score(a) || tie(a) - tie(b))
    .slice(0, need);
}

test('the hits kept by coarse bounds hold the first of the ranking, each with its exact score', () => {
  let seed = 3;
  let pruned = 0;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < 3000; round++) {
    const n = Math.floor(random() * 300);
    const need = 1 + Math.floor(random() * 15);
    const hits = Int32Array.from({ length: n }, (_, i) => i);
    // Few distinct scores: many ties, which the tie order breaks (a permutation, as the ranking's).
    const exact = Array.from({ length: n }, () => Math.floor(random() * 6));
    const ties = Array.from({ length: n }, (_, i) => i).sort(() => random() - 0.5);
    const fineV = exact.map((s) => (random() < 0.5 ? s : s + Math.floor(random() * 3)));
    const fineL = fineV.map((f, i) => f !== exact[i] || random() < 0.2);
    const loose = Uint8Array.from({ length: n }, () => (random() < 0.7 ? 1 : 0));
    const coarse = Float64Array.from(exact, (s, i) =>
      loose[i] ? Math.max(fineV[i]!, s + Math.floor(random() * 4)) : s,
    );
    let lastLoose = false;
    const r = scoreCoarse(
      hits,
      coarse,
      loose,
      need,
      (d) => {
        lastLoose = fineL[d]!;
        return fineV[d]!;
      },
      () => lastLoose,
      (d) => exact[d]!,
      (d) => ties[d]!,
    );
    // Kept scores are exact.
    for (let i = 0; i < r.docs.length; i++) expect(r.scores[i]).toBe(exact[r.docs[i]!]);
    const score = (d: number) => exact[d]!;
    const tie = (d: number) => ties[d]!;
    expect(ranked(r.docs, score, tie, need)).toEqual(ranked(hits, score, tie, need));
    if (r.docs.length < n) pruned++;
  }
  // The pruning is at work: many rounds leave hits unscored.
  expect(pruned).toBeGreaterThan(300);
});

test('many hits at one bound: only those whose tie can still reach the page are scored', () => {
  const n = 2000;
  const hits = Int32Array.from({ length: n }, (_, i) => i);
  // Every hit has the same coarse bound, and the same exact score (a catalogue of look-alike offers).
  const coarse = new Float64Array(n).fill(12);
  const loose = new Uint8Array(n).fill(1);
  let scored = 0;
  const tie = (d: number) => (d * 7919) % n;
  const r = scoreCoarse(
    hits,
    coarse,
    loose,
    20,
    () => 10,
    () => true,
    () => {
      scored++;
      return 10;
    },
    tie,
  );
  expect(ranked(r.docs, () => 10, tie, 20)).toEqual(ranked(hits, () => 10, tie, 20));
  // The old way scored all 2,000; in a random tie order about need × ln(n / need) reach the heap.
  expect(scored).toBeLessThan(400);
});
