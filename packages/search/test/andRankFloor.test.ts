// An AND query's rank bound (ADR 083): a document holding fewer than two of the query's items has no pair of
// positions, so its rank is ts_rank's floor, known without working it out; any other document is bounded by 1.
// The bound must hold against the rank worked out in full on a separate index, be that rank bit for bit where
// it says it is known, and follow an update in place that gives an offer the missing word.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueOffer } from './catalogueOffer';
import {
  buildTsQuery,
  catalogueIndex,
  fold,
  indexedOffer,
  matchingEntries,
  rankItems,
  ranksAsOr,
  RANK_FLOOR,
  tsRankSorted,
  updateIndex,
  type ScopeIndex,
  type SearchableOffer,
} from '../src';
import { IndexedQuery } from '../src/indexedQuery';

const offers: SearchableOffer[] = catalogue.map((o, i) =>
  catalogueOffer(o, `offer-${String(i).padStart(4, '0')}`, { municipalityId: 'm-a' }),
);
const build = (list: readonly SearchableOffer[]) =>
  catalogueIndex(
    list.map((o) => indexedOffer(o, [], null)),
    [],
  );

// Phrases whose full-text query is one AND of several items, some of them prefixes.
const phrases = ['nyt knæ', 'kaster op efter maden', 'blodprop i hjertet', 'ondt i ryggen', 'træning for ældre'].map(
  fold,
);

function reference(index: ScopeIndex, phrase: string): number[] {
  const q = buildTsQuery([phrase])!;
  const items = rankItems(q);
  return index.offers.map(({ entries }) => tsRankSorted(q, items, entries, (i) => matchingEntries(entries, items[i]!)));
}

function expectBounds(index: ScopeIndex, full: ScopeIndex): { floors: number; bounded: number } {
  let floors = 0;
  let bounded = 0;
  for (const phrase of phrases) {
    const query = buildTsQuery([phrase])!;
    expect(ranksAsOr(query, rankItems(query))).toBe(false);
    const q = new IndexedQuery(query, index);
    const ranks = reference(full, phrase);
    for (let doc = 0; doc < index.offers.length; doc++) {
      const bound = q.rankBound(doc);
      const rank = ranks[doc]!;
      if (!(bound >= rank)) throw new Error(`"${phrase}" doc ${doc}: bound ${bound} < rank ${rank}`);
      if (q.ranked(doc)) {
        expect([phrase, doc, bound]).toEqual([phrase, doc, rank]);
        if (bound === RANK_FLOOR) floors++;
      } else {
        expect(bound).toBe(1);
        bounded++;
      }
      // The rank worked out afterwards is the reference's, whatever the bound wrote down.
      expect([phrase, doc, q.rank(doc)]).toEqual([phrase, doc, rank]);
    }
  }
  return { floors, bounded };
}

test("an AND query's bound is the floor where fewer than two items are held, the rank's bound elsewhere", () => {
  const { floors, bounded } = expectBounds(build(offers), build(offers));
  // Most offers hold at most one word of a phrase: their rank is known without being worked out.
  expect(floors).toBeGreaterThan(bounded * 4);
  expect(bounded).toBeGreaterThan(0);
});

test('after updates in place that give offers the missing words, and a new offer, the bound follows them', () => {
  const index = build(offers);
  expectBounds(index, build(offers));
  // Offers holding at most one word of a phrase now hold all of them (the tables keep their size) …
  const edited: SearchableOffer[] = offers
    .slice(0, 12)
    .map((o, i) => ({ ...o, description: `${o.description} ${phrases[i % phrases.length]}.` }));
  const label = (v: bigint) => ({ offersVersion: v, synonymsVersion: 0n, stamps: new Map<string, string>() });
  updateIndex(
    index,
    edited.map((o) => indexedOffer(o, [], null)),
    [],
    label(1n),
  );
  const now = offers.map((o) => edited.find((e) => e.id === o.id) ?? o);
  expectBounds(index, build(now));
  // … and a new offer holds two words of one (the tables grow).
  const added = { ...offers[20]!, id: 'offer-new', name: 'Nyt knæ', description: 'Kaster op efter maden.' };
  updateIndex(index, [indexedOffer(added, [], null)], [], label(2n));
  expectBounds(index, build([...now, added]));
});
