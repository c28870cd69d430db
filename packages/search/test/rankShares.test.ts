// ts_rank from the postings (ADR 074): each posting's share of the OR rank, kept per lexeme, summed over a
// query's items for every document at once. It must give exactly the rank tsRankSorted gives one
// document at a time, with the shares built with the index or per lexeme on need, and after an update in
// place (an edited offer's positions and weights, a new offer) as on an index built afresh.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueOffer } from './catalogueOffer';
import {
  buildTsQuery,
  catalogueIndex,
  indexedOffer,
  matchingEntries,
  rankItems,
  searchIndex,
  tsRankSorted,
  updateIndex,
  warmIndex,
  type ScopeIndex,
  type SearchableOffer,
} from '../src';
import { fillRanks } from '../src/expansions';

const offers: SearchableOffer[] = catalogue.map((o, i) =>
  catalogueOffer(o, `offer-${String(i).padStart(4, '0')}`, { municipalityId: i % 3 === 0 ? 'm-a' : 'm-b' }),
);
const build = (list: readonly SearchableOffer[]) =>
  catalogueIndex(
    list.map((o) => indexedOffer(o, [], null)),
    [],
  );

// OR queries: prefixes, a prefix inside another ("træn", "træning"), exact short words, a word no offer holds.
const queries = [
  ['træning', 'træn', 'motion', 'bevægelse'],
  ['hjerte', 'kol', 'diabetes', 'zz'],
  ['ryge', 'rygning', 'smøger'],
  ['ensom', 'alene', 'venner', 'fællesskab', 'sorg'],
];

function expectRanksOfReference(index: ScopeIndex) {
  for (const terms of queries) {
    const q = buildTsQuery(terms)!;
    const items = rankItems(q);
    const n = index.offers.length;
    const table = { ranks: new Float32Array(n), known: new Uint8Array(n) };
    fillRanks(index, items, table);
    index.offers.forEach(({ entries }, doc) => {
      const reference = tsRankSorted(q, items, entries, (i) => matchingEntries(entries, items[i]!));
      expect([doc, table.ranks[doc]]).toEqual([doc, reference]);
    });
  }
}

test('ranks from the postings equal tsRankSorted on every document, shares built with the index or on need', () => {
  expectRanksOfReference(build(offers));
  const warm = build(offers);
  warmIndex(warm);
  expectRanksOfReference(warm);
});

test('after an update in place the shares follow the edited offers (positions, weights, new lexemes)', () => {
  const index = build(offers);
  warmIndex(index);
  const searches = ['træning', 'hjerte motion', 'ensomhed', 'rygestop', 'kol'];
  const answers = (ix: ScopeIndex) =>
    searches.map((text) => {
      const r = searchIndex(ix, { text }, { municipalityId: null });
      return { total: r.total, hits: r.hits.map((h) => [h.offer.id, h.score, h.reasons]) };
    });
  answers(index);
  // Offers that hold a query's word already get it again with another weight (in the name, in the short
  // description), so their share changes while their lexemes stay; one gets new words; a new offer joins.
  const holding = (lexeme: string) =>
    offers.find((o) => {
      const entry = indexedOffer(o, [], null).entries.find((e) => e.lexeme === lexeme);
      return entry !== undefined && !entry.weights.includes(3);
    })!;
  const training = holding('traening');
  const heart = holding('hjert');
  const lonely = offers.find((o) => o !== training && o !== heart)!;
  const edited: SearchableOffer[] = [
    { ...training, name: `Træning og motion: ${training.name}`, description: `${training.description} Træning.` },
    { ...heart, shortDescription: `Hjerte og diabetes. ${heart.shortDescription}` },
    { ...lonely, shortDescription: `Rygning, ensomhed og sorg. ${lonely.shortDescription}` },
    { ...offers[3]!, id: 'offer-new', name: 'Havearbejde for alle' },
  ];
  updateIndex(
    index,
    edited.map((o) => indexedOffer(o, [], null)),
    [],
    { offersVersion: 1n, synonymsVersion: 0n, stamps: new Map() },
  );
  const fresh = build([...offers.map((o) => edited.find((e) => e.id === o.id) ?? o), edited[3]!]);
  expectRanksOfReference(index);
  expect(answers(index)).toEqual(answers(fresh));
});
