// Learning from searches that find nothing (issue 11, ADR 041), through the real GraphQL server and
// PostgreSQL: only lexicon/vocabulary words are counted (never a name, an address or a number), no user or
// session, per municipality and day; shown from three sightings; 90 days' retention; one click adds a synonym.
import { setClock } from '@sundhed/shared';
import { homeMunicipalityId } from '../../../test/searchFixtures';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';
import { missTerms } from './searchMisses';

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
afterEach(() => setClock(null));

const search = `query($i: OfferSearchInput!) { searchOffers(input: $i) { total } }`;
const misses = `query { searchMisses { term count lastSeenAt } }`;

async function find(text: string, extra: Record<string, unknown> = {}, cookie = front) {
  const res = await server.gql<{ searchOffers: { total: number } }>(search, { i: { text, ...extra } }, cookie);
  expect(res.errors).toBeUndefined();
  return res.data!.searchOffers.total;
}

async function listed(cookie = staff) {
  const res = await server.gql<{ searchMisses: { term: string; count: number; lastSeenAt: string }[] }>(
    misses,
    {},
    cookie,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.searchMisses;
}

async function rows() {
  return server.db.$queryRaw<{ municipalityId: string; term: string; day: Date; count: number }[]>`
    SELECT "municipalityId", "term", "day", "count" FROM "SearchMiss" ORDER BY "term", "day"`;
}

test('names, surnames, places, numbers and addresses are never kept; lexicon and vocabulary words are', () => {
  expect(missTerms('Jens Hansen 22334455 Vejleåparken 12, 2635 Ishøj paraply', null)).toEqual(['paraply']);
  expect(missTerms('mette nielsen pedersen møller kirsten lars bent per', null)).toEqual([]);
  expect(missTerms('knogleskør og ludoafhængig', null)).toEqual(['knogleskoer', 'ludoafhaengig']);
  expect(missTerms('cpr 010203-1234 tlf 40404040 mail a@b.dk', null)).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/\d/)]),
  );
});

test('a search that finds nothing stores only its kept words, with no user, session or text', async () => {
  expect(await find('Jens Hansen 22334455 Vejleåparken 12 paraply')).toBe(0);
  const stored = await rows();
  expect(stored.map((r) => [r.municipalityId, r.term, r.count])).toEqual([[municipalityId, 'paraply', 1]]);
  const columns = await server.db.$queryRaw<{ column_name: string }[]>`
    SELECT column_name FROM information_schema.columns WHERE table_name = 'SearchMiss' ORDER BY 1`;
  expect(columns.map((c) => c.column_name)).toEqual([
    'count',
    'day',
    'lastSeenAt',
    'municipalityId',
    'notOpened',
    'term',
  ]);
  const dump = JSON.stringify(await server.db.$queryRaw`SELECT * FROM "SearchMiss"`);
  for (const secret of ['jens', 'hansen', '22334455', 'vejle']) expect(dump.toLowerCase()).not.toContain(secret);
});

test('a search that finds something, or a later page, counts nothing', async () => {
  const before = await rows();
  expect(await find('rygestop')).toBeGreaterThan(0);
  expect(await find('paraply', { offset: 20 })).toBe(0);
  expect(await rows()).toEqual(before);
});

const counted = async (term: string) =>
  (await rows()).filter((r) => r.term === term).reduce((sum, r) => sum + r.count, 0);

test('the same search by one user within ten minutes counts once; by another user it counts again', async () => {
  expect(await counted('paraply')).toBe(1); // seen once so far, by the front-line worker
  expect(await find('paraply')).toBe(0);
  expect(await find('  Paraply ')).toBe(0); // the same normalised text
  expect(await counted('paraply')).toBe(1);
  expect(await find('paraply', {}, staff)).toBe(0);
  expect(await counted('paraply')).toBe(2);
  expect(await find('paraply', {}, staff)).toBe(0);
  expect(await counted('paraply')).toBe(2);
});

test('a term shows from its third sighting in the municipality, counted again though the search is cached', async () => {
  expect((await listed()).find((m) => m.term === 'paraply')).toBeUndefined(); // seen twice so far
  // Ten minutes later the same user's search counts again.
  setClock(new Date(Date.now() + 11 * 60 * 1000));
  await find('paraply');
  const shown = (await listed()).find((m) => m.term === 'paraply');
  expect(shown?.count).toBe(3);
  expect(new Date(shown!.lastSeenAt).getTime()).toBeGreaterThan(0);
});

test('only the staff unit reads the list', async () => {
  const res = await server.gql(misses, {}, front);
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('counts older than 90 days are purged by the next write and never shown', async () => {
  setClock('2026-12-04T10:00:00Z');
  await server.db.$executeRaw`INSERT INTO "SearchMiss" ("municipalityId", "term", "day", "count", "lastSeenAt") VALUES
    (${municipalityId}, 'tagrende', '2026-09-05', 5, '2026-09-05'),
    (${municipalityId}, 'skohorn', '2026-09-06', 5, '2026-09-06')`;
  await find('paraply');
  const terms = (await rows()).map((r) => r.term);
  expect(terms).not.toContain('tagrende'); // 90 days before 4.12.2026
  expect(terms).toContain('skohorn'); // 89 days before: still kept and shown
  expect((await listed()).map((m) => m.term)).toContain('skohorn');
});

test('one click adds the word as a synonym; the word then finds offers and leaves the list', async () => {
  const version = await server.gql<{ searchSynonymsVersion: number }>(`{ searchSynonymsVersion }`, {}, staff);
  const v = version.data!.searchSynonymsVersion;
  const add = `mutation($v: Int!, $t: String!, $m: String!) { addSearchSynonym(version: $v, term: $t, meaning: $m) }`;

  const empty = await server.gql(add, { v, t: 'paraply', m: '  ' }, staff);
  expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(empty.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('meaning');

  const done = await server.gql<{ addSearchSynonym: string[][] }>(add, { v, t: 'paraply', m: 'rygestop' }, staff);
  expect(done.errors).toBeUndefined();
  expect(done.data!.addSearchSynonym.find((g) => g.includes('rygestop'))).toContain('paraply');

  const stale = await server.gql(add, { v, t: 'trampolin', m: 'rygestop' }, staff);
  expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

  expect(await find('paraply')).toBeGreaterThan(0);
  expect((await listed()).map((m) => m.term)).not.toContain('paraply');
});

test('a synonym for a word that finds over a quarter of the catalogue is refused in Danish', async () => {
  const active = await server.db.offer.count({ where: { municipalityId, status: 'ACTIVE' } });
  let broad: string | undefined;
  for (const word of ['sundhed', 'kursus', 'tilbud', 'hold', 'forløb', 'motion', 'borgere']) {
    if ((await find(word)) * 4 > active) {
      broad = word;
      break;
    }
  }
  expect(broad).toBeDefined();
  const v = (await server.gql<{ searchSynonymsVersion: number }>(`{ searchSynonymsVersion }`, {}, staff)).data!
    .searchSynonymsVersion;
  const add = `mutation($v: Int!, $t: String!, $m: String!) { addSearchSynonym(version: $v, term: $t, meaning: $m) }`;
  const refused = await server.gql(add, { v, t: 'skohorn', m: broad }, staff);
  expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
    path: 'meaning',
    message: expect.stringContaining('mere end en fjerdedel'),
  });
});

test('terms are kept folded but listed with the spelling of the vocabulary or the lexicon', async () => {
  setClock('2026-12-04T10:00:00Z');
  await server.db
    .$executeRaw`INSERT INTO "SearchMiss" ("municipalityId", "term", "day", "count", "notOpened", "lastSeenAt") VALUES
    (${municipalityId}, 'poelsevogn', '2026-12-03', 3, 0, '2026-12-03'),
    (${municipalityId}, 'poelsevognene', '2026-12-03', 3, 0, '2026-12-03'),
    (${municipalityId}, 'knogleskoer', '2026-12-03', 0, 3, '2026-12-03')`;
  const query = `query { searchMisses { term display } searchesNotOpened { term display } }`;
  type Row = { term: string; display: string };
  const res = await server.gql<{ searchMisses: Row[]; searchesNotOpened: Row[] }>(query, {}, staff);
  expect(res.errors).toBeUndefined();
  const shown = [...res.data!.searchMisses, ...res.data!.searchesNotOpened];
  expect(shown).toEqual(
    expect.arrayContaining([
      { term: 'poelsevogn', display: 'pølsevogn' }, // the lexicon's stem
      { term: 'poelsevognene', display: 'pølsevognene' }, // the lexicon's stem plus an ending
      { term: 'knogleskoer', display: 'knogleskør' }, // the national vocabulary's word
    ]),
  );
  expect(shown.find((r) => r.term === 'skohorn')?.display ?? 'skohorn').toBe('skohorn'); // a-z stays as it is
});
