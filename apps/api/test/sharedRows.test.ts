// Loader rows kept across requests per kind of data (ADR 020): after a write to one kind, the next
// execution fetches only that kind's rows again, and always shows the write, whoever made it.
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

interface OverviewResult {
  overview: {
    themes: {
      code: string;
      title: string;
      responsibleUnits: { name: string }[];
      milestones: { text: string }[];
      budgetLines: { amountKr: number | null }[];
      projects: { name: string; ownerUnit: { name: string } | null }[];
    }[];
    bodies: { name: string; members: { name: string }[] }[];
    clusters: { name: string }[];
  };
}

const overview = () => server.gql<OverviewResult>(overviewQuery, undefined, staff);
const tablesOf = (statements: string[]) =>
  statements.map((s) => /(?:FROM|INTO|UPDATE)\s+(?:"public"\.)?"?(\w+)"?/i.exec(s)?.[1] ?? s.split(' ')[0]);

test('after a milestone edit the overview shows the new text and reads only the themes kind again', async () => {
  const full = await server.countQueries(overview); // the first execution fetches every loader's rows
  expect(full.result.errors).toBeUndefined();
  const milestone = await server.db.milestone.findFirstOrThrow({
    where: { theme: { municipality: { name: 'Ishøj Kommune' } } },
  });
  const edit = await server.gql<{ updateMilestone: { version: number } }>(
    'mutation($id: ID!, $v: Int!, $i: MilestoneInput!) { updateMilestone(id: $id, version: $v, input: $i) { version } }',
    { id: milestone.id, v: milestone.version, i: { year: milestone.year, text: 'Ny milepælstekst' } },
    staff,
  );
  expect(edit.errors).toBeUndefined();
  const after = await server.countQueries(overview);
  expect(after.result.errors).toBeUndefined();
  const texts = after.result.data!.overview.themes.flatMap((t) => t.milestones.map((m) => m.text));
  expect(texts).toContain('Ny milepælstekst');
  expect(texts).not.toContain(milestone.text);
  // Everything but the themes kind (sources, organisation, projects, clusters, geography) is kept.
  // (the responsible units' own units come with their link rows: Prisma reads them in a statement of their own).
  const tables = tablesOf(after.statements);
  expect(tables).toEqual(expect.arrayContaining(['Theme', 'Milestone', 'BudgetLine', 'ThemeResponsibleUnit']));
  for (const kept of ['Source', 'Body', 'BodyMember', 'Cluster', 'ClusterMember', 'Grant', 'Project', 'Region'])
    expect(tables).not.toContain(kept);
  expect(after.queries).toBeLessThan(full.queries / 2);
  // The answer equals a full execution's (a fresh database client has nothing kept).
  const { themes: _t, ...restAfter } = after.result.data!.overview;
  const { themes: _f, ...restFull } = full.result.data!.overview;
  expect(restAfter).toEqual(restFull);
});

test('a write straight into the database to a kept kind (another process) is seen by the next read', async () => {
  const theme = await server.db.theme.findFirstOrThrow({ where: { municipality: { name: 'Ishøj Kommune' } } });
  await server.db.project.create({
    data: { municipalityId: theme.municipalityId, themeId: theme.id, name: 'Et projekt' },
  });
  expect((await overview()).data!.overview.themes.flatMap((t) => t.projects.map((p) => p.name))).toContain(
    'Et projekt',
  );
  const client = new pg.Client({ connectionString: server.database.url });
  await client.connect();
  try {
    // Organisation rows (kept until now): a responsible unit's name and a body's name.
    await client.query(
      `UPDATE "OrgUnit" SET "name" = 'Omdøbt enhed' WHERE "id" = (SELECT "orgUnitId" FROM "ThemeResponsibleUnit" ORDER BY "id" LIMIT 1)`,
    );
    await client.query(`UPDATE "Body" SET "name" = 'Omdøbt forum' WHERE "name" = 'Sundhedsforum'`);
    await client.query(`UPDATE "Project" SET "name" = 'Omdøbt projekt' WHERE "name" = 'Et projekt'`);
  } finally {
    await client.end();
  }
  const after = (await overview()).data!.overview;
  expect(after.themes.flatMap((t) => t.responsibleUnits.map((u) => u.name))).toContain('Omdøbt enhed');
  expect(after.bodies.map((b) => b.name)).toContain('Omdøbt forum');
  expect(after.themes.flatMap((t) => t.projects.map((p) => p.name))).toContain('Omdøbt projekt');
});

test('an offer edit keeps every row of the overview (and its cached answer)', async () => {
  await overview();
  const offer = await server.db.offer.findFirstOrThrow({ where: { municipality: { name: 'Ishøj Kommune' } } });
  await server.db.offer.update({ where: { id: offer.id }, data: { intakeNotes: 'ændret' } });
  const after = await server.countQueries(overview);
  expect(after.queries).toBeLessThanOrEqual(2); // session + scope version
});

test("another municipality's theme edit does not drop this municipality's rows, and is not shown here", async () => {
  const elsewhere = await server.db.municipality.findFirstOrThrow({ where: { name: { not: 'Ishøj Kommune' } } });
  const theme = await server.db.theme.create({
    data: { municipalityId: elsewhere.id, code: 'X', title: 'Andet sted', kind: 'INTERNAL', description: '' },
  });
  const before = await overview();
  await server.db.milestone.create({ data: { themeId: theme.id, year: 2026, text: 'Andet sted' } });
  await server.db.theme.update({ where: { id: theme.id }, data: { title: 'Andet sted, igen' } });
  const after = await server.countQueries(overview);
  expect(after.queries).toBeLessThanOrEqual(2);
  expect(after.result.data).toEqual(before.data);
});

test('rows are kept per municipality and are not taken by mutations or anonymous requests', async () => {
  // A mutation reads its rows itself (no versions): the answer shows the write at once.
  const theme = await server.db.theme.findFirstOrThrow({ where: { municipality: { name: 'Ishøj Kommune' } } });
  await overview();
  const res = await server.gql<{ updateTheme: { title: string; milestones: { text: string }[] } }>(
    'mutation($id: ID!, $v: Int!) { updateTheme(id: $id, version: $v, input: { title: "Ny titel" }) { title milestones { text } } }',
    { id: theme.id, v: theme.version },
    staff,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.updateTheme.title).toBe('Ny titel');
  const after = (await overview()).data!.overview;
  expect(after.themes.map((t) => t.title)).toContain('Ny titel');
});
