import { buildBody, buildBodyMember, buildBudgetLine, buildMilestone } from '../../seed/factories';
import { overviewQuery } from '../../../test/overviewQuery';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';
import { defined } from '../../../../../test/defined';

let server: TestServer;
let director: string;
beforeAll(async () => {
  server = await startTestServer({ responseCache: false }); // counts the statements of a real execution
  director = await server.signIn(demoEmail('direktoer'));
});
afterAll(() => server.close());

interface OverviewAnswer {
  overview: {
    municipality: { name: string; socialGroup: number };
    themes: { code: string; milestones: unknown[]; budgetLines: unknown[] }[];
    bodies: { name: string; members: unknown[] }[];
    clusters: {
      name: string;
      grants: {
        title: string;
        amountKr: number | null;
        changes: {
          previousAmountKr: number | null;
          newAmountKr: number;
          effectiveDate: string;
          agendaItem: { meeting: { date: string } } | null;
        }[];
      }[];
    }[];
  };
}

test('the overview shows Ishøj with themes A–G, bodies and the 2023 cluster grants', async () => {
  const res = await server.gql<OverviewAnswer>(overviewQuery, undefined, director);
  expect(res.errors).toBeUndefined();
  const o = res.data!.overview;
  expect(o.municipality).toMatchObject({ name: 'Ishøj Kommune', socialGroup: 4 });
  expect(o.themes.map((t) => t.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  expect(o.bodies.map((b) => b.name)).toEqual(expect.arrayContaining(['Sundhedsforum']));
  const grants = o.clusters.flatMap((c) => c.grants);
  const breastfeeding = grants.find((g) => /amme/i.test(g.title));
  expect(breastfeeding?.amountKr).toBe(1_000_000);
  const raise = breastfeeding!.changes.find((c) => c.newAmountKr === 1_000_000);
  expect(raise?.previousAmountKr).toBe(500_000);
  expect(raise?.agendaItem?.meeting.date).toBe('2023-04-26');
});

async function addRows(server: TestServer, round: number) {
  const themes = await server.db.theme.findMany();
  const municipalityId = defined(themes[0], 'a theme').municipalityId;
  const units = await server.db.orgUnit.findMany({ where: { municipalityId } });
  const source = await server.db.source.findFirstOrThrow();
  for (const theme of themes) {
    await server.db.milestone.createMany({
      data: Array.from({ length: 10 }, (_, i) =>
        buildMilestone({
          themeId: theme.id,
          year: 2030 + round,
          quarter: (i % 4) + 1,
          text: `Ekstra ${i}`,
          sourceId: source.id,
        }),
      ),
    });
    await server.db.budgetLine.createMany({
      data: Array.from({ length: 10 }, (_, i) =>
        buildBudgetLine({
          municipalityId,
          themeId: theme.id,
          year: 2040 + i,
          description: `Ekstra ${round}`,
          amountKr: 1000,
        }),
      ),
    });
  }
  for (let b = 0; b < 10; b++) {
    const body = await server.db.body.create({
      data: buildBody({
        name: `Netværk ${round}.${b}`,
        kind: 'SPECIALIST_NETWORK',
        municipalityId,
        sourceId: source.id,
      }),
    });
    await server.db.bodyMember.createMany({
      data: units.map((u) => buildBodyMember({ bodyId: body.id, orgUnitId: u.id })),
    });
  }
}

test('the nested overview query runs a bounded number of SQL statements, whatever the number of rows', async () => {
  const seeded = await server.countQueries(() => server.gql<OverviewAnswer>(overviewQuery, undefined, director));
  expect(seeded.result.errors).toBeUndefined();

  await addRows(server, 1);
  const more = await server.countQueries(() => server.gql<OverviewAnswer>(overviewQuery, undefined, director));
  await addRows(server, 2);
  const evenMore = await server.countQueries(() => server.gql<OverviewAnswer>(overviewQuery, undefined, director));

  expect(evenMore.result.errors).toBeUndefined();
  expect(evenMore.result.data?.overview.themes[0]?.milestones.length).toBeGreaterThanOrEqual(20);
  // One statement per relation and nesting level (DataLoader batches per tick), so the count is fixed
  // by the shape of the query: twice the rows must not add statements beyond that bound.
  const bound = 32;
  expect(seeded.queries).toBeLessThanOrEqual(bound);
  expect(more.queries).toBeLessThanOrEqual(bound);
  expect(evenMore.queries).toBeLessThanOrEqual(bound);
});
