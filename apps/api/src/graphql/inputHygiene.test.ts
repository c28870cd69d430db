// Hostile input at the edges: control characters in GraphQL arguments and REST parameters, bodies that
// are too big, too deep, malformed or of the wrong type. Each gets a Danish 4xx answer, never a 500.
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../test/testServer';
import { defined } from '../../../../test/defined';

let server: TestServer;
let staff: string;

beforeAll(async () => {
  server = await startTestServer();
  staff = await server.signIn(demoEmail('sundhedsstab'));
});
afterAll(() => server.close());

const codes = (res: GraphQLResponse) => (res.errors ?? []).map((e) => e.extensions?.code);
const post = async (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'apollo-require-preflight': '1', ...headers },
    body,
  });
  const text = await res.text();
  let json: GraphQLResponse | undefined;
  try {
    json = JSON.parse(text) as GraphQLResponse;
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
};
const danish = /[æøåÆØÅ]|ikke|for |skal|ugyldig|findes/i;

describe('control characters in GraphQL arguments', () => {
  test.each([
    ['publicOffer(id) as a literal', '{ publicOffer(id: "ab\\u0000c") { id } }', undefined, 'publicOffer.id'],
    [
      'publicOffer(id) as a variable',
      'query($id: ID!) { publicOffer(id: $id) { id } }',
      { id: 'a\u0000b' },
      'publicOffer.id',
    ],
    [
      'signIn(email)',
      'mutation($e: String!) { signIn(email: $e, password: "x") { id } }',
      { e: 'a\u0000@b.dk' },
      'signIn.email',
    ],
    [
      'a nested input field (a search filter; only the search text is cleaned instead, issue 11)',
      'query($t: String!) { searchOffers(input: { text: "løb", area: $t }) { total } }',
      { t: 'løb\u0001' },
      'searchOffers.input.area',
    ],
    [
      'a mutation with search text',
      'mutation($t: String!) { reportSearchNotOpened(text: $t) }',
      { t: 'løb\u0001' },
      'reportSearchNotOpened.text',
    ],
  ])('%s is refused with VALIDATION naming the argument', async (_name, query, variables, path) => {
    const res = await server.gql(query, variables, staff);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const error = defined(res.errors?.[0], 'an error');
    expect(error.message).toMatch(/tegn/);
    expect(error.extensions?.fields?.[0]?.path).toBe(path);
  });

  test('tabs and line breaks in a description are kept', async () => {
    const res = await server.gql(
      'query($t: String!) { searchOffers(input: { text: $t }) { total } }',
      { t: 'løb\ttræning\r\nmotion' },
      staff,
    );
    expect(res.errors).toBeUndefined();
  });
});

describe('the offer CSV import', () => {
  test('a NUL cell gets its row report, not an internal error', async () => {
    const csv = 'Navn;Beskrivelse\r\nGodt tilbud;fin\r\nOndt\u0000tilbud;ok\r\n';
    const res = await server.gql<{
      importOffersCsv: { imported: number; errors: { line: number; column: string | null; message: string }[] };
    }>(
      'mutation($csv: String!) { importOffersCsv(csv: $csv) { imported errors { line column message } } }',
      { csv },
      staff,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.importOffersCsv.imported).toBe(0);
    expect(res.data!.importOffersCsv.errors).toContainEqual({
      line: 3,
      column: 'Navn',
      message: 'Navn indeholder et ugyldigt kontroltegn (f.eks. NUL)',
    });
  });
});

describe('the HSDS REST API', () => {
  test.each([
    '/api/hsds/services?organization_id=%00',
    '/api/hsds/services?taxonomy_term_id=x%00',
    '/api/hsds/services/%00',
  ])('%s answers 400 or 404 in Danish', async (path) => {
    const res = await fetch(server.url + path);
    expect([400, 404]).toContain(res.status);
    const body = (await res.json()) as { error: string };
    expect(body.error).toMatch(res.status === 400 ? /^Parameteren "\w+" indeholder et ugyldigt kontroltegn/ : danish);
  });
});

test("the HSDS feed's free-text search reads control characters as spaces (issue 11), other parameters refuse them", async () => {
  const res = await fetch(`${server.url}/api/hsds/services?search=rygning%00stop%01`);
  expect(res.status).toBe(200);
  const plain = await fetch(`${server.url}/api/hsds/services?search=${encodeURIComponent('rygning stop')}`);
  expect(await res.json()).toEqual(await plain.json());
  const twice = await fetch(`${server.url}/api/hsds/services?search=a%00&search=b`);
  expect(twice.status).toBe(400); // not one string: the usual check names the parameter
});

test('a malformed %-escape in a REST path is a 400 in Danish JSON', async () => {
  const res = await fetch(`${server.url}/api/hsds/services/%`);
  expect(res.status).toBe(400);
  expect(((await res.json()) as { error: string }).error).toBe('Adressen er ugyldig (forkert %-kodning).');
});

describe('bad request bodies', () => {
  test('more than 50 bad variable values is a 400 in Danish', async () => {
    const defs = Array.from({ length: 60 }, (_, i) => `$v${i}: Int!`).join(', ');
    const uses = Array.from({ length: 60 }, (_, i) => `r${i}: reviewQueue(months: $v${i}) { __typename }`).join(' ');
    const variables = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`v${i}`, 'nope']));
    const { status, json } = await post(JSON.stringify({ query: `query(${defs}) { ${uses} }`, variables }));
    expect(status).toBe(400);
    expect(json?.errors?.every((e) => e.extensions?.code !== 'INTERNAL_SERVER_ERROR' && danish.test(e.message))).toBe(
      true,
    );
  });

  test('a variable nested 5,000 levels is a 400 in Danish', async () => {
    let deep = '"x"';
    for (let i = 0; i < 5000; i++) deep = `{"text":${deep}}`;
    const body = `{"query":"query($i: OfferSearchInput!) { searchOffers(input: $i) { total } }","variables":{"i":${deep}}}`;
    const { status, json } = await post(body);
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.message).toMatch(danish);
  });

  test('a list variable nested 5,000 levels is a 400 in Danish', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const body = `{"query":"mutation($i: [[String!]!]!) { updateSearchSynonyms(groups: $i) }","variables":{"i":${deep}}}`;
    const { status, json } = await post(body);
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.message).toMatch(danish);
  });

  test('a JSON variable nested 300,000 levels is a 400 in Danish, not a stack overflow', async () => {
    const deep = `${'['.repeat(300_000)}${']'.repeat(300_000)}`;
    const body = `{"query":"query($s: JSON!) { businessCase(scenario: $s) { __typename } }","variables":{"s":${deep}}}`;
    const { status, json } = await post(body, { 'content-type': 'application/json', cookie: staff });
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.message).toMatch(/dybt/);
  });

  test('malformed JSON is a 400 in Danish', async () => {
    const { status, json } = await post('{"query": "{ health }"');
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.message).toMatch(danish);
    expect(json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  test('an anonymous body over 1 MB is refused in Danish', async () => {
    const { status, json } = await post(
      JSON.stringify({ query: '{ health }', variables: { x: 'a'.repeat(1_100_000) } }),
    );
    expect(status).toBe(413);
    expect(json?.errors?.[0]?.message).toMatch(danish);
  });

  test.each([
    ['text/plain', '{"query":"{ health }"}'],
    ['application/x-www-form-urlencoded', 'query=%7B%20health%20%7D'],
    ['multipart/form-data; boundary=x', '--x\r\n\r\n--x--'],
  ])('content type %s is a 4xx in Danish', async (type, body) => {
    const { status, json } = await post(body, { 'content-type': type });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(json?.errors?.[0]?.message).toMatch(danish);
  });

  test('a body that is JSON but not an object is a 400 in Danish', async () => {
    for (const body of ['[]', '"x"', '{"query": 5}', '{"query":"{ health }","variables":[1]}']) {
      const { status, json } = await post(body);
      expect(status).toBe(400);
      expect(json?.errors?.[0]?.message).toMatch(danish);
    }
  });
});

describe("graphql-js's messages in Danish", () => {
  test.each([
    ['{ nope }', 'Feltet "nope" findes ikke på typen "Query".'],
    ['{ health(x: 1) }', 'Argumentet "x" findes ikke på "Query.health".'],
    ['{ publicOffer { id } }', '"publicOffer" mangler det påkrævede argument "id" af typen "ID!".'],
    [
      'query($m: String!) { reviewQueue(months: $m) { __typename } }',
      'Variablen "$m" har typen "String!", men her forventes typen "Int!".',
    ],
    ['query($m: Nope) { health }', 'Typen "Nope" findes ikke.'],
    ['{ health ', 'Forespørgslen har en syntaksfejl (linje 1, kolonne 10).'],
    [
      '{ reviewQueue(months: "x") { __typename } }',
      'Værdien "x" skal være et helt tal mellem -2147483648 og 2147483647.',
    ],
    ['{ offers(status: NOPE) { id } }', '"NOPE" er ikke en af værdierne i "OfferStatus".'],
    ['{ publicOffer(id: "x") }', 'Feltet "publicOffer" af typen "Offer" skal have underfelter.'],
  ])('%s', async (query, message) => {
    const res = await server.gql(query, undefined, staff);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  test('a variable of the wrong type names the variable and the field in Danish', async () => {
    const res = await server.gql(
      'query($i: OfferSearchInput!) { searchOffers(input: $i) { total } }',
      { i: { text: 5, nope: 1 } },
      staff,
    );
    expect(res.errors?.map((e) => e.message)).toEqual([
      'Variablen "$i" har en ugyldig værdi ved "i.text": skal være tekst.',
      'Variablen "$i" har en ugyldig værdi: Feltet "nope" findes ikke på typen "OfferSearchInput".',
    ]);
  });
});
