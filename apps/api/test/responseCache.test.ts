// The read cache must never show stale data: any write, through the API or straight into the
// database (another instance, a script), invalidates it.
import pg from 'pg';
import { overviewQuery } from './overviewQuery';
import { demoEmail, startTestServer, type TestServer } from './testServer';

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
  await server.gql(`mutation { updateTheme(id: "${themeC.id}", version: ${themeC.version}, input: { title: "Sundhed for hjemløse (revideret)" }) { id } }`, undefined, staff);
  const after = await server.gql<Themes>(themesQuery, undefined, staff);
  expect(before.data?.themes.find((t) => t.code === 'C')?.title).not.toMatch(/revideret/);
  expect(after.data?.themes.find((t) => t.code === 'C')?.title).toBe('Sundhed for hjemløse (revideret)');
});

test('a write straight into the database (another instance) invalidates the cache too', async () => {
  await server.gql<Themes>(themesQuery, undefined, staff);
  const client = new pg.Client({ connectionString: server.database.url });
  await client.connect();
  try {
    await client.query(`UPDATE "Milestone" SET "text" = 'Ændret af en anden instans' WHERE id = (SELECT id FROM "Milestone" ORDER BY id LIMIT 1)`);
  } finally {
    await client.end();
  }
  const after = await server.gql<Themes>(themesQuery, undefined, staff);
  expect(after.data?.themes.flatMap((t) => t.milestones.map((m) => m.text))).toContain('Ændret af en anden instans');
});

test('every data table bumps the data version on writes (only sessions and throttling are exempt)', async () => {
  const client = new pg.Client({ connectionString: server.database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string; has_trigger: boolean }>(
      `SELECT c.relname AS table,
              EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_bump_data_version') AS has_trigger
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'`,
    );
    const exempt = ['Session', 'LoginThrottle', 'LoginThrottleKey', 'DataVersion', '_prisma_migrations'];
    expect(rows.filter((r) => !exempt.includes(r.table) && !r.has_trigger).map((r) => r.table)).toEqual([]);
  } finally {
    await client.end();
  }
});

test('accounts never see each other\'s cached answers', async () => {
  const director = await server.signIn(demoEmail('direktoer'));
  const staffMe = await server.gql<{ me: { role: string } }>('{ me { role } }', undefined, staff);
  const directorMe = await server.gql<{ me: { role: string } }>('{ me { role } }', undefined, director);
  expect(staffMe.data?.me.role).toBe('sundhedsstab');
  expect(directorMe.data?.me.role).toBe('direktoer');
});
