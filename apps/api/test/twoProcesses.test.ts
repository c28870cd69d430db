// Two API processes on one real PostgreSQL (issue 7, ADR 019): a write through one is seen by the
// other's next request (search index and cached overview), and a sign-out through one is refused by
// the other within 1 s. Real OS processes (tsx apps/api/src/main.ts), each with its own pool, caches
// and session memo, on one cloned test database. The embedded database serves one process only.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { cloneTestDatabase, embeddedMode, type TestDatabase } from './testDatabase';
import { demoEmail, demoPassword } from './testServer';
import { overviewQuery } from './overviewQuery';

const root = join(__dirname, '..', '..', '..');
const maybe = embeddedMode ? test.skip : test;

interface Instance {
  url: string;
  child: ChildProcess;
}

function startInstance(databaseUrl: string): Promise<Instance> {
  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'apps/api/src/main.ts')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      SUNDHED_DEMO: '0',
      DATABASE_POOL: '4',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: tsx runs the app in a child process of its own
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/localhost:(\d+)/.exec(out);
      if (match) resolve({ url: `http://127.0.0.1:${match[1]}/graphql`, child });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`API process exited (${code}): ${out}`)));
  });
}

async function gql<T>(
  url: string,
  query: string,
  variables?: object,
  cookie?: string,
): Promise<{ data?: T; errors?: { extensions?: { code?: string } }[]; cookie?: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  return { ...body, cookie: res.headers.get('set-cookie')?.split(';')[0] };
}

/** A record of the demo municipality, read straight from the database (with its version, if records have one). */
async function row(table: 'Offer' | 'Milestone'): Promise<{ id: string; version?: number }> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const where =
      table === 'Offer'
        ? `"municipalityId" = (SELECT "municipalityId" FROM "StaffUser" WHERE "email" = $1)`
        : `"themeId" IN (SELECT "id" FROM "Theme" WHERE "municipalityId" = (SELECT "municipalityId" FROM "StaffUser" WHERE "email" = $1))`;
    const { rows } = await client.query(`SELECT * FROM "${table}" WHERE ${where} ORDER BY "id" LIMIT 1`, [
      demoEmail('sundhedsstab'),
    ]);
    return { id: rows[0].id as string, version: rows[0].version as number | undefined };
  } finally {
    await client.end();
  }
}

let database: TestDatabase;
let a: Instance;
let b: Instance;
beforeAll(async () => {
  if (embeddedMode) return;
  database = await cloneTestDatabase();
  [a, b] = await Promise.all([startInstance(database.url), startInstance(database.url)]);
}, 60_000);
afterAll(async () => {
  if (embeddedMode) return;
  await Promise.all(
    [a, b].map(async (i) => {
      if (!i?.child.pid || i.child.exitCode !== null) return;
      const exited = new Promise((r) => i.child.once('exit', r));
      process.kill(-i.child.pid, 'SIGKILL');
      await exited;
    }),
  );
  await database.drop();
});

const search = `query($i: OfferSearchInput!) { searchOffers(input: $i) { total hits { offer { id name } } } }`;
type Search = { searchOffers: { total: number; hits: { offer: { id: string; name: string } }[] } };
type OverviewAnswer = { overview: { themes: { milestones: { text: string }[] }[] } };

maybe('a write through one process is seen by the other at once: search index and cached overview', async () => {
  const signIn = await gql(a.url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
    e: demoEmail('sundhedsstab'),
    p: demoPassword,
  });
  const cookie = signIn.cookie!;
  expect(cookie).toBeTruthy();
  // B builds its search index and caches the overview.
  const before = await gql<Search>(b.url, search, { i: { text: 'zebrafinke' } }, cookie);
  expect(before.data?.searchOffers.total).toBe(0);
  await gql<OverviewAnswer>(b.url, overviewQuery, undefined, cookie);
  const offer = await row('Offer');
  const milestoneRow = await row('Milestone');
  // Record versions (issue 7, ADR 016), when the records have them: an update names the version it edited.
  const v = (r: { version?: number }) => (r.version === undefined ? ['', ''] : [', $v: Int!', ', version: $v']);
  const edit = await gql(
    a.url,
    `mutation($id: ID!, $i: OfferInput!${v(offer)[0]}) { updateOffer(id: $id, input: $i${v(offer)[1]}) { id } }`,
    { id: offer.id, v: offer.version, i: { name: 'Zebrafinkeklub' } },
    cookie,
  );
  expect(edit.errors).toBeUndefined();
  const milestone = await gql(
    a.url,
    `mutation($id: ID!, $i: MilestoneInput!${v(milestoneRow)[0]}) { updateMilestone(id: $id, input: $i${v(milestoneRow)[1]}) { id } }`,
    { id: milestoneRow.id, v: milestoneRow.version, i: { year: 2026, text: 'Skrevet gennem proces A' } },
    cookie,
  );
  expect(milestone.errors).toBeUndefined();
  const offerId = offer.id;

  const [found, overview] = await Promise.all([
    gql<Search>(b.url, search, { i: { text: 'zebrafinke' } }, cookie),
    gql<OverviewAnswer>(b.url, overviewQuery, undefined, cookie),
  ]);
  expect(found.data?.searchOffers.hits.map((h) => h.offer.id)).toEqual([offerId]);
  expect(overview.data?.overview.themes.flatMap((t) => t.milestones.map((m) => m.text))).toContain(
    'Skrevet gennem proces A',
  );
});

maybe('a sign-out through one process is honoured by the other within 1 s', async () => {
  const signIn = await gql(a.url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
    e: demoEmail('direktoer'),
    p: demoPassword,
  });
  const cookie = signIn.cookie!;
  const themes = '{ themes { code } }';
  // B has just looked the session up (it is in B's session memo).
  expect((await gql(b.url, themes, undefined, cookie)).errors).toBeUndefined();
  await gql(a.url, 'mutation { signOut }', undefined, cookie);
  const signedOut = Date.now();
  let refusedAfter = -1;
  while (Date.now() - signedOut < 3000) {
    const res = await gql(b.url, themes, undefined, cookie);
    if (res.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
      refusedAfter = Date.now() - signedOut;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(refusedAfter).toBeGreaterThanOrEqual(0);
  expect(refusedAfter).toBeLessThanOrEqual(1000);
});
