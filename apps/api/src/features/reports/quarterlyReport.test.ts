// The quarterly report for Social- og Sundhedsudvalget through the real API (issue 9, deliverable 7): a
// quarter judged at its close by the shared clock (a late milestone, a milestone done late, a written and a
// missing status report, an indicator value, a budget line over budget, each figure with its footnote),
// bad input in Danish, who may read it, and the PDF fetched through the server with its text extracted.
import { setClock } from '@sundhed/shared';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;
let lead: string;
let front: string;

const REPORT = `query($y: Int!, $q: Int!) { quarterlyReport(year: $y, quarter: $q) {
  title quarterLabel periodStart periodEnd asOf
  themes { code dueCount lateCount doneCount milestones { text due timeliness timelinessLabel footnote } }
  projects { name ownerUnitName reportMissing lateMilestoneCount
    statusReport { colour colourLabel text authorName footnote }
    milestones { text timeliness completedOn footnote } }
  lateItems { kind kindLabel title date footnote }
  indicators { projectName name unit periodLabel value target footnote targetFootnote }
  budget { ownerLabel description amountKr actualKr differenceKr footnote actualFootnote }
  budgetTotal { amountKr actualKr differenceKr footnote }
  footnotes { number text url } } }`;

interface Report {
  title: string;
  quarterLabel: string;
  periodStart: string;
  periodEnd: string;
  asOf: string;
  themes: { code: string; dueCount: number; lateCount: number; doneCount: number }[];
  projects: {
    name: string;
    ownerUnitName: string | null;
    reportMissing: boolean;
    lateMilestoneCount: number;
    statusReport: { colour: string; colourLabel: string; text: string; footnote: number } | null;
    milestones: { text: string; timeliness: string; completedOn: string | null; footnote: number | null }[];
  }[];
  lateItems: { kind: string; title: string; date: string; footnote: number }[];
  indicators: { projectName: string; name: string; periodLabel: string; value: number; footnote: number | null }[];
  budget: {
    description: string;
    amountKr: number | null;
    actualKr: number | null;
    differenceKr: number | null;
    footnote: number | null;
    actualFootnote: number | null;
  }[];
  budgetTotal: { amountKr: number; actualKr: number; footnote: number };
  footnotes: { number: number; text: string; url: string | null }[];
}

const PROJECT = 'Kvartalsprojekt Æblehaven';
const SILENT = 'Kvartalsprojekt uden rapport';

async function moveClock(time: string) {
  setClock(time);
  await server.db.session.updateMany({
    data: { expiresAt: new Date(Date.parse(time) + 24 * 3600_000), lastSeenAt: new Date(time) },
  });
}

async function ok<T>(res: Promise<GraphQLResponse<T>>): Promise<T> {
  const r = await res;
  expect(r.errors).toBeUndefined();
  return r.data!;
}

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  lead = await server.signIn(demoEmail('projektleder'));
  front = await server.signIn(demoEmail('frontmedarbejder'));
  // The data is written during the quarter (4. kvt. 2026) and read after it.
  await moveClock('2026-11-02T09:00:00Z');
  const unit = await server.db.orgUnit.findFirstOrThrow({ where: { name: 'Center for Ældre og Rehabilitering' } });
  const create = `mutation($i: ProjectInput!) { createProject(input: $i) { id } }`;
  const input = (name: string) => ({ name, ownerUnitId: unit.id, status: 'IN_PROGRESS', startDate: '2026-01-01' });
  const { createProject: p } = await ok(
    server.gql<{ createProject: { id: string } }>(create, { i: input(PROJECT) }, staff),
  );
  await ok(server.gql(create, { i: input(SILENT) }, staff));
  const milestone = `mutation($p: ID!, $i: MilestoneInput!) { createProjectMilestone(projectId: $p, input: $i) { id } }`;
  const source = { title: 'Projektplan Æblehaven', section: 'Bilag 2', date: '1.9.2026' };
  await ok(
    server.gql(
      milestone,
      { p: p.id, i: { year: 2026, date: '30.11.2026', text: 'Første hold afsluttet', source } },
      staff,
    ),
  );
  await ok(
    server.gql(
      milestone,
      {
        p: p.id,
        i: { year: 2026, quarter: 3, text: 'Rekruttering færdig', status: 'DONE', completedOn: '2026-10-20' },
      },
      staff,
    ),
  );
  await ok(server.gql(milestone, { p: p.id, i: { year: 2027, quarter: 2, text: 'Evaluering skrevet' } }, staff));
  await ok(
    server.gql(
      `mutation($p: ID!, $i: StatusReportInput!) { createStatusReport(projectId: $p, input: $i) { id } }`,
      { p: p.id, i: { year: 2026, quarter: 4, colour: 'YELLOW', text: 'Første hold forsinket af sygdom.' } },
      staff,
    ),
  );
  const { createIndicator: ind } = await ok(
    server.gql<{ createIndicator: { id: string } }>(
      `mutation($p: ID!, $i: IndicatorInput!) { createIndicator(projectId: $p, input: $i) { id } }`,
      { p: p.id, i: { name: 'Deltagere', unit: 'deltagere', baseline: 0, target: 40, source } },
      staff,
    ),
  );
  await ok(
    server.gql(
      `mutation($i: ID!, $v: IndicatorValueInput!) { addIndicatorValue(indicatorId: $i, input: $v) { id } }`,
      { i: ind.id, v: { periodYear: 2026, periodQuarter: 4, value: 23, source: { title: 'Fremmødeliste 4. kvt.' } } },
      staff,
    ),
  );
  await ok(
    server.gql(
      `mutation($p: ID!, $i: BudgetLineInput!) { createProjectBudgetLine(projectId: $p, input: $i) { id } }`,
      {
        p: p.id,
        i: {
          year: 2026,
          description: 'Holdledere',
          amountKr: 100000,
          actualKr: 125000,
          source,
          actualSource: { title: 'Budgetopfølgning 3. kvt. 2026' },
        },
      },
      staff,
    ),
  );
});
afterAll(async () => {
  setClock(null);
  await server.close();
});

describe('4. kvt. 2026, read on 15 January 2027', () => {
  let report: Report;
  beforeAll(async () => {
    await moveClock('2027-01-15T09:00:00Z');
    report = (await ok(server.gql<{ quarterlyReport: Report }>(REPORT, { y: 2026, q: 4 }, director))).quarterlyReport;
  });
  const project = (name: string) => report.projects.find((p) => p.name === name)!;
  const footnote = (n: number | null | undefined) => report.footnotes.find((f) => f.number === n)?.text;

  test('title, period and the day the rules judge it on', () => {
    expect(report).toMatchObject({
      title: 'Kvartalsrapport til Social- og Sundhedsudvalget, 4. kvt. 2026',
      quarterLabel: '4. kvt. 2026',
      periodStart: '2026-10-01',
      periodEnd: '2026-12-31',
      asOf: '2027-01-01',
    });
  });

  test('a milestone due in the quarter and not done is late; one done in the quarter after its time is done late', () => {
    const p = project(PROJECT);
    expect(p.milestones.map((m) => [m.text, m.timeliness])).toEqual([
      ['Rekruttering færdig', 'DONE_LATE'],
      ['Første hold afsluttet', 'LATE'],
    ]);
    expect(p.lateMilestoneCount).toBe(1);
    expect(footnote(p.milestones[1]!.footnote)).toBe('Projektplan Æblehaven, Bilag 2, 1.9.2026');
    expect(report.lateItems).toContainEqual(
      expect.objectContaining({
        kind: 'LATE_MILESTONE',
        title: `Første hold afsluttet (${PROJECT})`,
        date: '2026-11-30',
      }),
    );
    expect(footnote(report.lateItems[0]!.footnote)).toMatch(
      /^Beregnet af Sundhedsoverblik: forsinket = .* pr\. 31\.12\.2026$/,
    );
  });

  test('the quarter’s status report with colour and text; a project without one is flagged', () => {
    expect(project(PROJECT)).toMatchObject({
      reportMissing: false,
      statusReport: { colour: 'YELLOW', colourLabel: 'Gul', text: 'Første hold forsinket af sygdom.' },
    });
    expect(footnote(project(PROJECT).statusReport!.footnote)).toMatch(
      /^Statusrapport for 4\. kvt\. 2026, skrevet i Sundhedsoverblik/,
    );
    expect(project(SILENT)).toMatchObject({ reportMissing: true, statusReport: null });
    expect(report.lateItems).toContainEqual(
      expect.objectContaining({
        kind: 'MISSING_STATUS_REPORT',
        title: `${SILENT}: ingen statusrapport for 4. kvt. 2026`,
      }),
    );
  });

  test('indicator values of the quarter and budget against actual, each with its source', () => {
    const value = report.indicators.find((i) => i.projectName === PROJECT)!;
    expect(value).toMatchObject({ name: 'Deltagere', periodLabel: '4. kvt. 2026', value: 23 });
    expect(footnote(value.footnote)).toBe('Fremmødeliste 4. kvt.');
    const line = report.budget.find((b) => b.description === 'Holdledere')!;
    expect(line).toMatchObject({ amountKr: 100000, actualKr: 125000, differenceKr: -25000 });
    expect(footnote(line.actualFootnote)).toBe('Budgetopfølgning 3. kvt. 2026');
    expect(report.budgetTotal.amountKr).toBe(report.budget.reduce((s, b) => s + (b.amountKr ?? 0), 0));
    expect(footnote(report.budgetTotal.footnote)).toMatch(/summen af budgetlinjerne/);
    expect(report.lateItems.map((i) => i.kind)).toContain('BUDGET_OVERRUN');
  });

  test('footnotes are numbered 1, 2, 3, … without gaps', () => {
    expect(report.footnotes.map((f) => f.number)).toEqual(report.footnotes.map((_, i) => i + 1));
  });
});

test('the quarter before: the late milestone was not yet due and the report not yet owed', async () => {
  await moveClock('2027-01-15T09:00:00Z');
  const { quarterlyReport: r } = await ok(server.gql<{ quarterlyReport: Report }>(REPORT, { y: 2026, q: 3 }, staff));
  const p = r.projects.find((x) => x.name === PROJECT)!;
  expect(p.milestones.map((m) => [m.text, m.timeliness])).toEqual([['Rekruttering færdig', 'DONE_LATE']]);
  expect(p.lateMilestoneCount).toBe(0);
  expect(r.lateItems.map((i) => i.title)).not.toContain(`Første hold afsluttet (${PROJECT})`);
});

describe('bad input: a Danish message per field, BAD_USER_INPUT', () => {
  test.each([
    [2026, 5, ['quarter: Kvartal skal være et kvartal fra 1 til 4']],
    [
      1999,
      0,
      ['year: Årstal skal være et årstal mellem 2000 og 2027', 'quarter: Kvartal skal være et kvartal fra 1 til 4'],
    ],
    [2027, 1, ['quarter: 1. kvt. 2027 er ikke slut endnu; vælg et afsluttet kvartal']],
  ])('%i, %i', async (y, q, expected) => {
    await moveClock('2027-01-15T09:00:00Z');
    const res = await server.gql(REPORT, { y, q }, staff);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path}: ${f.message}`)).toEqual(expected);
  });
});

test('the project lead and the front-line worker are refused, the anonymous too', async () => {
  for (const cookie of [lead, front, undefined]) {
    // Anonymous requests have a smaller cost budget, so ask for the title only.
    const res = await server.gql(`{ quarterlyReport(year: 2026, quarter: 3) { title } }`, {}, cookie);
    expect(res.data?.quarterlyReport).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe(cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  }
});

/** The PDF's text through pdf.js (test/pdfText.mjs, a child process: see there). */
function pdfText(pdf: Buffer): { text: string; pages: number; info: Record<string, unknown> } {
  const script = join(__dirname, '../../../test/pdfText.mjs');
  return JSON.parse(execFileSync(process.execPath, [script], { input: pdf, encoding: 'utf8' })) as never;
}

describe('GET /api/reports/quarterly.pdf', () => {
  const download = (query: string, cookie?: string) =>
    fetch(`${server.url}/api/reports/quarterly.pdf?${query}`, { headers: cookie ? { cookie } : {} });

  test('a tagged A4 PDF whose text has the Danish title, a project and the sources', async () => {
    await moveClock('2027-01-15T09:00:00Z');
    const res = await download('year=2026&quarter=4', director);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="kvartalsrapport-2026-4.pdf"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/Lang \(da-DK\)/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const { text, pages, info } = pdfText(bytes);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Kvartalsrapport til Social- og Sundhedsudvalget, 4. kvt. 2026');
    expect(flat).toContain('opgjort ved kvartalets afslutning (31.12.2026)');
    expect(flat).toContain(PROJECT);
    expect(flat).toContain('Første hold forsinket af sygdom.');
    expect(flat).toContain('Projektplan Æblehaven, Bilag 2, 1.9.2026');
    expect(flat).toMatch(new RegExp(`Side 1 af ${pages}`));
    expect(info).toMatchObject({ Title: 'Kvartalsrapport til Social- og Sundhedsudvalget, 4. kvt. 2026' });
  });

  test('the same roles and the same Danish messages as the query', async () => {
    await moveClock('2027-01-15T09:00:00Z');
    expect((await download('year=2026&quarter=4')).status).toBe(401);
    expect((await download('year=2026&quarter=4', lead)).status).toBe(403);
    expect((await download('year=2026&quarter=4', front)).status).toBe(403);
    const bad = await download('year=2026&quarter=x', staff);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'quarter', message: 'Kvartal skal være et kvartal fra 1 til 4' }],
    });
  });
});
