// Broad synonym groups and the quarter rule on the synonym editor's save (issue 11), through the real
// GraphQL server and PostgreSQL: a new group whose word alone finds more than a quarter of the active
// offers is refused in Danish naming the group and the figures, unless it is marked broad; a broad group
// only lifts (the search for a specific need finds the same offers with or without its word).
import { homeMunicipalityId } from '../../../test/searchFixtures';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let front: string;
let staff: string;
let municipalityId: string;
beforeAll(async () => {
  server = await startTestServer();
  front = await server.signIn(demoEmail('frontmedarbejder'));
  staff = await server.signIn(demoEmail('sundhedsstab'));
  municipalityId = await homeMunicipalityId(server.db);
});
afterAll(() => server.close());

const search = `query($i: OfferSearchInput!) { searchOffers(input: $i) { total hits { offer { id } } } }`;
const save = `mutation($v: Int!, $g: [[String!]!]!, $b: [Boolean!]) { updateSearchSynonyms(version: $v, groups: $g, broad: $b) }`;
const read = `{ searchSynonymGroups { terms broad } searchSynonyms searchSynonymsVersion }`;

type Read = {
  searchSynonymGroups: { terms: string[]; broad: boolean }[];
  searchSynonyms: string[][];
  searchSynonymsVersion: number;
};

async function current() {
  const res = await server.gql<Read>(read, {}, staff);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function ids(text: string) {
  const res = await server.gql<{ searchOffers: { total: number; hits: { offer: { id: string } }[] } }>(
    search,
    { i: { text, limit: 100 } },
    front,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.searchOffers.hits.map((h) => h.offer.id).sort();
}

test('a group too broad for the catalogue is refused unless marked broad; a broad group only lifts', async () => {
  const active = await server.db.offer.count({ where: { municipalityId, status: 'ACTIVE' } });
  let broadWord: string | undefined;
  for (const word of ['sundhed', 'kursus', 'tilbud', 'hold', 'forløb', 'motion', 'borgere']) {
    if ((await ids(word)).length * 4 > active) {
      broadWord = word;
      break;
    }
  }
  expect(broadWord).toBeDefined();
  const before = await current();
  const saved = before.searchSynonymGroups.map((g) => g.terms);
  const groups = [...saved, [broadWord!, 'skohorn']];

  const refused = await server.gql(save, { v: before.searchSynonymsVersion, g: groups }, staff);
  expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0]?.extensions?.fields).toEqual([
    {
      path: `groups.${saved.length}`,
      message: expect.stringMatching(
        new RegExp(
          `^Synonymgruppen "${broadWord}, skohorn" ville finde mindst \\d+ af kommunens ${active} aktive tilbud`,
        ),
      ),
    },
  ]);

  const badFlags = await server.gql(save, { v: before.searchSynonymsVersion, g: groups, b: [true] }, staff);
  expect(badFlags.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('broad');

  const specific = await ids('rygestop');
  expect(specific.length).toBeGreaterThan(0);
  const flags = groups.map((_, i) => i === saved.length);
  const done = await server.gql(save, { v: before.searchSynonymsVersion, g: groups, b: flags }, staff);
  expect(done.errors).toBeUndefined();

  const after = await current();
  expect(after.searchSynonymGroups.find((g) => g.terms.includes('skohorn'))?.broad).toBe(true);
  expect(after.searchSynonyms.some((g) => g.includes('skohorn'))).toBe(false); // not expanded as a synonym
  // Only lifts: a specific search with the broad group's word finds the same offers as without it.
  expect(await ids('rygestop skohorn')).toEqual(specific);
  // Saving the same groups again checks nothing anew, and a broad mark can be taken off only if it fits.
  const again = await server.gql(save, { v: after.searchSynonymsVersion, g: groups }, staff);
  expect(again.errors?.[0]?.extensions?.fields?.[0]?.path).toBe(`groups.${saved.length}`);
});
