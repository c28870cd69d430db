// Learning from searches whose hits were shown but none opened, and one click from a word to an offer's
// keywords (issue 11, ADR 054), through the real GraphQL server and PostgreSQL: only lexicon/vocabulary
// words are counted (never a name, an address or a number), no user or session, per municipality and day;
// shown from three reports; 90 days' retention; the keyword is versioned (CONFLICT) and leaves history.
import { setClock } from '@sundhed/shared';
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
afterEach(() => setClock(null));

const report = `mutation($t: String!) { reportSearchNotOpened(text: $t) }`;
const notOpened = `query { searchesNotOpened { term count lastSeenAt } }`;
const misses = `query { searchMisses { term count } }`;
const search = `query($i: OfferSearchInput!) { searchOffers(input: $i) { total hits { offer { id name } reasons } } }`;
const addKeyword = `mutation($id: ID!, $v: Int!, $k: String!) {
  addOfferKeyword(offerId: $id, version: $v, keyword: $k) { id version keywords changes { field label newValue } }
}`;

type Listed = { term: string; count: number; lastSeenAt: string }[];

async function reported(text: string, cookie = front) {
  const res = await server.gql<{ reportSearchNotOpened: boolean }>(report, { t: text }, cookie);
  expect(res.errors).toBeUndefined();
  return res.data!.reportSearchNotOpened;
}

async function listed(query = notOpened) {
  const res = await server.gql<Record<string, Listed>>(query, {}, staff);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
}

async function rows() {
  return server.db.$queryRaw<{ term: string; count: number; notOpened: number }[]>`
    SELECT "term", "count", "notOpened" FROM "SearchMiss" ORDER BY "term", "day"`;
}

test('a report keeps only the words of the lexicon or the vocabulary, with no user, session or text', async () => {
  expect(await reported('Jens Hansen 22334455 Vejleåparken 12 rygestop')).toBe(true);
  const stored = await rows();
  expect(stored.map((r) => r.term)).toEqual(['rygestop']);
  expect(stored[0]).toMatchObject({ count: 0, notOpened: 1 });
  const dump = JSON.stringify(await server.db.$queryRaw`SELECT * FROM "SearchMiss"`).toLowerCase();
  for (const secret of ['jens', 'hansen', '22334455', 'vejle', 'front']) expect(dump).not.toContain(secret);
});

test('a text that finds nothing, or has no kept word, counts nothing as not opened', async () => {
  const before = await rows();
  expect(await reported('paraply')).toBe(false); // finds nothing: that is a miss, counted when searched
  expect(await reported('Mette Nielsen 40404040')).toBe(false);
  expect(await rows()).toEqual(before);
});

test('a word shows from its third report, apart from the searches that found nothing', async () => {
  expect((await listed()).find((m) => m.term === 'rygestop')).toBeUndefined(); // reported once so far
  await reported('rygestop');
  expect((await listed()).find((m) => m.term === 'rygestop')).toBeUndefined();
  await reported('Rygestop');
  const shown = (await listed()).find((m) => m.term === 'rygestop');
  expect(shown?.count).toBe(3);
  expect(new Date(shown!.lastSeenAt).getTime()).toBeGreaterThan(0);
  expect((await listed(misses)).map((m) => m.term)).not.toContain('rygestop');
});

test('reports older than 90 days are purged by the next write and never shown', async () => {
  setClock('2026-12-04T10:00:00Z');
  await server.db
    .$executeRaw`INSERT INTO "SearchMiss" ("municipalityId", "term", "day", "count", "notOpened", "lastSeenAt") VALUES
    (${municipalityId}, 'motion', '2026-09-05', 0, 5, '2026-09-05'),
    (${municipalityId}, 'kost', '2026-09-06', 0, 5, '2026-09-06')`;
  expect((await listed()).map((m) => m.term)).not.toContain('motion');
  await reported('rygestop');
  const terms = (await rows()).map((r) => r.term);
  expect(terms).not.toContain('motion'); // 90 days before 4.12.2026
  expect(terms).toContain('kost'); // 89 days before: kept and shown
  expect((await listed()).map((m) => m.term)).toContain('kost');
});

test('front-line workers report but only the staff unit reads the list; the text is validated in Danish', async () => {
  const read = await server.gql(notOpened, {}, front);
  expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const anonymous = await server.gql(report, { t: 'rygestop' });
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const empty = await server.gql(report, { t: '   ' }, front);
  expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(empty.errors?.[0]?.extensions?.fields?.[0]).toEqual({ path: 'text', message: 'Søgeteksten skal udfyldes' });
  const long = await server.gql(report, { t: 'rygestop '.repeat(30) }, front);
  expect(long.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('text');
});

describe('Tilføj som nøgleord til et tilbud', () => {
  async function offer() {
    return server.db.offer.findFirstOrThrow({ where: { municipalityId, status: 'ACTIVE' }, orderBy: { name: 'asc' } });
  }

  test('validates the word in Danish with its field path', async () => {
    const { id, version } = await offer();
    for (const k of ['', 'to ord', 'ab', 'x12y']) {
      const res = await server.gql(addKeyword, { id, v: version, k }, staff);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('keyword');
    }
    expect((await offer()).version).toBe(version);
  });

  test('adds the word with the version, writes history, and the search finds the offer by it', async () => {
    const { id, version, name } = await offer();
    expect(
      (await server.gql<{ searchOffers: { total: number } }>(search, { i: { text: 'paraply' } }, front)).data!
        .searchOffers.total,
    ).toBe(0);
    const done = await server.gql<{
      addOfferKeyword: {
        version: number;
        keywords: string[];
        changes: { field: string; label: string; newValue: string }[];
      };
    }>(addKeyword, { id, v: version, k: ' Paraply ' }, staff);
    expect(done.errors).toBeUndefined();
    expect(done.data!.addOfferKeyword.version).toBe(version + 1);
    expect(done.data!.addOfferKeyword.keywords).toEqual(['paraply']);
    expect(done.data!.addOfferKeyword.changes[0]).toMatchObject({ field: 'keywords', label: 'Nøgleord' });
    expect(JSON.parse(done.data!.addOfferKeyword.changes[0]!.newValue)).toEqual(['paraply']);

    const found = await server.gql<{
      searchOffers: { total: number; hits: { offer: { id: string; name: string }; reasons: string[] }[] };
    }>(search, { i: { text: 'paraply' } }, front);
    expect(found.data!.searchOffers.hits[0]?.offer).toEqual({ id, name });
    expect(found.data!.searchOffers.hits[0]?.reasons).toContain('nøgleord: paraply');

    const stale = await server.gql(addKeyword, { id, v: version, k: 'trampolin' }, staff);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await offer()).keywords).toEqual(['paraply']);
  });

  test('the reason shows a keyword as the search typed it; the keyword itself is kept folded', async () => {
    const { id, version } = await offer();
    const done = await server.gql<{ addOfferKeyword: { version: number; keywords: string[] } }>(
      addKeyword,
      { id, v: version, k: 'Pølsevogn' },
      staff,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.addOfferKeyword.keywords).toContain('poelsevogn');
    const reasons = async (text: string) => {
      const found = await server.gql<{ searchOffers: { hits: { offer: { id: string }; reasons: string[] }[] } }>(
        search,
        { i: { text } },
        front,
      );
      const hit = found.data!.searchOffers.hits[0];
      expect(hit?.offer.id).toBe(id);
      return hit?.reasons ?? [];
    };
    expect(await reasons('pølsevogn')).toContain('nøgleord: pølsevogn');
    expect(await reasons('poelsevogn')).toContain('nøgleord: poelsevogn');
  });

  test('only the staff unit adds keywords, and only to its own offers', async () => {
    const { id, version } = await offer();
    const res = await server.gql(addKeyword, { id, v: version, k: 'skohorn' }, front);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await server.db.offer.findFirst({ where: { municipalityId: { not: municipalityId } } });
    if (other) {
      const foreign = await server.gql(addKeyword, { id: other.id, v: other.version, k: 'skohorn' }, staff);
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
