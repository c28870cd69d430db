// The typed list of documents a search fills (ADR 082): it keeps every push in order across its growth.
import { DocBuffer } from '../src/docBuffer';

test('a buffer keeps every document in the order pushed, across several doublings', () => {
  const b = new DocBuffer();
  expect(Array.from(b.view())).toEqual([]);
  expect(b.copy()).toHaveLength(0);
  const pushed = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 100_003);
  for (const doc of pushed) b.push(doc);
  expect(b.length).toBe(1000);
  expect(Array.from(b.view())).toEqual(pushed);
  const copy = b.copy();
  b.push(5);
  // The copy is the buffer's own; the view shows the later push.
  expect(Array.from(copy)).toEqual(pushed);
  expect(b.view()[1000]).toBe(5);
});

test('a released store is filled again by later buffers without losing what they push', () => {
  const lists = Array.from({ length: 40 }, (_, k) => Array.from({ length: 50 + k * 37 }, (_, i) => i * 3 + k));
  for (let round = 0; round < 3; round++)
    for (const list of lists) {
      const b = new DocBuffer();
      for (const doc of list) b.push(doc);
      const copy = b.copy();
      b.release();
      expect(b.length).toBe(0);
      expect(Array.from(copy)).toEqual(list);
    }
});
