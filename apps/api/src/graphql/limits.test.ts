// Cost limits, production exposure and the anonymous rate limit (ADR 013), through the real server.
import { errorMessages, graphqlMessages } from '@sundhed/shared';
import { MAX_OFFER_CHANGES } from './listBounds';
import { anonymousRateFromEnv, DEFAULT_ANONYMOUS_REQUESTS_PER_MINUTE } from '../http/anonymousRateLimit';
import { checkQueryLimits, queryLimits, type QueryLimitName } from './limits';
import { buildSchema } from '../server/schema';
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../test/testServer';
import { sampleVariables, webOperations, withTypenames } from '../../test/webOperationSources';

/** A public offer's owner unit walked through parent and children: `levels` steps below ownerUnit. */
export function unitWalk(levels: number): string {
  let selection = 'id name';
  for (let i = levels; i > 0; i--) selection = `${i % 2 ? 'parent' : 'children'} { id name ${selection} }`;
  return selection;
}
const deepPublicQuery = (levels: number) =>
  `query($id: ID!) { publicOffer(id: $id) { id ownerUnit { ${unitWalk(levels)} } } }`;
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health`).join(' ')} }`;

function expectRefused(res: GraphQLResponse, limit: QueryLimitName, max: number) {
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  expect(res.errors).toEqual([
    {
      message: errorMessages.queryTooComplex(errorMessages.queryLimitNames[limit], max),
      extensions: { code: 'QUERY_TOO_COMPLEX', limit, max },
    },
  ]);
}

describe('every operation of the web app', () => {
  const schema = buildSchema();
  const operations = webOperations();

  test('is found (the collector reads apps/web/src)', () => {
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Overview', 'PublicOffer', 'SearchOffers', 'SignIn', 'Clusters']),
    );
    expect(operations.length).toBeGreaterThan(30);
  });

  test.each(operations.map((o) => [o.name, o] as const))('%s stays within the signed-in limits', (_name, operation) => {
    // As the browser sends it: Apollo Client adds __typename to every selection.
    const source = withTypenames(operation.source);
    const measured = checkQueryLimits(
      schema,
      { source, variables: sampleVariables(schema, source) },
      queryLimits.signedIn,
    );
    expect(measured).toEqual({
      tokens: expect.any(Number),
      depth: expect.any(Number),
      aliases: expect.any(Number),
      directives: expect.any(Number),
      cost: expect.any(Number),
    });
  });

  test('the public offer page stays within the anonymous limits', () => {
    const publicOffer = operations.find((o) => o.name === 'PublicOffer')!;
    const source = withTypenames(publicOffer.source);
    expect(() => checkQueryLimits(schema, { source, variables: { id: '1' } }, queryLimits.anonymous)).not.toThrow();
  });
});

describe('limits through the server', () => {
  let server: TestServer;
  let staff: string;
  let offerId: string;
  beforeAll(async () => {
    server = await startTestServer();
    staff = await server.signIn(demoEmail('sundhedsstab'));
    offerId = (await server.db.offer.findFirstOrThrow({ where: { status: 'ACTIVE' } })).id;
  });
  afterAll(() => server.close());

  test('the depth-8 anonymous walk through the organisation is refused before any SQL runs', async () => {
    const { result, queries } = await server.countQueries(() => server.gql(deepPublicQuery(8), { id: offerId }));
    expectRefused(result, 'depth', queryLimits.anonymous.depth);
    expect(queries).toBe(0);
  });

  test('a GET request is held to the same limits', async () => {
    const params = new URLSearchParams({ query: deepPublicQuery(8), variables: JSON.stringify({ id: offerId }) });
    const res = await fetch(`${server.url}/graphql?${params}`, { headers: { 'apollo-require-preflight': '1' } });
    expectRefused(
      { ...((await res.json()) as GraphQLResponse), status: res.status },
      'depth',
      queryLimits.anonymous.depth,
    );
  });

  test('a shallow anonymous public offer query still answers', async () => {
    // The owning unit is staff-only (ADR 015), so the shallow query asks the public fields.
    const res = await server.gql<{ publicOffer: { id: string } }>(
      `query($id: ID!) { publicOffer(id: $id) { id name locations { name } } }`,
      { id: offerId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.publicOffer.id).toBe(offerId);
  });

  test('1,000 aliases are refused for anonymous callers and staff alike', async () => {
    expectRefused(await server.gql(aliases(1000)), 'tokens', queryLimits.anonymous.tokens);
    expectRefused(await server.gql(aliases(1000), undefined, staff), 'tokens', queryLimits.signedIn.tokens);
    expectRefused(await server.gql(aliases(31), undefined, staff), 'aliases', queryLimits.signedIn.aliases);
  });

  test('thirty aliases of one read run its SQL once, and access is still checked for each', async () => {
    const query = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: attentionItems { kind title date }`).join(' ')} }`;
    const one = await server.countQueries(() => server.gql(query(1), undefined, staff));
    const thirty = await server.countQueries(() => server.gql(query(30), undefined, staff));
    expect(one.result.errors).toBeUndefined();
    expect(thirty.result.errors).toBeUndefined();
    const answers = Object.values(thirty.result.data as Record<string, unknown>);
    expect(answers).toHaveLength(30);
    for (const answer of answers) expect(answer).toEqual((one.result.data as { a0: unknown }).a0);
    expect(thirty.queries).toBeLessThanOrEqual(one.queries + 2);
    const anonymous = await server.gql(query(2));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
  });

  test('aliases, directives and cost each have their own limit', async () => {
    expectRefused(await server.gql(aliases(6)), 'aliases', queryLimits.anonymous.aliases);
    expect((await server.gql(aliases(5))).errors).toBeUndefined();
    const directives = `{ health ${'@include(if: true) '.repeat(6)}}`;
    expectRefused(await server.gql(directives), 'directives', queryLimits.anonymous.directives);
    // Depth 5 is allowed anonymously, but lists within lists within lists cost too much.
    const costly =
      'query($id: ID!) { publicOffer(id: $id) { themes { milestones { id text } budgetLines { id } responsibleUnits { children { id name } } } } }';
    expectRefused(await server.gql(costly, { id: offerId }), 'cost', queryLimits.anonymous.cost);
    const staffWalk = `{ orgUnits { ${unitWalk(8).replace(/^parent/, 'children')} } }`;
    expectRefused(await server.gql(staffWalk, undefined, staff), 'depth', queryLimits.signedIn.depth);
    const staffBroad = `{ orgUnits { children { children { children { children { id name description } } } } } }`;
    expectRefused(await server.gql(staffBroad, undefined, staff), 'cost', queryLimits.signedIn.cost);
  });

  test('signed-in staff run the web app operations unchanged', async () => {
    const overview = webOperations().find((o) => o.name === 'Overview')!;
    const res = await server.gql(withTypenames(overview.source), { grantYear: 2023 }, staff);
    expect(res.errors).toBeUndefined();
    expect(res.data).toHaveProperty('overview.themes');
  });

  test("an offer's history answers its newest changes, at most MAX_OFFER_CHANGES", async () => {
    const at = (i: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, i));
    const extra = MAX_OFFER_CHANGES + 5;
    await server.db.offerChange.createMany({
      data: Array.from({ length: extra }, (_, i) => ({
        offerId,
        action: 'UPDATE' as const,
        field: 'name',
        changedAt: at(i),
        newValue: `navn ${i}`,
      })),
    });
    const res = await server.gql<{ offer: { changes: { changedAt: string }[] } }>(
      'query($id: ID!) { offer(id: $id) { changes { changedAt } } }',
      { id: offerId },
      staff,
    );
    expect(res.errors).toBeUndefined();
    const changes = res.data!.offer.changes;
    expect(changes).toHaveLength(MAX_OFFER_CHANGES);
    expect(changes[0]?.changedAt).toBe(at(extra - 1).toISOString());
    expect(changes.at(-1)!.changedAt).toBe(at(extra - MAX_OFFER_CHANGES).toISOString());
  });

  test('development and tests keep introspection and suggestions', async () => {
    expect((await server.gql('{ __schema { queryType { name } } }')).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    const res = await server.gql('{ helth }');
    expect(res.errors?.[0]?.message).toContain('Mente du "health"?');
  });
});

describe('production mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ production: true });
  });
  afterAll(() => server.close());

  test('refuses introspection', async () => {
    const res = await server.gql('{ __schema { types { name } } }');
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toBe(graphqlMessages.introspectionOff);
  });

  test('names no fields in its suggestions and sends no stack trace', async () => {
    const res = await server.gql('{ helth }');
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean|Mente du|health/);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\/work\/|node_modules/);
  });

  test('still answers ordinary queries', async () => {
    expect((await server.gql('{ health }')).data).toEqual({ health: true });
  });
});

test('SUNDHED_RATE_LIMIT sets the anonymous requests per minute; 0 turns the limit off', () => {
  expect(anonymousRateFromEnv(undefined)).toBe(DEFAULT_ANONYMOUS_REQUESTS_PER_MINUTE);
  expect(anonymousRateFromEnv('')).toBe(DEFAULT_ANONYMOUS_REQUESTS_PER_MINUTE);
  expect(anonymousRateFromEnv('1200')).toBe(1200);
  expect(anonymousRateFromEnv('0')).toBe(0);
  expect(() => anonymousRateFromEnv('mange')).toThrow('SUNDHED_RATE_LIMIT');
  expect(() => anonymousRateFromEnv('-1')).toThrow('SUNDHED_RATE_LIMIT');
});

describe('the anonymous rate limit', () => {
  let server: TestServer;
  const perMinute = 5;
  beforeAll(async () => {
    server = await startTestServer({ anonymousRequestsPerMinute: perMinute });
  });
  afterAll(() => server.close());

  test('answers 429 in Danish once a client has used its budget, on HSDS and GraphQL alike', async () => {
    for (let i = 0; i < perMinute - 1; i++) expect((await fetch(`${server.url}/api/hsds/services`)).status).toBe(200);
    expect((await server.gql('{ health }')).status).toBe(200);
    const rest = await fetch(`${server.url}/api/hsds/services`);
    expect(rest.status).toBe(429);
    expect(await rest.json()).toEqual({ error: errorMessages.tooManyRequests });
    const graphql = await server.gql('{ health }');
    expect(graphql.status).toBe(429);
    expect(graphql.errors).toEqual([
      { message: errorMessages.tooManyRequests, extensions: { code: 'TOO_MANY_REQUESTS' } },
    ]);
  });

  test('does not count signed-in staff', async () => {
    const staff = await startTestServer({ anonymousRequestsPerMinute: 1 });
    try {
      const cookie = await staff.signIn(demoEmail('sundhedsstab')); // the one anonymous request
      for (let i = 0; i < 5; i++) expect((await staff.gql('{ health }', undefined, cookie)).status).toBe(200);
      expect((await staff.gql('{ health }')).status).toBe(429);
    } finally {
      await staff.close();
    }
  });
});
