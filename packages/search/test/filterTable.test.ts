// The filters' table (ADR 081) is filled as searches ask: a document a search did not read is worked out by
// the next one that does, so a table a narrower search began answers a broader search as a fresh index does.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueOffer } from './catalogueOffer';
import { catalogueIndex, indexedOffer, searchIndex, type SearchableOffer } from '../src';

const offers: SearchableOffer[] = Array.from({ length: 160 }, (_, i) => ({
  ...catalogueOffer(catalogue[i % catalogue.length]!, `offer-${String(i).padStart(4, '0')}`),
  name: i % 4 ? `Træning ${i}` : `Træning og kost ${i}`,
  languages: i % 3 ? ['da'] : ['da', 'en'],
  costKr: i % 5 ? 0 : 200,
}));
const build = () =>
  catalogueIndex(
    offers.map((o) => indexedOffer(o, [], null)),
    [],
  );
const answer = (index: ReturnType<typeof build>, text: string, offset = 0) => {
  const r = searchIndex(index, { text, language: 'en', freeOnly: true, limit: 5, offset }, { municipalityId: null });
  return { total: r.total, hits: r.hits.map((h) => [h.offer.id, h.score]) };
};

test('a filters table begun by a narrower search answers a broader one as a fresh index', () => {
  const index = build();
  // The narrower search reads only the "kost" offers' filters; the broader reads every offer's.
  expect(answer(index, 'træning kost').total).toBeGreaterThan(0);
  for (const offset of [0, 5, 10]) expect(answer(index, 'træning', offset)).toEqual(answer(build(), 'træning', offset));
  // Asked again, everything read from the table.
  expect(answer(index, 'træning')).toEqual(answer(build(), 'træning'));
  const expected = offers.filter((o) => o.languages.includes('en') && o.costKr === 0).length;
  expect(answer(index, 'træning').total).toBe(expected);
});
