// An index has all its fields from the start, in one order, whatever label it was given (ADR 092): the fields
// built later (the trigram table and what comes with it) are there as undefined until then. V8 then gives every
// index one hidden class, and the engine's code optimized for one index is not thrown away on the first search
// of the next, as it was when each index was an object spread from its label.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueIndex, indexDocuments, indexedOffer, trigramDocs } from '../src';
import { catalogueOffer } from './catalogueOffer';

const documents = () =>
  catalogue
    .slice(0, 50)
    .map((o, i) => indexedOffer(catalogueOffer(o, `offer-${String(i).padStart(4, '0')}`), [], null));

test('every index has the same fields in the same order, before and after its trigram table is built', () => {
  const a = catalogueIndex(documents(), []);
  // A label with more fields, in another order, as a caller may pass one.
  const label = { stamps: new Map<string, string>(), note: 'x', synonymsVersion: 3n, offersVersion: 7n };
  const b = indexDocuments(documents(), [], label);
  const keys = Object.keys(a);
  expect(Object.keys(b)).toEqual(keys);
  expect(keys).toEqual(expect.arrayContaining(['trigramDocs', 'termTexts', 'trigramIds', 'textTrigrams']));
  expect(b.trigramDocs).toBeUndefined();
  trigramDocs(b);
  expect(Object.keys(b)).toEqual(keys);
  expect([b.offersVersion, b.synonymsVersion, b.stamps]).toEqual([7n, 3n, label.stamps]);
});
