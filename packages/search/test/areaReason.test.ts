// The area filter matches folded words ("ishoej"), but the reason shown with a hit names the area as the worker
// typed it: "område: Ishøj", never the folded form.
import { catalogueIndex, indexedOffer, searchIndex } from '../src';
import { blankOffer } from './blankOffer';

const index = catalogueIndex(
  [
    indexedOffer({ ...blankOffer, id: 'o-1', name: 'Rygestop' }, [{ postalCode: '2635', city: 'Ishøj' }], null),
    indexedOffer(
      { ...blankOffer, id: 'o-2', name: 'Rygestop for unge' },
      [{ postalCode: '2650', city: 'Hvidovre' }],
      null,
    ),
  ],
  [],
);

test('the area reason names the area as typed, and the filter still matches its folded words', () => {
  const r = searchIndex(index, { text: 'rygestop', area: ' Ishøj ', limit: 10 }, { municipalityId: null });
  expect(r.hits.map((h) => h.offer.id)).toEqual(['o-1']);
  expect(r.hits[0]!.reasons).toContain('område: Ishøj');
  expect(r.hits[0]!.reasons.join(' ')).not.toContain('ishoej');
});
