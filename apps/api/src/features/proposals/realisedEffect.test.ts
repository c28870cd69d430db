// A decided case after the decision (issue 14 items 4 and 5, ADR 047) through the real API: realised against
// expected (the case follows one of its project's indicators; per year the engine's expected successful
// citizens stand beside the indicator's latest value; the case is re-run on realised figures off the request
// thread), and the case as an Excel workbook for the committee.
import ExcelJS from 'exceljs';
import { buildProject } from '../../seed/factories';
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;
let projectId: string;
let indicatorId: string;
let otherIndicatorId: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  const user = await server.db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('sundhedsstab') } });
  const municipalityId = user.municipalityId!;
  const project = await server.db.project.create({
    data: buildProject({ municipalityId, name: 'Sundhed for hjemløse (projekt)', startDate: new Date('2027-01-01') }),
  });
  projectId = project.id;
  const indicator = await server.db.indicator.create({
    data: { projectId, name: 'Borgere med varig effekt', unit: 'borgere' },
  });
  indicatorId = indicator.id;
  // 2027: two quarters (the latest counts), 2028: a yearly figure.
  await server.db.indicatorValue.createMany({
    data: [
      { indicatorId, year: 2027, quarter: 2, value: 1 },
      { indicatorId, year: 2027, quarter: 4, value: 2 },
      { indicatorId, year: 2028, quarter: null, value: 3 },
    ],
  });
  const other = await server.db.project.create({ data: buildProject({ municipalityId, name: 'Andet projekt' }) });
  otherIndicatorId = (await server.db.indicator.create({ data: { projectId: other.id, name: 'Andet', unit: 'stk.' } }))
    .id;
});
afterAll(async () => {
  await server.close();
});

const CASE = `mutation($p: ID, $n: String!, $i: BusinessCaseAssumptionsInput!, $r: String!) {
  createSavedBusinessCase(projectId: $p, name: $n, input: $i, reason: $r) { id version } }`;
const FOLLOW = `mutation($id: ID!, $v: Int!, $ind: ID) { followBusinessCaseIndicator(id: $id, version: $v, indicatorId: $ind) { id version } }`;
const REALISED = `query($id: ID!) { savedBusinessCase(id: $id) { result { successes npv }
  realised { indicator { id } choices { id name } startYear factor realisedGrossSuccessRatePercent note
    years { year caseYear expected realised } realisedResult { successes npv } } } }`;

type Realised = {
  savedBusinessCase: {
    result: { successes: number; npv: number };
    realised: {
      indicator: { id: string } | null;
      choices: { id: string }[];
      startYear: number | null;
      factor: number | null;
      realisedGrossSuccessRatePercent: number | null;
      note: string | null;
      years: { year: number; caseYear: number; expected: number; realised: number | null }[];
      realisedResult: { successes: number; npv: number } | null;
    };
  };
};
const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);

const assumptions = {
  template: 'social',
  horizonYears: 5,
  discountRatePercent: 3.5,
  participants: 30,
  cohorts: 1,
  grossSuccessRatePercent: 30,
  deadweightPercent: 10,
  costs: [{ label: 'Sundhedskoordinator', bearer: 'KOMMUNE', amountKr: 150000 }],
  gains: [{ label: 'Færre indlæggelser', bearer: 'REGION', amountKr: 40000 }],
  sources: [],
};

test('a decided case follows its project indicator: expected against realised per year, and re-run on realised figures', async () => {
  const created = await server.gql<{ createSavedBusinessCase: { id: string; version: number } }>(
    CASE,
    { p: projectId, n: 'Projektets business case', i: assumptions, r: 'Besluttet' },
    staff,
  );
  expect(created.errors).toBeUndefined();
  const { id, version } = created.data!.createSavedBusinessCase;

  const before = (await server.gql<Realised>(REALISED, { id }, director)).data!.savedBusinessCase.realised;
  expect(before.indicator).toBeNull();
  expect(before.choices.map((c) => c.id)).toEqual([indicatorId]);
  expect(before.note).toBe('Vælg den indikator i projektet, der tæller de borgere, indsatsen lykkes for.');

  // Only the staff unit chooses, only an indicator of the case's own project, only on the version it saw.
  expect(codes(await server.gql(FOLLOW, { id, v: version, ind: indicatorId }, director))).toEqual(['FORBIDDEN']);
  const wrong = await server.gql(FOLLOW, { id, v: version, ind: otherIndicatorId }, staff);
  expect(wrong.errors![0]!.extensions!.fields).toEqual([
    { path: 'indicatorId', message: 'Indikator skal være en indikator i business casens projekt' },
  ]);
  expect(codes(await server.gql(FOLLOW, { id, v: version + 1, ind: indicatorId }, staff))).toEqual(['CONFLICT']);
  const followed = await server.gql<{ followBusinessCaseIndicator: { version: number } }>(
    FOLLOW,
    { id, v: version, ind: indicatorId },
    staff,
  );
  expect(followed.errors).toBeUndefined();
  expect(followed.data!.followBusinessCaseIndicator.version).toBe(version + 1);

  const { result, realised } = (await server.gql<Realised>(REALISED, { id }, director)).data!.savedBusinessCase;
  expect(realised.indicator).toEqual({ id: indicatorId });
  expect(realised.startYear).toBe(2027);
  expect(realised.years.map((y) => [y.year, y.caseYear, y.realised])).toEqual([
    [2027, 0, 2],
    [2028, 1, 3],
    [2029, 2, null],
    [2030, 3, null],
    [2031, 4, null],
    [2032, 5, null],
  ]);
  const counted = realised.years.filter((y) => y.realised !== null && y.expected > 0);
  const factor = counted.reduce((s, y) => s + y.realised!, 0) / counted.reduce((s, y) => s + y.expected, 0);
  expect(realised.factor).toBeCloseTo(factor, 10);
  // Net success rate scaled by the factor: gross = deadweight + (gross − deadweight) × factor.
  expect(realised.realisedGrossSuccessRatePercent).toBeCloseTo(10 + 20 * factor, 10);
  // The engine's successes are linear in the net rate: the re-run's successes are the expected × factor.
  expect(realised.realisedResult!.successes).toBeCloseTo(result.successes * factor, 6);
  expect(realised.realisedResult!.npv).not.toBeCloseTo(result.npv, 0);
  expect(realised.note).toBeNull();
});

test('a case of a proposal has no realised view and cannot follow an indicator', async () => {
  const proposal = await server.db.proposal.findFirstOrThrow();
  const created = await server.gql<{ createSavedBusinessCase: { id: string; version: number } }>(
    `mutation($p: ID, $n: String!, $i: BusinessCaseAssumptionsInput!, $r: String!) {
      createSavedBusinessCase(proposalId: $p, name: $n, input: $i, reason: $r) { id version } }`,
    { p: proposal.id, n: 'Forslagets business case', i: assumptions, r: 'Udkast' },
    staff,
  );
  const { id, version } = created.data!.createSavedBusinessCase;
  expect((await server.gql<Realised>(REALISED, { id }, staff)).data!.savedBusinessCase.realised).toBeNull();
  const res = await server.gql(FOLLOW, { id, v: version, ind: indicatorId }, staff);
  expect(res.errors![0]!.extensions!.fields).toEqual([
    {
      path: 'id',
      message:
        'Business casen hører ikke til et projekt endnu; den kan først følge en indikator, når forslaget er besluttet',
    },
  ]);
  expect((await server.db.savedBusinessCase.findUniqueOrThrow({ where: { id } })).realisedIndicatorId).toBeNull();
});

test('a saved case downloads as an Excel workbook with its figures, assumptions and versions; readers only', async () => {
  const created = await server.gql<{ createSavedBusinessCase: { id: string } }>(
    CASE,
    { p: projectId, n: 'Til udvalget', i: assumptions, r: 'Første udkast' },
    staff,
  );
  const { id } = created.data!.createSavedBusinessCase;
  const res = await fetch(`${server.url}/api/business-cases/${id}.xlsx`, { headers: { cookie: director } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  expect(book.worksheets.map((w) => w.name)).toEqual(['Resultat', 'År', 'Hvem vinder', 'Antagelser', 'Versioner']);
  const stored = await server.db.savedBusinessCase.findUniqueOrThrow({ where: { id } });
  const npv = (stored.result as { npv: number }).npv;
  const result = book.getWorksheet('Resultat')!;
  expect(result.getRow(3).values).toEqual([undefined, 'Nettonutidsværdi', npv]);
  expect(result.getRow(6).getCell(2).text).toMatch(/^Tjener sig/);
  const rows = book.getWorksheet('Antagelser')!.getSheetValues().slice(2) as unknown[][];
  expect(rows).toContainEqual([undefined, 'Succesraten', 30, '%']);
  expect(book.getWorksheet('Versioner')!.getRow(2).getCell(2).value).toBe('Første udkast');

  expect((await fetch(`${server.url}/api/business-cases/${id}.xlsx`)).status).toBe(401);
  const secretariat = await server.signIn(demoEmail('klyngesekretariat'));
  expect(
    (await fetch(`${server.url}/api/business-cases/${id}.xlsx`, { headers: { cookie: secretariat } })).status,
  ).toBe(403);
  expect((await fetch(`${server.url}/api/business-cases/no-such.xlsx`, { headers: { cookie: staff } })).status).toBe(
    404,
  );
});

test('the seeded first version, saved by no user, reads "Indlæst fra kommunens dokumenter" in the workbook', async () => {
  const seeded = await server.db.businessCaseVersion.findFirstOrThrow({ where: { userId: null, number: 1 } });
  const res = await fetch(`${server.url}/api/business-cases/${seeded.businessCaseId}.xlsx`, {
    headers: { cookie: director },
  });
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const versions = book.getWorksheet('Versioner')!;
  const first = versions.getRow(versions.rowCount);
  expect(first.getCell(1).value).toBe(1);
  expect(first.getCell(3).value).toBe('Indlæst fra kommunens dokumenter');
});
