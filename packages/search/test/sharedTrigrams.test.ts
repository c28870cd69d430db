// The trigram table shares its parts (ADR 081): offers with the same terms share one numbering of their
// trigrams, and each trigram is one string. The table and every offer's trigrams are those worked out per
// offer, also after an update that changes one of two offers sharing their terms.
import { catalogueIndex, indexedOffer, updateIndex } from '../src';
import { blankOffer } from './blankOffer';
import { offerAt, trigramCandidates, trigramDocs } from '../src/searchIndex';
import { numberTrigrams, trigramSequence } from '../src/textMatch';

const names = ['Stresskursus for voksne', 'Svømning for seniorer', 'Rygestop online', 'Stresskursus for voksne'];
const offers = Array.from({ length: 40 }, (_, i) => ({
  ...blankOffer,
  id: `o-${String(i).padStart(2, '0')}`,
  name: names[i % names.length]!,
  targetGroups: i % 2 ? ['voksne'] : ['seniorer'],
}));
const doc = (o: (typeof offers)[number]) => indexedOffer(o, [], null);

/** The table as worked out per offer, nothing shared: per trigram, the documents in order. */
function perOffer(index: ReturnType<typeof catalogueIndex>) {
  const table = new Map<string, number[]>();
  index.offers.forEach((o, d) => {
    for (const t of numberTrigrams(trigramSequence(o.searchTerms)).distinct) table.set(t, [...(table.get(t) ?? []), d]);
  });
  return table;
}

test('offers with the same terms share their numbered trigrams, and the table is the one per offer', () => {
  const index = catalogueIndex(offers.map(doc), []);
  const table = trigramDocs(index);
  expect(table).toEqual(perOffer(index));
  const same = index.offers.filter((o) => o.searchTerms === offerAt(index, 0).searchTerms);
  expect(same.length).toBeGreaterThan(1);
  for (const o of same) expect(o.termTrigrams).toBe(offerAt(index, 0).termTrigrams);
  index.offers.forEach((o) => {
    const { distinct, index: positions, ids } = o.termTrigrams!;
    expect({ distinct, index: positions }).toEqual(numberTrigrams(trigramSequence(o.searchTerms)));
    // Numbered in the index's numbering (ADR 089), one number per distinct trigram.
    expect(ids?.space).toBe(index.trigramIds);
    expect(ids?.of).toEqual(distinct.map((t) => index.trigramIds!.get(t)));
  });
  expect(new Set(index.trigramIds!.values()).size).toBe(index.trigramIds!.size);
});

test('an update of one of two offers sharing their terms leaves the other its trigrams', () => {
  const index = catalogueIndex(offers.map(doc), []);
  trigramDocs(index);
  const first = offerAt(index, 0);
  const twin = index.offers.find((o, d) => d > 0 && o.searchTerms === first.searchTerms)!;
  const before = twin.termTrigrams;
  const updated = updateIndex(index, [doc({ ...first.offer, name: 'Hjertemotion' })], [], {
    offersVersion: 1n,
    synonymsVersion: 0n,
    stamps: new Map(),
  });
  expect(twin.termTrigrams).toBe(before);
  const { distinct, index: positions } = twin.termTrigrams!;
  expect({ distinct, index: positions }).toEqual(numberTrigrams(trigramSequence(twin.searchTerms)));
  expect(trigramDocs(updated)).toEqual(perOffer(updated));
  const { docs } = trigramCandidates(updated, 'hjertemotion', 0.35);
  expect(Array.from(docs, (d) => offerAt(updated, d).offer.name)).toEqual(['Hjertemotion']);
});
