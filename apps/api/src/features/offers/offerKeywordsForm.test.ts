// The offer form edits an offer's search keywords (ADR 054, ADR 063) through updateOffer, through the real
// GraphQL server and PostgreSQL: the whole list is replaced when given and kept when absent, each word
// folded by the one rule (Danish errors naming the word), a stale version gets CONFLICT, history is written.
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

const update = `mutation($id: ID!, $v: Int!, $i: OfferInput!) {
  updateOffer(id: $id, version: $v, input: $i) { id version keywords }
}`;
const addKeyword = `mutation($id: ID!, $v: Int!, $k: String!) { addOfferKeyword(offerId: $id, version: $v, keyword: $k) { version } }`;
const search = `query($i: OfferSearchInput!) { searchOffers(input: $i) { hits { offer { id } reasons } } }`;
const history = `query($id: ID!) { offer(id: $id) { changes { field label oldText newText } } }`;

type Saved = { updateOffer: { id: string; version: number; keywords: string[] } };

async function offer() {
  return server.db.offer.findFirstOrThrow({ where: { municipalityId, status: 'ACTIVE' }, orderBy: { name: 'desc' } });
}
async function foundBy(word: string, id: string) {
  const res = await server.gql<{ searchOffers: { hits: { offer: { id: string }; reasons: string[] }[] } }>(
    search,
    { i: { text: word } },
    front,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.searchOffers.hits.find((h) => h.offer.id === id)?.reasons ?? null;
}

test('the form saves the list folded, the search finds by it, and removing a word is saved and logged', async () => {
  const { id, version } = await offer();
  const saved = await server.gql<Saved>(
    update,
    { id, v: version, i: { keywords: ['Knæskade', 'gummistøvle'] } },
    staff,
  );
  expect(saved.errors).toBeUndefined();
  expect(saved.data!.updateOffer).toMatchObject({ version: version + 1, keywords: ['knaeskade', 'gummistoevle'] });
  // Stored folded; the reason shows the word as the search typed it.
  expect(await foundBy('gummistøvle', id)).toContain('nøgleord: gummistøvle');

  const removed = await server.gql<Saved>(update, { id, v: version + 1, i: { keywords: ['knaeskade'] } }, staff);
  expect(removed.errors).toBeUndefined();
  expect(removed.data!.updateOffer.keywords).toEqual(['knaeskade']);
  expect((await offer()).keywords).toEqual(['knaeskade']);
  expect(await foundBy('gummistøvle', id)).toBeNull();
  const logged = await server.gql<{ offer: { changes: { field: string; label: string; oldText: string }[] } }>(
    history,
    { id },
    staff,
  );
  const rows = logged.data!.offer.changes.filter((c) => c.field === 'keywords');
  expect(rows).toHaveLength(2);
  expect(rows.every((c) => c.label === 'Nøgleord')).toBe(true);
  expect(rows.some((c) => c.oldText.includes('gummistoevle'))).toBe(true);
});

test('an edit that does not send the keywords keeps them', async () => {
  const { id, version, keywords } = await offer();
  expect(keywords.length).toBeGreaterThan(0);
  const saved = await server.gql<Saved>(update, { id, v: version, i: { alert: 'Lukket i uge 42' } }, staff);
  expect(saved.errors).toBeUndefined();
  expect(saved.data!.updateOffer.keywords).toEqual(keywords);
});

test('each refused word is named in Danish on the keywords field, and nothing is saved', async () => {
  const { id, version, keywords } = await offer();
  const res = await server.gql(
    update,
    { id, v: version, i: { keywords: ['to ord', 'ab', 'ø', 'x12y', 'godt'] } },
    staff,
  );
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const fields = res.errors?.[0]?.extensions?.fields as { path: string; message: string }[];
  expect(fields.map((f) => f.path)).toEqual(Array(4).fill('input.keywords'));
  expect(fields[0]!.message).toBe('Nøgleord "to ord" skal være ét ord på 3-40 bogstaver uden tal');
  // "ø" folds to "oe": two letters, as the database's CHECK would refuse.
  expect(fields[2]!.message).toContain('"ø"');
  const tooMany = Array.from(
    { length: 51 },
    (_, i) => `ord${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
  );
  const many = await server.gql(update, { id, v: version, i: { keywords: tooMany } }, staff);
  expect(many.errors?.[0]?.extensions?.fields).toEqual([
    { path: 'input.keywords', message: 'Nøgleord må højst være 50' },
  ]);
  expect(await offer()).toMatchObject({ version, keywords });
});

test('a save as of a stale version gets CONFLICT naming the keywords a colleague added', async () => {
  const { id, version } = await offer();
  const added = await server.gql(addKeyword, { id, v: version, k: 'trampolin' }, staff);
  expect(added.errors).toBeUndefined();
  const stale = await server.gql(update, { id, v: version, i: { keywords: [] } }, staff);
  expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  const extensions = stale.errors?.[0]?.extensions as { changedFields?: string[] } | undefined;
  expect(extensions?.changedFields).toContain('keywords');
  expect((await offer()).keywords).toEqual(['knaeskade', 'trampolin']);
});

test('only the staff unit edits keywords', async () => {
  const { id, version } = await offer();
  const res = await server.gql(update, { id, v: version, i: { keywords: [] } }, front);
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test("the database's CHECK refuses what keywordOf refuses (migration 20261212050000)", async () => {
  const { id } = await offer();
  const store = (keywords: (string | null)[]) =>
    server.db.$executeRaw`UPDATE "Offer" SET "keywords" = ${keywords}::text[] WHERE "id" = ${id}`;
  for (const bad of [['oe'], ['to ord'], [''], ['knæ'], ['Knae'], ['a'.repeat(41)], ['abc', null], ['abc', '']])
    await expect(store(bad)).rejects.toThrow(/Offer_keywords_shape/);
  await expect(store(Array.from({ length: 51 }, () => 'abc'))).rejects.toThrow(/Offer_keywords_shape/);
  for (const good of [[], ['oel'], ['knaeskade', 'a'.repeat(40)]]) await expect(store(good)).resolves.toBe(1);
});

describe("the keyword picker's offers by part of the name (ADR 063)", () => {
  const byName = `query($n: String, $l: Int) { offers(nameContains: $n, limit: $l) { id name } }`;
  type Listed = { offers: { id: string; name: string }[] };

  test('matches folded, in the caller’s municipality only, alphabetical and at most `limit`', async () => {
    const all = await server.db.offer.findMany({ where: { municipalityId }, orderBy: { name: 'asc' } });
    const withAe = all.filter((o) => /æ/i.test(o.name));
    expect(withAe.length).toBeGreaterThan(1);
    // "ae" typed for "æ", upper case: the same offers as the folded names hold.
    const res = await server.gql<Listed>(byName, { n: 'AE', l: null }, staff);
    expect(res.errors).toBeUndefined();
    const expected = all.filter((o) => o.searchName?.includes('ae')).map((o) => o.name);
    expect(res.data!.offers.map((o) => o.name)).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(withAe.map((o) => o.name)));
    const limited = await server.gql<Listed>(byName, { n: 'æ', l: 1 }, staff);
    expect(limited.data!.offers.map((o) => o.name)).toEqual(expected.slice(0, 1));
    const other = await server.db.offer.findFirst({ where: { municipalityId: { not: municipalityId } } });
    if (other) {
      const foreign = await server.gql<Listed>(byName, { n: other.name, l: null }, staff);
      expect(foreign.data!.offers.map((o) => o.id)).not.toContain(other.id);
    }
    // A "%" is a character, not a pattern.
    expect((await server.gql<Listed>(byName, { n: '%', l: null }, staff)).data!.offers).toEqual([]);
  });

  test('refuses a limit outside 1-5.000 in Danish', async () => {
    for (const l of [0, 5001]) {
      const res = await server.gql(byName, { n: 'a', l }, staff);
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'limit', message: 'Antal tilbud skal være et helt tal mellem 1 og 5.000' },
      ]);
    }
  });
});
