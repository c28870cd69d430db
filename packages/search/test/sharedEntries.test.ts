// Lexeme entries share their arrays and strings (ADR 080): the same numbers, fewer objects for the collector.
import { searchDocument } from '../src/document';
import { sharedEntries, sharedEntry } from '../src/sharedEntries';

test('entries with the same positions, weights or lexeme share them, and read the same as before', () => {
  const a = sharedEntry('træning', [3], [2]);
  const b = sharedEntry(['træ', 'ning'].join(''), [3], [2]);
  expect(b).toEqual({ lexeme: 'træning', positions: [3], weights: [2] });
  expect(b.positions).toBe(a.positions);
  expect(b.weights).toBe(a.weights);
  const pair = sharedEntry('kol', [1, 7], [3, 1]);
  expect(sharedEntry('hold', [1, 7], [3, 1]).positions).toBe(pair.positions);
  // Different lists are never merged: a weight list is keyed by its length too.
  expect(sharedEntry('x', [3, 4], [2, 0]).weights).not.toBe(sharedEntry('y', [3], [2]).weights);
  expect(sharedEntry('x', [3, 4], [2, 0]).weights).toEqual([2, 0]);
  // What a tsvector cannot hold is kept as given.
  const odd = [20_000];
  expect(sharedEntry('z', odd, [9]).positions).toBe(odd);
});

test('two documents with the same texts share their entries parts; sharing again changes nothing', () => {
  const source = {
    name: 'Rygestop på hold',
    shortDescription: 'Hjælp til at stoppe med at ryge',
    description: 'Et forløb over seks uger.',
    eligibility: null,
    targetGroups: ['rygere'],
    needCategories: [],
  };
  const one = searchDocument(source).entries;
  const two = searchDocument({ ...source }).entries;
  expect(two).toEqual(one);
  for (const [i, e] of two.entries()) {
    expect(e.positions).toBe(one[i]?.positions);
    expect(e.weights).toBe(one[i]?.weights);
  }
  const again = sharedEntries(two);
  expect(again).toEqual(two);
  for (const [i, e] of again.entries()) expect(e.positions).toBe(two[i]?.positions);
});
