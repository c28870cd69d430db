// scoreCoarse (ADR 080): every hit whose score reaches the page's last score is kept, ties included, and every
// kept score is the exact one, whatever the coarse and closer bounds say above it.
import { scoreCoarse } from '../src/scoreBounds';

test('the hits kept by coarse bounds hold every hit that reaches the page, each with its exact score', () => {
  let seed = 3;
  let pruned = 0;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < 3000; round++) {
    const n = Math.floor(random() * 300);
    const need = 1 + Math.floor(random() * 15);
    const hits = Int32Array.from({ length: n }, (_, i) => i);
    const exact = Array.from({ length: n }, () => Math.floor(random() * 6));
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
    );
    // Kept scores are exact.
    for (let i = 0; i < r.docs.length; i++) expect(r.scores[i]).toBe(exact[r.docs[i]!]);
    const sorted = [...exact].sort((a, b) => b - a);
    const kth = sorted[Math.min(need, n) - 1];
    if (n === 0) continue;
    if (r.docs.length < n) pruned++;
    const kept = new Set(r.docs);
    for (let d = 0; d < n; d++) if (exact[d]! >= kth!) expect(kept.has(d)).toBe(true);
  }
  // The pruning is at work: many rounds leave hits unscored.
  expect(pruned).toBeGreaterThan(300);
});
