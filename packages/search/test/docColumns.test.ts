// The engine's per-index tables of ADR 071: the columns the filters and the tie order read (status,
// municipality, ages, free, ended courses), the rank 0 given at once to documents holding none of a
// query's items, and the tables of marks lent and given back. Each must answer exactly as reading the
// offers does: an index that has searched before, and has been updated in place since, answers as one
// built afresh from the same offers.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueOffer } from './catalogueOffer';
import { catalogueIndex, indexedOffer, searchIndex, updateIndex, type SearchableOffer } from '../src';
import { giveMarks, takeMarks } from '../src/expansions';
import { buildTsQuery, rankItems, tsRank, tsRankSorted, matchingEntries } from '../src';

const offers: SearchableOffer[] = catalogue.map((o, i) =>
  catalogueOffer(o, `offer-${String(i).padStart(4, '0')}`, {
    status: i % 7 === 0 ? 'INACTIVE' : i % 11 === 0 ? 'TEMPORARILY_CLOSED' : 'ACTIVE',
    municipalityId: i % 3 === 0 ? 'm-a' : 'm-b',
  }),
);
// Every fifth offer's courses have all ended long ago: the tie order puts it after running ones.
const doc = (o: SearchableOffer, i = offers.indexOf(o)) => indexedOffer(o, [], i % 5 === 0 ? '2020-01-01' : null);
const label = { offersVersion: 2n, synonymsVersion: 0n, stamps: new Map<string, string>() };

const searches = ['', 'træning', 'motion hjerte', 'ensomhed', 'rygestop', 'gåtur for ældre'].flatMap((text) =>
  [
    { text },
    { text, freeOnly: true },
    { text, age: 70 },
    { text: `${text} er 72` },
    { text, statuses: ['ACTIVE' as const, 'INACTIVE' as const, 'TEMPORARILY_CLOSED' as const] },
    { text, limit: 5, offset: 4 },
  ].flatMap((input) => [null, 'm-a', 'm-x'].map((municipalityId) => ({ input, municipalityId }))),
);

const answers = (index: ReturnType<typeof catalogueIndex>) =>
  searches.map((s) => {
    const r = searchIndex(index, s.input, { municipalityId: s.municipalityId });
    return { total: r.total, hits: r.hits.map((h) => [h.offer.id, h.score, h.reasons]) };
  });

test('filters and tie order read from columns answer as a fresh index, also after updates in place', () => {
  const index = catalogueIndex(
    offers.map((o) => doc(o)),
    [],
  );
  expect(answers(index)).toEqual(
    answers(
      catalogueIndex(
        offers.map((o) => doc(o)),
        [],
      ),
    ),
  );
  // Edits that move an offer across every column: status, municipality, ages, price; and a new offer.
  const active = offers.filter((o) => o.status === 'ACTIVE');
  const edited: SearchableOffer[] = [
    { ...active[0]!, status: 'INACTIVE' },
    { ...active[1]!, municipalityId: active[1]!.municipalityId === 'm-a' ? 'm-b' : 'm-a' },
    { ...active[2]!, minAge: 80, maxAge: 90, costKr: 0 },
    { ...offers.find((o) => o.status === 'INACTIVE')!, status: 'ACTIVE', costKr: 250 },
    { ...active[3]!, id: 'offer-new', name: 'Træning for hjertet', municipalityId: 'm-a' },
  ];
  const updated = offers.map((o) => edited.find((e) => e.id === o.id) ?? o);
  const all = [...updated, edited[4]!];
  updateIndex(
    index,
    edited.map((o) => doc(o, o.id === 'offer-new' ? 0 : offers.findIndex((x) => x.id === o.id))),
    [],
    label,
  );
  expect(answers(index)).toEqual(
    answers(
      catalogueIndex(
        all.map((o) => doc(o, o.id === 'offer-new' ? 0 : offers.findIndex((x) => x.id === o.id))),
        [],
      ),
    ),
  );
});

test('ts_rank carried across sorted items equals the reference rank on every document', () => {
  const index = catalogueIndex(
    offers.map((o) => doc(o)),
    [],
  );
  const queries = [
    ['træning', 'motion', 'bevægelse'],
    ['hjerte', 'kol', 'diabetes', 'zz'],
    ['ryge stop', 'rygning'],
  ];
  for (const terms of queries) {
    const q = buildTsQuery(terms)!;
    const items = rankItems(q);
    for (const { entries } of index.offers) {
      const entriesFor = (i: number) => matchingEntries(entries, items[i]!);
      expect(tsRankSorted(q, items, entries, entriesFor)).toBe(tsRank(q, items, entriesFor));
    }
  }
});

test('a table of marks comes back cleared, and one lent out is not lent again', () => {
  const index = catalogueIndex(
    offers.map((o) => doc(o)),
    [],
  );
  const first = takeMarks(index);
  const second = takeMarks(index);
  expect(second).not.toBe(first);
  first[3] = 1;
  first[7] = 1;
  giveMarks(index, first, [3, 7]);
  const again = takeMarks(index);
  expect(again).toBe(first);
  expect(again.every((m) => m === 0)).toBe(true);
});
