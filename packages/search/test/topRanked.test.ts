// The page of the ranking (ADR 060): the engine keeps only each hit's document and score, keeps a short
// page in order as the hits pass and sorts a long one. A catalogue of look-alike offers makes hundreds
// of hits tie at the top score: every page must be the same slice of one ranking, ties broken by name,
// and the total must count every hit.
import { catalogueIndex, indexedOffer, searchIndex, type SearchableOffer } from '../src';

const base: SearchableOffer = {
  id: '',
  name: '',
  shortDescription: 'Rygestop i grupper med en rygestopinstruktør.',
  description: 'Vi hjælper dig med at stoppe med at ryge. Rygestop giver bedre helbred.',
  eligibility: null,
  status: 'ACTIVE',
  needCategories: [],
  targetGroups: ['Voksne'],
  minAge: null,
  maxAge: null,
  costKr: 0,
  languages: ['da'],
  formats: [],
};
// 260 look-alikes (the same text, names in an order unlike their ids), 40 that mention the word once, 20 without it.
const offers: SearchableOffer[] = [
  ...Array.from({ length: 260 }, (_, i) => ({
    ...base,
    id: `a-${String(i).padStart(4, '0')}`,
    name: `Rygestop hold ${String((i * 37) % 260).padStart(3, '0')}`,
  })),
  ...Array.from({ length: 40 }, (_, i) => ({
    ...base,
    id: `b-${String(i).padStart(4, '0')}`,
    name: `Sundhedssamtale ${i}`,
    shortDescription: 'En samtale om din sundhed.',
    description: `Vi taler også om rygestop, hvis du vil (${i}).`,
  })),
  ...Array.from({ length: 20 }, (_, i) => ({
    ...base,
    id: `c-${String(i).padStart(4, '0')}`,
    name: `Gåtur ${i}`,
    shortDescription: 'Vi går en tur.',
    description: 'Frisk luft og godt selskab.',
  })),
];
const index = catalogueIndex(
  offers.map((o) => indexedOffer(o, [], null)),
  [],
);
const page = (offset: number, limit: number) =>
  searchIndex(index, { text: 'rygestop', offset, limit }, { municipalityId: null, suggest: false });

test('pages of the ranking are slices of one ranking, ties broken by name, and the total counts every hit', () => {
  const first = page(0, 100);
  expect(first.total).toBe(300);
  // Among equal scores, names in order (the database's C collation: code points).
  for (let i = 1; i < first.hits.length; i++) {
    const [a, b] = [first.hits[i - 1]!, first.hits[i]!];
    expect(a.score).toBeGreaterThanOrEqual(b.score);
    if (a.score === b.score) expect(a.offer.name < b.offer.name).toBe(true);
  }
  // The look-alikes first, all at one score; the offers that only mention the word after them.
  expect(new Set(first.hits.map((h) => h.score)).size).toBe(1);
  expect(first.hits.every((h) => h.offer.id.startsWith('a-'))).toBe(true);

  // Short pages (kept in order as hits pass) and one long page (offset 150 + 100 rows: sorted) agree.
  const long = page(150, 100);
  expect(long.total).toBe(300);
  const short: string[] = [];
  for (let offset = 150; offset < 250; offset += 7)
    short.push(...page(offset, Math.min(7, 250 - offset)).hits.map((h) => h.offer.id));
  expect(short).toEqual(long.hits.map((h) => h.offer.id));
  expect(
    page(0, 100)
      .hits.map((h) => h.offer.id)
      .concat(page(100, 50).hits.map((h) => h.offer.id)),
  ).toEqual(
    page(0, 100)
      .hits.map((h) => h.offer.id)
      .concat(
        page(100, 100)
          .hits.slice(0, 50)
          .map((h) => h.offer.id),
      ),
  );
  // Past the look-alikes: the offers that mention the word, then nothing beyond the last hit.
  expect(page(260, 40).hits.every((h) => h.offer.id.startsWith('b-'))).toBe(true);
  expect(page(300, 20).hits).toHaveLength(0);
});

test('without a text, every offer is counted and the pages are slices of the order by name', () => {
  const all = (offset: number, limit: number) =>
    searchIndex(index, { text: '', offset, limit }, { municipalityId: null, suggest: false });
  const long = all(0, 100);
  expect(long.total).toBe(320);
  const names = long.hits.map((h) => h.offer.name);
  expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  const pages = [0, 30, 60, 90].flatMap((offset) => all(offset, Math.min(30, 100 - offset)).hits);
  expect(pages.map((h) => h.offer.id)).toEqual(long.hits.map((h) => h.offer.id));
  expect(all(310, 20).hits).toHaveLength(10);
  expect(all(310, 20).total).toBe(320);
});
