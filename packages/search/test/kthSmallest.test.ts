// The page threshold by selection (ADR 065): the value a sort puts at place k, for every k, on scores
// with many ties (a catalogue of look-alike offers) and on distinct ones.
import { kthSmallest } from '../src/searchEngine';

function check(values: number[]) {
  const sorted = Float64Array.from(values).sort();
  for (let k = 0; k < values.length; k++) expect(kthSmallest(Float64Array.from(values), k)).toBe(sorted[k]);
}

test('kthSmallest gives the sorted value at every place', () => {
  let seed = 65;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  check(Array.from({ length: 300 }, () => Math.round(next() * 1000) / 10));
  check(Array.from({ length: 257 }, () => [24.5, 24.5, 18, 3][Math.floor(next() * 4)] as number));
  check(Array.from({ length: 100 }, (_, i) => 100 - i));
  check([7]);
  check([2, 1]);
});
