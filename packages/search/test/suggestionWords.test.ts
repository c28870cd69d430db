// Did-you-mean is for misspellings: a word the catalogue holds, whose offers the filters left out, gets no
// other word of the offers' names ("træn" for "træning"); a misspelt word still gets its suggestion.
import { catalogueIndex, indexedOffer, searchIndex } from '../src';
import { blankOffer } from './blankOffer';

const index = catalogueIndex(
  [
    { ...blankOffer, id: 'o-1', name: 'Træning for seniorer' },
    { ...blankOffer, id: 'o-2', name: 'Træn dig stærk' },
    { ...blankOffer, id: 'o-3', name: 'Træningshold i varmtvandsbassin' },
  ].map((o) => indexedOffer(o, [], null)),
  [],
);
const inEnglish = (text: string) => searchIndex(index, { text, language: 'en', limit: 10 }, { municipalityId: null });

test('a word the catalogue holds gets no suggestion when the filters leave nothing', () => {
  const r = inEnglish('træning');
  expect(r.total).toBe(0);
  expect(r.suggestions).toEqual([]);
  expect(r.withoutFilters.map((h) => h.offer.id)).toContain('o-1');
});

test('a misspelt word still gets its suggestion', () => {
  const r = inEnglish('træninng');
  expect(r.total).toBe(0);
  expect(r.suggestions).toContain('træning');
});
