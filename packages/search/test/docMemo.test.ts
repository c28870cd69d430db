// The memo of best matches (ADR 082): every document added is found with its score and kind, across growth,
// and a document never added is not found.
import { DocMemo } from '../src/docMemo';

test('the memo finds what was added, with its score and kind, and nothing else', () => {
  const memo = new DocMemo();
  expect(memo.find(0)).toBe(-1);
  const added = new Map<number, [number, number]>();
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  while (added.size < 5000) {
    const doc = Math.floor(random() * 100_015);
    if (added.has(doc)) continue;
    const entry: [number, number] = [random() * 40 - 1, Math.floor(random() * 1024)];
    memo.add(doc, ...entry);
    added.set(doc, entry);
  }
  expect(memo.size).toBe(5000);
  for (const [doc, [score, kind]] of added) {
    const slot = memo.find(doc);
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(memo.score(slot)).toBe(score);
    expect(memo.kind(slot)).toBe(kind);
  }
  for (let doc = 0; doc < 100_015; doc += 7) if (!added.has(doc)) expect(memo.find(doc)).toBe(-1);
  // At most half full: the table's bytes grow with what it holds.
  expect(memo.bytes()).toBeLessThanOrEqual(4 * 5000 * 14);
});
