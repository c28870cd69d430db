// No lost update (issue 7, ADR 016): concurrent pairs of edits against the real server and PostgreSQL.
// Before versions, two saves of the same offer from the same form state both answered "saved" and one
// change was gone in 29 of 30 pairs while the history claimed both.
import { budgetLineSpec, emptyTally, milestoneSpec, offerSpec, runPair, type Gql } from './editPairs';
import { demoEmail, startTestServer, type TestServer } from './testServer';

let server: TestServer;
let staffA: string;
let staffB: string;
let gql: Gql;

beforeAll(async () => {
  server = await startTestServer();
  // Two sessions of the staff unit: two people at two desks.
  [staffA, staffB] = await Promise.all([
    server.signIn(demoEmail('sundhedsstab')),
    server.signIn(demoEmail('sundhedsstab')),
  ]);
  gql = (query, variables, cookie) => server.gql(query, variables, cookie);
});
afterAll(() => server.close());

const offerIds = async (n: number) =>
  (await server.db.offer.findMany({ orderBy: { name: 'asc' }, take: n, select: { id: true } })).map((o) => o.id);

test('50 concurrent pairs of offer edits: exactly one of each pair saves, the other gets CONFLICT; nothing lost; history agrees', async () => {
  const tally = emptyTally();
  const ids = await offerIds(5);
  for (let pair = 0; pair < 50; pair++)
    await runPair(gql, offerSpec, [staffA, staffB], ids[pair % ids.length]!, pair, tally, server.db);
  expect(tally.otherErrors).toEqual([]);
  expect(tally).toMatchObject({ pairs: 50, conflicts: 50, saved: 100, lost: 0, badConflicts: 0, historyMismatches: 0 });
}, 120_000);

test('concurrent pairs on milestones and budget lines: one saves, one CONFLICT, nothing lost', async () => {
  const tally = emptyTally();
  const milestones = await server.db.milestone.findMany({ take: 3, orderBy: { id: 'asc' }, select: { id: true } });
  const lines = await server.db.budgetLine.findMany({
    where: { themeId: { not: null }, amountKr: { not: null } },
    take: 3,
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  for (let pair = 0; pair < 10; pair++) {
    await runPair(gql, milestoneSpec, [staffA, staffB], milestones[pair % milestones.length]!.id, pair, tally);
    await runPair(gql, budgetLineSpec, [staffA, staffB], lines[pair % lines.length]!.id, pair, tally);
  }
  expect(tally.otherErrors).toEqual([]);
  expect(tally).toMatchObject({ pairs: 20, conflicts: 20, saved: 40, lost: 0, badConflicts: 0 });
}, 60_000);

test('a stale offer save gets the Danish CONFLICT with the stored version, values and the fields changed since', async () => {
  const [id] = await offerIds(1);
  const loaded = await offerSpec.load(gql, staffA, id!);
  await gql(offerSpec.mutation, { id, v: loaded.version, i: { contactName: 'Ny kontaktperson' } }, staffB);
  const stale = await server.gql(
    offerSpec.mutation,
    { id, v: loaded.version, i: { alert: 'Lukket i uge 42' } },
    staffA,
  );
  const error = stale.errors![0]!;
  expect(error.message.startsWith('Tilbuddet er ændret af en anden siden du åbnede det')).toBe(true);
  expect(error.extensions).toMatchObject({
    code: 'CONFLICT',
    currentVersion: loaded.version + 1,
    changedFields: ['contactName'],
  });
  expect((error.extensions as { current: Record<string, unknown> }).current).toMatchObject({
    contactName: 'Ny kontaktperson',
    alert: loaded.values.alert,
  });
  const stored = await server.db.offer.findUniqueOrThrow({ where: { id } });
  expect(stored.alert).toBe(loaded.values.alert);
  // No history row for the refused save.
  expect(
    await server.db.offerChange.count({ where: { offerId: id, field: 'alert', version: { gt: loaded.version } } }),
  ).toBe(0);
});

test('pause/end, bulk confirmation and report resolution refuse a stale version; themes too', async () => {
  const [id, other] = await offerIds(2);
  const v = (await server.db.offer.findUniqueOrThrow({ where: { id } })).version;
  const pause =
    'mutation($id: ID!, $v: Int!) { setOfferStatus(id: $id, version: $v, status: TEMPORARILY_CLOSED) { version } }';
  const [p1, p2] = await Promise.all([server.gql(pause, { id, v }, staffA), server.gql(pause, { id, v }, staffB)]);
  expect([p1, p2].filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);

  // Bulk "Bekræft oplysninger": one stale offer refuses the whole batch, naming it; nothing confirmed.
  const otherVersion = (await server.db.offer.findUniqueOrThrow({ where: { id: other } })).version;
  const assure = 'mutation($ids: [ID!]!, $vs: [Int!]!) { assureOffers(ids: $ids, versions: $vs) { id version } }';
  const bulk = await server.gql(assure, { ids: [id, other], vs: [v, otherVersion] }, staffA);
  expect(bulk.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', stale: [{ id, currentVersion: v + 1 }] });
  expect((await server.db.offer.findUniqueOrThrow({ where: { id: other } })).version).toBe(otherVersion);
  const ok = await server.gql<{ assureOffers: { version: number }[] }>(
    assure,
    { ids: [id, other], vs: [v + 1, otherVersion] },
    staffA,
  );
  expect(ok.data?.assureOffers.map((o) => o.version)).toEqual([v + 2, otherVersion + 1]);

  const theme = await server.db.theme.findFirstOrThrow({ where: { code: 'C' } });
  const title =
    'mutation($id: ID!, $v: Int!, $t: String!) { updateTheme(id: $id, version: $v, input: { title: $t }) { version } }';
  const [t1, t2] = await Promise.all([
    server.gql(title, { id: theme.id, v: theme.version, t: 'Titel A' }, staffA),
    server.gql(title, { id: theme.id, v: theme.version, t: 'Titel B' }, staffB),
  ]);
  const loser = [t1, t2].find((r) => r.errors)!;
  expect(loser.errors?.[0]?.message.startsWith('Temaet er ændret af en anden siden du åbnede det')).toBe(true);
  const stored = await server.db.theme.findUniqueOrThrow({ where: { id: theme.id } });
  expect(stored.version).toBe(theme.version + 1);
  expect((loser.errors?.[0]?.extensions as { current: { title: string } }).current.title).toBe(stored.title);

  const report = await server.db.offerReport.create({ data: { offerId: other!, message: 'Forkert adresse' } });
  const resolve = 'mutation($id: ID!, $v: Int!) { resolveOfferReport(id: $id, version: $v) { version } }';
  expect((await server.gql(resolve, { id: report.id, v: 1 }, staffA)).errors).toBeUndefined();
  expect((await server.gql(resolve, { id: report.id, v: 1 }, staffB)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
});

test('CSV import refuses a row whose offer changed since the export, and rows without the version', async () => {
  const res = await fetch(`${server.url}/api/offers/export.csv`, { headers: { cookie: staffA } });
  const text = (await res.text()).replace(/^\uFEFF/, '');
  expect(text.split('\r\n')[0]!.split(';').at(-1)).toBe('Version');
  const [id] = await offerIds(1);
  const before = await server.db.offer.findUniqueOrThrow({ where: { id } });
  await gql(offerSpec.mutation, { id, v: before.version, i: { contactName: 'Ændret efter eksporten' } }, staffB);
  const importCsv = (csv: string) =>
    server.gql<{ importOffersCsv: { imported: number; errors: { line: number; column: string; message: string }[] } }>(
      'mutation($c: String!) { importOffersCsv(csv: $c) { imported errors { line column message } } }',
      { c: csv },
      staffA,
    );
  // The whole export back: only the offer changed since is refused, so nothing is imported.
  const stale = await importCsv(text);
  expect(stale.data!.importOffersCsv.imported).toBe(0);
  expect(stale.data!.importOffersCsv.errors).toEqual([
    {
      line: expect.any(Number),
      column: 'Version',
      message: `Tilbuddet er ændret af en anden siden du åbnede det (eksporteret version ${before.version}, nu version ${before.version + 1}). Eksportér igen, og ret i den nye fil.`,
    },
  ]);
  const withoutVersion = await importCsv(text.replace(/;Version\r\n/, '\r\n').replace(/;\d+\r\n/g, '\r\n'));
  expect(withoutVersion.data!.importOffersCsv.imported).toBe(0);
  expect(new Set(withoutVersion.data!.importOffersCsv.errors.map((e) => e.column))).toEqual(new Set(['Version']));
  expect((await server.db.offer.findUniqueOrThrow({ where: { id } })).contactName).toBe('Ændret efter eksporten');
});
