// The read cache must never show stale data: any write, through the API or straight into the
// database (another instance, a script), invalidates it.
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import pg from 'pg';
import { operationKinds } from './operationKinds';
import { buildSchema } from '../server/schema';
import { buildStaffUser } from '../seed/factories';
import { overviewQuery } from '../../test/overviewQuery';
import { demoEmail, startTestServer, type TestServer } from '../../test/testServer';
import { sharedRows } from './sharedRows';

let server: TestServer;
let staff: string;
beforeAll(async () => {
  server = await startTestServer({ responseCache: true });
  staff = await server.signIn(demoEmail('sundhedsstab'));
});
afterAll(() => server.close());

const themesQuery = '{ themes { code title milestones { text } } }';
type Themes = { themes: { code: string; title: string; milestones: { text: string }[] }[] };

test('a repeated read is served from the cache with one statement for the data version', async () => {
  const first = await server.gql(overviewQuery, undefined, staff);
  const again = await server.countQueries(() => server.gql(overviewQuery, undefined, staff));
  expect(again.result.data).toEqual(first.data);
  expect(again.queries).toBeLessThanOrEqual(2); // session lookup + data version
});

test('a mutation through the API invalidates the cache', async () => {
  const before = await server.gql<Themes>(themesQuery, undefined, staff);
  const themeC = await server.db.theme.findFirstOrThrow({ where: { code: 'C' } });
  await server.gql(
    `mutation { updateTheme(id: "${themeC.id}", version: ${themeC.version}, input: { title: "Sundhed for hjemløse (revideret)" }) { id } }`,
    undefined,
    staff,
  );
  const after = await server.gql<Themes>(themesQuery, undefined, staff);
  expect(before.data?.themes.find((t) => t.code === 'C')?.title).not.toMatch(/revideret/);
  expect(after.data?.themes.find((t) => t.code === 'C')?.title).toBe('Sundhed for hjemløse (revideret)');
});

test('a write straight into the database (another instance) invalidates the cache too', async () => {
  await server.gql<Themes>(themesQuery, undefined, staff);
  const client = new pg.Client({ connectionString: server.database.url });
  await client.connect();
  try {
    await client.query(
      `UPDATE "Milestone" SET "text" = 'Ændret af en anden instans' WHERE id = (SELECT id FROM "Milestone" ORDER BY id LIMIT 1)`,
    );
  } finally {
    await client.end();
  }
  const after = await server.gql<Themes>(themesQuery, undefined, staff);
  expect(after.data?.themes.flatMap((t) => t.milestones.map((m) => m.text))).toContain('Ændret af en anden instans');
});

test('a write makes stale only what it touched: an offer edit keeps the cached overview, a milestone edit does not', async () => {
  const first = await server.gql(overviewQuery, undefined, staff);
  const offer = await server.db.offer.findFirstOrThrow({ where: { municipality: { themes: { some: {} } } } });
  await server.db.offer.update({ where: { id: offer.id }, data: { name: `${offer.name} ` } });
  await server.db.offerChange.count(); // reads do not bump anything either
  const kept = await server.countQueries(() => server.gql(overviewQuery, undefined, staff));
  expect(kept.result.data).toEqual(first.data);
  expect(kept.queries).toBeLessThanOrEqual(2); // still a hit: session lookup + scope version

  const milestone = await server.db.milestone.findFirstOrThrow({
    where: { theme: { municipalityId: offer.municipalityId } },
  });
  await server.db.milestone.update({ where: { id: milestone.id }, data: { text: 'Rettet milepæl' } });
  const fresh = await server.countQueries(() =>
    server.gql<{ overview: { themes: { milestones: { text: string }[] }[] } }>(overviewQuery, undefined, staff),
  );
  expect(fresh.queries).toBeGreaterThan(2);
  expect(fresh.result.data?.overview.themes.flatMap((t) => t.milestones.map((m) => m.text))).toContain(
    'Rettet milepæl',
  );
});

test('the kinds a query reads come from its fields; unknown fields count as everything', () => {
  const schema = buildSchema();
  const kinds = (q: string) => {
    const document = parse(q);
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    return operationKinds(schema, document, operation);
  };
  expect(kinds('{ themes { title milestones { text } budgetLines { amountKr } } }')).toEqual(['themes']);
  expect(kinds('query($i: OfferSearchInput!) { searchOffers(input: $i) { hits { offer { id name } } } }')).toEqual([
    'offers',
    'synonyms',
  ]);
  expect(kinds('{ overview { themes { title } ...F } } fragment F on Overview { clusters { name } }')).toEqual([
    'cluster',
    'themes',
  ]);
  expect(kinds('{ offer(id: "x") { name themes { title } } }')).toEqual(['offerDetails', 'offers', 'themes']);
  expect(kinds('{ outbox { id } }')).toBeNull();
  expect(kinds('{ health }')).toEqual([]);
});

test('every data table bumps its scope version on every kind of write (sessions, throttling, audit and co-financing bulk rows are exempt)', async () => {
  const client = new pg.Client({ connectionString: server.database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string; has_trigger: boolean }>(
      `SELECT c.relname AS table,
              (SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname LIKE c.relname || '\\_scope\\_version\\_%') = 4 AS has_trigger
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'`,
    );
    const exempt = [
      'Session',
      'LoginThrottle',
      'LoginThrottleKey',
      'DataScopeVersion',
      '_prisma_migrations',
      'AuthEvent',
      // SAML requests awaiting their answer (ADR 050): sign-in bookkeeping like Session.
      'SamlRequest',
      // Written only in the transaction that writes their CofinancingImport row (which bumps the version),
      // a million rows by COPY: a trigger per table would add nothing (ADR 033).
      'CofinancingActivity',
      'CofinancingPayment',
      'CofinancingSummary',
      'CofinancingYearSummary',
      // The search index's change log (ADR 044): written by the triggers of Offer, OfferLocation and
      // OfferSchedule, whose own scope-version triggers already mark the write.
      'OfferSearchChange',
      // Idempotency keys of citizen sends (ADR 063): written in the transaction that counts the send on
      // Offer (whose trigger bumps the version), read only by the send itself, never by a cached query.
      'SendReceipt',
    ];
    expect(rows.filter((r) => !exempt.includes(r.table) && !r.has_trigger).map((r) => r.table)).toEqual([]);
  } finally {
    await client.end();
  }
});

test("accounts never see each other's cached answers", async () => {
  const director = await server.signIn(demoEmail('direktoer'));
  const staffMe = await server.gql<{ me: { role: string } }>('{ me { role } }', undefined, staff);
  const directorMe = await server.gql<{ me: { role: string } }>('{ me { role } }', undefined, director);
  expect(staffMe.data?.me.role).toBe('sundhedsstab');
  expect(directorMe.data?.me.role).toBe('direktoer');
});

test('accounts of one role and municipality share answers that read no account data; other roles do not', async () => {
  const template = await server.db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('sundhedsstab') } });
  await server.db.staffUser.create({
    data: buildStaffUser({
      email: 'kollega@demo.ishoj.dk',
      name: 'Kollega',
      passwordHash: template.passwordHash,
      role: template.role,
      municipalityId: template.municipalityId,
    }),
  });
  const colleague = await server.signIn('kollega@demo.ishoj.dk');
  const first = await server.gql(overviewQuery, undefined, staff);
  const shared = await server.countQueries(() => server.gql(overviewQuery, undefined, colleague));
  expect(shared.result.data).toEqual(first.data);
  expect(shared.queries).toBeLessThanOrEqual(2); // the colleague's session + scope version: a hit
  const director = await server.signIn(demoEmail('direktoer'));
  const taken = sharedRows(server.db).hits;
  await server.gql(overviewQuery, undefined, director);
  // Another role executes for itself (its resolvers take the loader rows kept per kind, ADR 020).
  expect(sharedRows(server.db).hits).toBeGreaterThan(taken);
});

test('after a write, identical requests arriving together share one execution', async () => {
  const milestone = await server.db.milestone.findFirstOrThrow();
  await server.db.milestone.update({ where: { id: milestone.id }, data: { text: 'Ændret før et ryk af læsere' } });
  const single = await server.countQueries(() => server.gql(overviewQuery, undefined, staff));
  await server.db.milestone.update({ where: { id: milestone.id }, data: { text: 'Ændret igen' } });
  const together = await server.countQueries(() =>
    Promise.all(Array.from({ length: 6 }, () => server.gql(overviewQuery, undefined, staff))),
  );
  expect(together.result.every((r) => JSON.stringify(r.data).includes('Ændret igen'))).toBe(true);
  // One execution plus a session and version statement per request at most, not six executions.
  expect(together.queries).toBeLessThan(single.queries + 6 * 2 + 1);
});
