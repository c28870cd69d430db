// inOrder reads a table of marks four at a time where it is aligned (ADR 083): the documents must be those
// set, in document order, for sparse and dense tables, lengths that are not a multiple of four, views that
// start at an unaligned offset, and a count below the number set (the first ones).
import { inOrder } from '../src/preparedConcepts';

function naive(seen: Uint8Array, count: number): number[] {
  const out: number[] = [];
  for (let doc = 0; doc < seen.length && out.length < count; doc++) if (seen[doc]) out.push(doc);
  return out;
}

test('the marked documents in order, four marks at a time or one by one', () => {
  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let round = 0; round < 400; round++) {
    const n = 1 + Math.floor(random() * 300);
    const offset = Math.floor(random() * 4);
    const buffer = new Uint8Array(n + offset);
    const seen = buffer.subarray(offset);
    const density = [0.01, 0.1, 0.5, 1][round % 4]!;
    let set = 0;
    for (let doc = 0; doc < n; doc++)
      if (random() < density) {
        seen[doc] = 1;
        set++;
      }
    const count = round % 5 === 0 ? Math.floor(set / 2) : set;
    expect([round, Array.from(inOrder(seen, count))]).toEqual([round, naive(seen, count)]);
  }
});
