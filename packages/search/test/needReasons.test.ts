// The "behov" reason names a need with the words the worker sees in the "Behov" filter (needFilters.ts):
// the filter's value ("kronisk-sygdom") is no label, and a code the filter list covers is named by its need.
import { catalogueIndex, indexedOffer, searchIndex } from '../src';
import { blankOffer } from './blankOffer';

const chronic = 'e71b7d85-5c78-49c2-8624-8499d162317b';
const index = catalogueIndex(
  [
    indexedOffer(
      { ...blankOffer, id: 'o-1', name: 'Hverdag med KOL', needCategories: [chronic] },
      [{ postalCode: '2635', city: 'Ishøj' }],
      null,
    ),
  ],
  [],
);
const search = (input: Parameters<typeof searchIndex>[1]) => searchIndex(index, input, { municipalityId: null });

test('with the Behov filter set, the reason names the filter as the list does, never its value', () => {
  const r = search({ text: '', needCategory: 'kronisk-sygdom', limit: 10 });
  expect(r.hits.map((h) => h.offer.id)).toEqual(['o-1']);
  expect(r.hits[0]!.reasons).toContain('behov: Livet med kronisk sygdom');
  expect(r.hits[0]!.reasons.join(' ')).not.toContain('kronisk-sygdom');
});

test('an old bookmark with a category code as the filter still names that code by its need', () => {
  const r = search({ text: '', needCategory: chronic, limit: 10 });
  expect(r.hits[0]!.reasons).toContain('behov: Livet med kronisk sygdom');
});

test('a concept found through a need category names the need as the filter list does', () => {
  // "kronikere" is a term of the vocabulary's "kronisk sygdom", whose need is Sygdomshåndtering.
  const r = search({ text: 'kronikere', limit: 10 });
  expect(r.hits.map((h) => h.offer.id)).toEqual(['o-1']);
  expect(r.hits[0]!.reasons).toContain('behov: Livet med kronisk sygdom');
  expect(r.hits[0]!.reasons.join(' ')).not.toContain('behov: Sygdomshåndtering');
});

test("a word found in a category's label: the need as the filter names it, the category beside it", () => {
  const r = search({ text: 'sygdomshåndtering', limit: 10 });
  expect(r.hits[0]!.reasons).toEqual(['behov: Livet med kronisk sygdom (Sygdomshåndtering)']);
});

test('a code no need of the filter list covers keeps its category label', () => {
  const talk = '03a3ebdb-9e2d-4be1-b32b-42f0bd2a3362';
  const other = catalogueIndex(
    [indexedOffer({ ...blankOffer, id: 'o-2', name: 'Samtaleforløb', needCategories: [talk] }, [], null)],
    [],
  );
  const r = searchIndex(other, { text: '', needCategory: talk, limit: 10 }, { municipalityId: null });
  expect(r.hits[0]!.reasons).toContain('behov: Afsluttende samtale');
});
