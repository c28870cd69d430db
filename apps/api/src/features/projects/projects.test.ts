// Projects and follow-up through the real API (issue 9): create, edit, close and move with ownership
// history, status reports and indicator values (the project lead limited to its unit), CONFLICT on stale
// saves, Danish messages per field, history with Danish labels and values, and what the seed documents say.
import { setClock } from '@sundhed/shared';
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;
let lead: string;
let front: string;
let units: { id: string; name: string }[];
const unitId = (name: string) => units.find((u) => u.name === name)!.id;
const LEAD_UNIT = 'Center for Ældre og Rehabilitering';

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  lead = await server.signIn(demoEmail('projektleder'));
  front = await server.signIn(demoEmail('frontmedarbejder'));
  units = await server.db.orgUnit.findMany({ select: { id: true, name: true } });
});
afterAll(async () => {
  setClock(null);
  await server.close();
});
// Back to the real clock, with the test accounts' sessions valid from it again (a test that moved the clock
// into the past left them expired by real time; a cached session hid that only while the cache was warm).
afterEach(async () => {
  setClock(null);
  await server.db.session.updateMany({
    data: { expiresAt: new Date(Date.now() + 24 * 3600_000), lastSeenAt: new Date() },
  });
});

/**
 * Moves the shared clock. Sessions expire by that clock too (auth/session.ts), so the signed-in test
 * accounts' sessions are moved along: they stay valid for a day after the new time.
 */
async function moveClock(time: string) {
  setClock(time);
  await server.db.session.updateMany({
    data: { expiresAt: new Date(Date.parse(time) + 24 * 3600_000), lastSeenAt: new Date(time) },
  });
}

const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);
const fields = (res: GraphQLResponse<unknown>) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path}: ${f.message}`);

const CREATE = `mutation($i: ProjectInput!) { createProject(input: $i) { id name version ownerUnit { name }
  ownership { orgUnit { name } fromDate toDate } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: ProjectInput!) { updateProject(id: $id, version: $v, input: $i) { id version purpose purposeSource { title section } } }`;
const MOVE = `mutation($id: ID!, $v: Int!, $i: MoveProjectInput!) { moveProject(id: $id, version: $v, input: $i) {
  version ownerUnit { name } ownership { orgUnit { name } fromDate toDate note source { title url } } } }`;
const REPORT = `mutation($p: ID!, $i: StatusReportInput!) { createStatusReport(projectId: $p, input: $i) { id colour colourLabel quarterLabel authorName version } }`;
const HISTORY = `query($id: ID!) { project(id: $id) { changes { action actionLabel recordLabel field label oldValue newValue userName } } }`;

async function createProject(name: string, owner = LEAD_UNIT, extra: Record<string, unknown> = {}) {
  const res = await server.gql<{ createProject: { id: string; version: number } }>(
    CREATE,
    { i: { name, ownerUnitId: unitId(owner), ...extra } },
    staff,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createProject;
}

describe('the Date scalar: one parse, one validation', () => {
  const MILESTONE = `mutation($p: ID!, $i: MilestoneInput!) { createProjectMilestone(projectId: $p, input: $i) { id date due } }`;
  let projectId: string;
  beforeAll(async () => {
    projectId = (await createProject('Datoprojekt')).id;
  });

  test.each([['2027-02-15'], ['15.2.2027'], ['15.02.2027']])('%s is saved as 15 February 2027', async (typed) => {
    const res = await server.gql<{ createProjectMilestone: { date: string; due: string } }>(
      MILESTONE,
      { p: projectId, i: { year: 2027, date: typed, text: `Milepæl ${typed}` } },
      staff,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createProjectMilestone).toMatchObject({ date: '2027-02-15', due: '2027-02-15' });
  });

  test('30.2.2027 does not exist: a Danish message with a reason code, nothing saved', async () => {
    const before = await server.db.milestone.count();
    for (const [typed, reason] of [
      ['30.2.2027', 'DATE_DOES_NOT_EXIST'],
      ['2027-02-30', 'DATE_DOES_NOT_EXIST'],
      ['15/2 2027', 'DATE_FORMAT'],
    ]) {
      const res = await server.gql(MILESTONE, { p: projectId, i: { year: 2027, date: typed, text: 'x' } }, staff);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions).toMatchObject({ reason });
      expect(res.errors![0]!.message).toContain(typed);
      expect(res.errors![0]!.message).toMatch(reason === 'DATE_FORMAT' ? /er ikke en dato/ : /findes ikke/);
    }
    // Written inline in the query (a literal) the same parser answers.
    const literal = await server.gql(
      `mutation { createProjectMilestone(projectId: "${projectId}", input: { year: 2027, date: "30.2.2027", text: "x" }) { id } }`,
      undefined,
      staff,
    );
    expect(literal.errors![0]!.message).toMatch(/findes ikke/);
    expect(await server.db.milestone.count()).toBe(before);
  });
});

describe('projects: create, edit, move, close', () => {
  test('a project without a name or owner is refused field by field in Danish; nothing is saved', async () => {
    const before = await server.db.project.count();
    const res = await server.gql(CREATE, { i: { name: '  ', description: 'Uden ejer' } }, staff);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fields(res)).toEqual(['input.name: Navn skal udfyldes', 'input.ownerUnitId: Ejer skal udfyldes']);
    const unknownUnit = await server.gql(CREATE, { i: { name: 'Nyt', ownerUnitId: 'nope' } }, staff);
    expect(fields(unknownUnit)).toEqual(['input.ownerUnitId: Ejer skal være en enhed i kommunen']);
    expect(await server.db.project.count()).toBe(before);
  });

  test('create gives version 1, a first ownership period and a history row', async () => {
    const res = await server.gql<{
      createProject: { version: number; ownerUnit: { name: string }; ownership: unknown[] };
    }>(CREATE, { i: { name: 'Sund frokost', ownerUnitId: unitId(LEAD_UNIT), startDate: '1.3.2026' } }, staff);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createProject).toMatchObject({
      version: 1,
      ownerUnit: { name: LEAD_UNIT },
      ownership: [{ orgUnit: { name: LEAD_UNIT }, fromDate: '2026-03-01', toDate: null }],
    });
  });

  test('an edit keeps field-level history with Danish labels and values, and a stale save gets CONFLICT', async () => {
    const { id } = await createProject('Historikprojekt');
    const themeD = await server.db.theme.findFirstOrThrow({ where: { code: 'D' } });
    const input = {
      name: 'Historikprojekt',
      ownerUnitId: unitId(LEAD_UNIT),
      purpose: 'Flere børn i bevægelse',
      purposeSource: { title: 'Projektbeskrivelse', section: 'Afsnit 2', date: '2.12.2026' },
      themeId: themeD.id,
      status: 'AWAITING',
      endDate: '2027-06-30',
    };
    const saved = await server.gql<{ updateProject: { version: number; purposeSource: { title: string } } }>(
      UPDATE,
      { id, v: 1, i: input },
      staff,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateProject).toMatchObject({
      version: 2,
      purposeSource: { title: 'Projektbeskrivelse', section: 'Afsnit 2' },
    });

    const stale = await server.gql(UPDATE, { id, v: 1, i: { ...input, purpose: 'Noget andet' } }, staff);
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.message).toMatch(/Projektet er ændret af en anden/);
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: 2 });
    expect((await server.db.project.findUniqueOrThrow({ where: { id } })).purpose).toBe('Flere børn i bevægelse');

    const history = await server.gql<{ project: { changes: Record<string, string | null>[] } }>(
      HISTORY,
      { id },
      director,
    );
    const byLabel = new Map(history.data!.project.changes.map((c) => [c.label, c]));
    expect(byLabel.get('Status')).toMatchObject({ oldValue: 'I gang', newValue: 'Afventer', actionLabel: 'Ændret' });
    expect(byLabel.get('Tema')).toMatchObject({ oldValue: null, newValue: `D: ${themeD.title}` });
    expect(byLabel.get('Slutdato')).toMatchObject({ newValue: '30.6.2027' });
    expect(byLabel.get('Kilde til formål')?.newValue).toBe('Projektbeskrivelse, Afsnit 2');
    expect(byLabel.get('Formål')?.userName).toBe('Demo Sundhedskonsulent');
    expect(history.data!.project.changes.some((c) => c.actionLabel === 'Oprettet')).toBe(true);
    // No UUID, code or ISO time is shown as a value.
    for (const c of history.data!.project.changes)
      for (const v of [c.oldValue, c.newValue]) expect(v ?? '').not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|AWAITING|T\d\d:/);
  });

  test('moving to the unit that owns it says so; a move records the period, the reason and the source', async () => {
    const { id } = await createProject('Flytteprojekt', LEAD_UNIT, { startDate: '2026-01-01' });
    const same = await server.gql(MOVE, { id, v: 1, i: { toUnitId: unitId(LEAD_UNIT), reason: 'Samme' } }, staff);
    expect(fields(same)).toEqual([`input.toUnitId: Projektet ejes allerede af ${LEAD_UNIT}`]);
    const missing = await server.gql(MOVE, { id, v: 1, i: { toUnitId: unitId('Center for Socialservice') } }, staff);
    expect(fields(missing)).toEqual(['input.reason: Begrundelse skal udfyldes']);

    const moved = await server.gql<{
      moveProject: { version: number; ownerUnit: { name: string }; ownership: Record<string, unknown>[] };
    }>(
      MOVE,
      {
        id,
        v: 1,
        i: {
          toUnitId: unitId('Center for Socialservice'),
          reason: 'Målgruppen er udsatte unge',
          date: '1.12.2026',
          source: { title: 'Direktionsbeslutning', url: 'https://ishoj.dk/beslutning/42' },
        },
      },
      staff,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveProject).toMatchObject({
      version: 2,
      ownerUnit: { name: 'Center for Socialservice' },
      ownership: [
        { orgUnit: { name: LEAD_UNIT }, fromDate: '2026-01-01', toDate: '2026-12-01' },
        {
          orgUnit: { name: 'Center for Socialservice' },
          fromDate: '2026-12-01',
          toDate: null,
          note: 'Målgruppen er udsatte unge',
          source: { title: 'Direktionsbeslutning', url: 'https://ishoj.dk/beslutning/42' },
        },
      ],
    });
    const history = await server.gql<{ project: { changes: Record<string, string | null>[] } }>(HISTORY, { id }, staff);
    expect(history.data!.project.changes[0]).toMatchObject({
      action: 'MOVE',
      actionLabel: 'Flyttet',
      label: 'Ejer',
      oldValue: LEAD_UNIT,
      newValue: 'Center for Socialservice',
    });
    const stale = await server.gql(MOVE, { id, v: 1, i: { toUnitId: unitId(LEAD_UNIT), reason: 'Tilbage' } }, staff);
    expect(codes(stale)).toEqual(['CONFLICT']);
  });

  test('close ends the ownership period; a closed project is not closed twice', async () => {
    const { id } = await createProject('Lukkeprojekt');
    const CLOSE =
      `mutation($id: ID!, $v: Int!, $i: CloseProjectInput!) { closeProject(id: $id, v: $v, input: $i) { id } }`.replace(
        'v: $v',
        'version: $v',
      );
    const bad = await server.gql(CLOSE, { id, v: 1, i: { status: 'IN_PROGRESS' } }, staff);
    expect(fields(bad)).toEqual([
      'input.status: Status skal være Færdig eller Aflyst',
      'input.reason: Begrundelse skal udfyldes',
    ]);
    const ok = await server.gql(
      CLOSE,
      { id, v: 1, i: { status: 'DONE', closedOn: '2026-11-30', reason: 'Gennemført' } },
      staff,
    );
    expect(ok.errors).toBeUndefined();
    const row = await server.db.project.findUniqueOrThrow({ where: { id }, include: { ownership: true } });
    expect(row).toMatchObject({ status: 'DONE', closedReason: 'Gennemført', version: 2 });
    expect(row.ownership.map((o) => o.toDate?.toISOString().slice(0, 10))).toEqual(['2026-11-30']);
    const again = await server.gql(CLOSE, { id, v: 2, i: { status: 'DONE', reason: 'Igen' } }, staff);
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a day something was done or closed is not in the future', () => {
  const CLOSE = `mutation($id: ID!, $v: Int!, $i: CloseProjectInput!) { closeProject(id: $id, version: $v, input: $i) { id } }`;
  const MILESTONE = `mutation($p: ID!, $i: MilestoneInput!) { createProjectMilestone(projectId: $p, input: $i) { id completedOn } }`;

  test('"Lukket den" after today is refused in Danish; today is accepted', async () => {
    await moveClock('2026-12-05T10:00:00Z');
    const { id } = await createProject('Fremtidslukket projekt');
    const future = await server.gql(
      CLOSE,
      { id, v: 1, i: { status: 'DONE', closedOn: '2030-01-01', reason: 'Færdig' } },
      staff,
    );
    expect(fields(future)).toEqual(['input.closedOn: Lukket den kan ikke ligge efter i dag']);
    expect(await server.db.project.findUniqueOrThrow({ where: { id } })).toMatchObject({ closedOn: null, version: 1 });
    const ok = await server.gql(
      CLOSE,
      { id, v: 1, i: { status: 'DONE', closedOn: '2026-12-05', reason: 'Færdig' } },
      staff,
    );
    expect(ok.errors).toBeUndefined();
  });

  test('a milestone "Færdig den" after today is refused in Danish; today is accepted', async () => {
    await moveClock('2026-12-05T10:00:00Z');
    const { id } = await createProject('Milepæl færdig i fremtiden');
    const milestone = { year: 2027, quarter: 1, text: 'Afrapportering', status: 'DONE' };
    const future = await server.gql(MILESTONE, { p: id, i: { ...milestone, completedOn: '2030-01-01' } }, staff);
    expect(fields(future)).toEqual(['input.completedOn: Færdig den kan ikke ligge efter i dag']);
    const ok = await server.gql<{ createProjectMilestone: { completedOn: string } }>(
      MILESTONE,
      { p: id, i: { ...milestone, completedOn: '2026-12-05' } },
      staff,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createProjectMilestone.completedOn).toBe('2026-12-05');
  });
});

describe('status reports and indicators; the project lead writes only for its unit', () => {
  test('a status report without a status is refused in Danish; the lead writes one for its own project', async () => {
    const own = await createProject('Ledens projekt', LEAD_UNIT);
    const before = await server.db.statusReport.count();
    const bad = await server.gql(REPORT, { p: own.id, i: { year: 2026, quarter: 4, text: 'Godt i gang' } }, lead);
    expect(fields(bad)).toEqual(['input.colour: Status skal være grøn, gul eller rød']);
    expect(await server.db.statusReport.count()).toBe(before);

    const ok = await server.gql<{ createStatusReport: Record<string, unknown> }>(
      REPORT,
      { p: own.id, i: { year: 2026, quarter: 4, colour: 'YELLOW', text: 'Forsinket opstart' } },
      lead,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createStatusReport).toMatchObject({
      colour: 'YELLOW',
      colourLabel: 'Gul',
      quarterLabel: '4. kvt. 2026',
      authorName: 'Demo Projektleder',
      version: 1,
    });
    const twice = await server.gql(
      REPORT,
      { p: own.id, i: { year: 2026, quarter: 4, colour: 'RED', text: 'x' } },
      lead,
    );
    expect(fields(twice)).toEqual([
      'input.quarter: Der findes allerede en statusrapport for 4. kvt. 2026; ret den i stedet',
    ]);

    const UPDATE_REPORT = `mutation($id: ID!, $v: Int!, $i: StatusReportInput!) { updateStatusReport(id: $id, version: $v, input: $i) { version colour } }`;
    const reportId = (ok.data!.createStatusReport as { id: string }).id;
    const changed = await server.gql(
      UPDATE_REPORT,
      { id: reportId, v: 1, i: { year: 2026, quarter: 4, colour: 'RED', text: 'Mangler lokaler' } },
      staff,
    );
    expect(changed.data).toEqual({ updateStatusReport: { version: 2, colour: 'RED' } });
    const stale = await server.gql(
      UPDATE_REPORT,
      { id: reportId, v: 1, i: { year: 2026, quarter: 4, colour: 'GREEN', text: 'x' } },
      lead,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
  });

  test("the lead may not write for another unit's project, nor create or move projects", async () => {
    const other = await createProject('Andet centers projekt', 'Center for Socialservice');
    const res = await server.gql(
      REPORT,
      { p: other.id, i: { year: 2026, quarter: 4, colour: 'GREEN', text: 'x' } },
      lead,
    );
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0]!.message).toBe('Du kan kun skrive for de projekter, din enhed ejer');
    expect(codes(await server.gql(CREATE, { i: { name: 'x', ownerUnitId: unitId(LEAD_UNIT) } }, lead))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(
        await server.gql(REPORT, { p: other.id, i: { year: 2026, quarter: 4, colour: 'GREEN', text: 'x' } }, front),
      ),
    ).toEqual(['FORBIDDEN']);
    // The lead lists only its unit's projects, and cannot open another's.
    const list = await server.gql<{ projects: { ownerUnit: { name: string } | null }[] }>(
      '{ projects { ownerUnit { name } } }',
      undefined,
      lead,
    );
    expect(list.data!.projects.length).toBeGreaterThan(0);
    expect(new Set(list.data!.projects.map((p) => p.ownerUnit?.name))).toEqual(new Set([LEAD_UNIT]));
    const foreign = await server.gql<{ project: unknown }>(
      'query($id: ID!) { project(id: $id) { id } }',
      { id: other.id },
      lead,
    );
    expect(foreign.data!.project).toBeNull();
  });

  test('an indicator value without a period is refused; values carry their source', async () => {
    const { id } = await createProject('Rygestop-indikatorer', LEAD_UNIT);
    const created = await server.gql<{ createIndicator: { id: string } }>(
      `mutation($p: ID!, $i: IndicatorInput!) { createIndicator(projectId: $p, input: $i) { id } }`,
      {
        p: id,
        i: { name: 'Røgfri efter seks måneder', unit: '%', baseline: 20, target: 35, source: { title: 'Projektplan' } },
      },
      staff,
    );
    expect(created.errors).toBeUndefined();
    const indicatorId = created.data!.createIndicator.id;
    const ADD = `mutation($id: ID!, $i: IndicatorValueInput!) { addIndicatorValue(indicatorId: $id, input: $i) { id periodLabel value enteredByName source { title section date } } }`;
    const before = await server.db.indicatorValue.count();
    const bad = await server.gql(ADD, { id: indicatorId, i: { value: 31 } }, lead);
    expect(fields(bad)).toEqual([
      'input.periodYear: Periode skal udfyldes: hvilket år (og evt. kvartal) værdien gælder',
    ]);
    expect(await server.db.indicatorValue.count()).toBe(before);
    const ok = await server.gql<{ addIndicatorValue: Record<string, unknown> }>(
      ADD,
      {
        id: indicatorId,
        i: {
          periodYear: 2026,
          periodQuarter: 3,
          value: 31.5,
          source: { title: 'Opfølgningsskema', section: 'Hold 3', date: '2026-10-05' },
        },
      },
      lead,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.addIndicatorValue).toMatchObject({
      periodLabel: '3. kvt. 2026',
      value: 31.5,
      enteredByName: 'Demo Projektleder',
      source: { title: 'Opfølgningsskema', section: 'Hold 3', date: '2026-10-05' },
    });
    const read = await server.gql<{
      project: { indicators: { baseline: number; target: number; source: { title: string }; values: unknown[] }[] };
    }>(
      'query($id: ID!) { project(id: $id) { indicators { baseline target source { title } values { value } } } }',
      { id },
      director,
    );
    expect(read.data!.project.indicators).toEqual([
      { baseline: 20, target: 35, source: { title: 'Projektplan' }, values: [{ value: 31.5 }] },
    ]);
  });
});

describe('late is computed from the shared clock', () => {
  const READ = `query($id: ID!) { project(id: $id) { lateMilestoneCount milestones { text timeliness timelinessLabel completedOn }
    theme { lateMilestoneCount } } attentionItems { kind kindLabel title route date projectId } }`;
  type Read = {
    project: {
      lateMilestoneCount: number;
      milestones: { text: string; timeliness: string; timelinessLabel: string; completedOn: string | null }[];
      theme: { lateMilestoneCount: number };
    };
    attentionItems: { kind: string; title: string; route: string; date: string; projectId: string | null }[];
  };

  test('a milestone of 1. kvt. 2027 is late from 1.4.2027; done after its time it is "Færdig for sent"', async () => {
    const theme = await server.db.theme.findFirstOrThrow({ where: { code: 'G' } });
    const { id } = await createProject('Tidsplanprojekt', LEAD_UNIT, { themeId: theme.id });
    const add = await server.gql<{ createProjectMilestone: { id: string } }>(
      `mutation($p: ID!, $i: MilestoneInput!) { createProjectMilestone(projectId: $p, input: $i) { id } }`,
      { p: id, i: { year: 2027, quarter: 1, text: 'Første hold afsluttet', status: 'IN_PROGRESS' } },
      staff,
    );
    const milestoneId = add.data!.createProjectMilestone.id;
    await moveClock('2027-03-31T12:00:00+02:00');
    let res = await server.gql<Read>(READ, { id }, director);
    expect(res.data!.project.milestones[0]).toMatchObject({ timeliness: 'UPCOMING' });
    expect(res.data!.project.lateMilestoneCount).toBe(0);
    const themeLateBefore = res.data!.project.theme.lateMilestoneCount;

    await moveClock('2027-04-01T08:00:00+02:00');
    res = await server.gql<Read>(READ, { id }, director);
    expect(res.data!.project.milestones[0]).toMatchObject({ timeliness: 'LATE', timelinessLabel: 'Forsinket' });
    expect(res.data!.project.lateMilestoneCount).toBe(1);
    expect(res.data!.project.theme.lateMilestoneCount).toBe(themeLateBefore + 1);
    const item = res.data!.attentionItems.find((i) => i.kind === 'LATE_MILESTONE' && i.projectId === id);
    expect(item).toMatchObject({ route: `/projekter/${id}`, date: '2027-03-31' });
    expect(item!.title).toContain('Første hold afsluttet');

    // Done on 10.4.2027: keeps its completion day and shows "Færdig for sent"; no longer in the list.
    await moveClock('2027-04-10T09:00:00+02:00');
    const done = await server.gql(
      `mutation($id: ID!, $i: MilestoneInput!) { updateMilestone(id: $id, version: 1, input: $i) { id } }`,
      {
        id: milestoneId,
        i: { year: 2027, quarter: 1, text: 'Første hold afsluttet', status: 'DONE', completedOn: '10.4.2027' },
      },
      staff,
    );
    expect(done.errors).toBeUndefined();
    res = await server.gql<Read>(READ, { id }, director);
    expect(res.data!.project.milestones[0]).toMatchObject({
      timeliness: 'DONE_LATE',
      timelinessLabel: 'Færdig for sent',
      completedOn: '2027-04-10',
    });
    expect(res.data!.project.lateMilestoneCount).toBe(0);
    expect(res.data!.attentionItems.some((i) => i.kind === 'LATE_MILESTONE' && i.projectId === id)).toBe(false);
  });

  test('seeded theme milestones of 2016 and 2017 that are not done are late in December 2026', async () => {
    await moveClock('2026-12-03T10:00:00+01:00');
    const res = await server.gql<{
      themes: {
        code: string;
        lateMilestoneCount: number;
        milestones: { year: number; status: string; timeliness: string }[];
      }[];
    }>('{ themes { code lateMilestoneCount milestones { year status timeliness } } }', undefined, director);
    const all = res.data!.themes.flatMap((t) => t.milestones);
    for (const m of all.filter((m) => m.year <= 2025 && !['DONE', 'CANCELLED'].includes(m.status)))
      expect(m.timeliness).toBe('LATE');
    expect(res.data!.themes.reduce((n, t) => n + t.lateMilestoneCount, 0)).toBeGreaterThan(0);
  });

  test("a missing report for the last quarter is flagged; the owner is reminded from the quarter's last month", async () => {
    const { id } = await createProject('Rapportprojekt', LEAD_UNIT, { startDate: '2026-01-01' });
    await moveClock('2027-01-10T10:00:00+01:00');
    const items = async (cookie: string) =>
      (
        await server.gql<{ attentionItems: { kind: string; projectId: string; title: string; date: string }[] }>(
          '{ attentionItems { kind projectId title date } }',
          undefined,
          cookie,
        )
      ).data!.attentionItems;
    const missing = (await items(director)).find((i) => i.kind === 'MISSING_STATUS_REPORT' && i.projectId === id);
    expect(missing).toMatchObject({
      date: '2026-12-31',
      title: 'Rapportprojekt: ingen statusrapport for 4. kvt. 2026',
    });
    // The seeded projects moved in 2017 are running and have no reports either.
    const rygestop = await server.db.project.findFirstOrThrow({ where: { name: 'Rygestopkurser' } });
    expect((await items(director)).some((i) => i.kind === 'MISSING_STATUS_REPORT' && i.projectId === rygestop.id)).toBe(
      true,
    );

    await server.gql(REPORT, { p: id, i: { year: 2026, quarter: 4, colour: 'GREEN', text: 'Efter planen' } }, lead);
    expect((await items(director)).some((i) => i.kind === 'MISSING_STATUS_REPORT' && i.projectId === id)).toBe(false);

    // March is the last month of the first quarter: the owner's queue reminds it, the director's does not.
    await moveClock('2027-02-27T10:00:00+01:00');
    expect((await items(lead)).some((i) => i.kind === 'STATUS_REPORT_DUE' && i.projectId === id)).toBe(false);
    await moveClock('2027-03-01T10:00:00+01:00');
    expect((await items(lead)).find((i) => i.kind === 'STATUS_REPORT_DUE' && i.projectId === id)).toMatchObject({
      date: '2027-03-31',
    });
    expect((await items(director)).some((i) => i.kind === 'STATUS_REPORT_DUE')).toBe(false);
    // The lead's queue holds only its unit's projects.
    const leadProjects = new Set(
      (await server.db.project.findMany({ where: { ownerUnitId: unitId(LEAD_UNIT) } })).map((p) => p.id),
    );
    expect((await items(lead)).every((i) => leadProjects.has(i.projectId))).toBe(true);
  });

  test('red projects and spending over budget are in the list, with their sources', async () => {
    await moveClock('2026-12-03T10:00:00+01:00');
    const { id } = await createProject('Budgetprojekt', LEAD_UNIT);
    await server.gql(REPORT, { p: id, i: { year: 2026, quarter: 3, colour: 'RED', text: 'Ingen deltagere' } }, staff);
    const line = await server.gql<{
      createProjectBudgetLine: { id: string; overBudget: boolean; actualSource: { title: string } };
    }>(
      `mutation($p: ID!, $i: BudgetLineInput!) { createProjectBudgetLine(projectId: $p, input: $i) { id overBudget actualSource { title } } }`,
      {
        p: id,
        i: {
          year: 2026,
          description: 'Holdundervisning',
          amountKr: 100000,
          actualKr: 120500,
          actualSource: { title: 'Økonomiafdelingens regneark, november 2026' },
        },
      },
      staff,
    );
    expect(line.data!.createProjectBudgetLine).toMatchObject({
      overBudget: true,
      actualSource: { title: 'Økonomiafdelingens regneark, november 2026' },
    });
    const res = await server.gql<{
      attentionItems: {
        kind: string;
        kindLabel: string;
        projectId: string;
        title: string;
        route: string;
        date: string;
      }[];
    }>('{ attentionItems { kind kindLabel projectId title route date } }', undefined, director);
    const mine = res.data!.attentionItems.filter((i) => i.projectId === id);
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'RED_PROJECT',
          kindLabel: 'Rød status',
          date: '2026-09-30',
          route: `/projekter/${id}`,
        }),
        expect.objectContaining({
          kind: 'BUDGET_OVERRUN',
          kindLabel: 'Forbrug over budget',
          title: 'Holdundervisning 2026: forbrug 120.500 kr. af budget 100.000 kr.',
          date: '2026-12-31',
        }),
      ]),
    );
    const dates = res.data!.attentionItems.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('the seeded projects: what the documents say, the rest missing', () => {
  test('Nøffes Gadekøkken has purpose, target group and an assessment with sources; the moved seven only their move', async () => {
    const res = await server.gql<{
      projects: {
        name: string;
        purpose: string | null;
        purposeSource: { title: string; section: string } | null;
        targetGroup: string | null;
        targetGroupSource: { section: string } | null;
        evaluationResult: string | null;
        evaluationMethod: string | null;
        missingFacts: string[];
        ownership: { note: string; source: { title: string } }[];
      }[];
    }>(
      '{ projects { name purpose purposeSource { title section } targetGroup targetGroupSource { section } evaluationResult evaluationMethod missingFacts ownership { note source { title } } } }',
      undefined,
      director,
    );
    const byName = new Map(res.data!.projects.map((p) => [p.name, p]));
    const noeffe = byName.get('Nøffes Gadekøkken')!;
    expect(noeffe.purpose).toMatch(/socialt fokus/);
    expect(noeffe.purposeSource).toEqual({
      title: 'Strategi for sundhedsudvikling 2016-2017',
      section: 'Sundhedsprofilen – sundhedsbegrebet og KRAM-faktorerne',
    });
    expect(noeffe.targetGroup).toMatch(/Unge med misbrugsproblematikker/);
    expect(noeffe.targetGroupSource?.section).toBe('Tema C: Sundhed til hjemløse');
    expect(noeffe.evaluationResult).toMatch(/stor succes/);
    expect(noeffe.evaluationMethod).toBeNull();
    expect(noeffe.missingFacts).toEqual(
      expect.arrayContaining(['Tema', 'Startdato', 'Milepæle', 'Budget', 'Indikatorer', 'Statusrapporter']),
    );
    expect(noeffe.missingFacts).not.toContain('Formål');
    const rygestop = byName.get('Rygestopkurser')!;
    expect(rygestop.purpose).toBeNull();
    expect(rygestop.missingFacts).toEqual(expect.arrayContaining(['Formål', 'Målgruppe', 'Budget', 'Evaluering']));
    expect(rygestop.ownership.map((o) => o.source.title)).toEqual(['Fokus på Sundhed 2', 'Fokus på Sundhed 2']);
    expect(byName.get('CoolKids for unge')!.missingFacts).toContain('Ejer');
  });
});

test('the offer history reads in Danish: labels, names and formatted values', async () => {
  const offer = await server.db.offer.findFirstOrThrow({ where: { status: 'ACTIVE' } });
  const res = await server.gql(
    'mutation($id: ID!, $v: Int!) { setOfferStatus(id: $id, version: $v, status: TEMPORARILY_CLOSED, alert: "Lukket i juli") { id } }',
    { id: offer.id, v: offer.version },
    staff,
  );
  expect(res.errors).toBeUndefined();
  const history = await server.gql<{
    offer: { changes: { field: string; label: string; oldText: string; newText: string; actionLabel: string }[] };
  }>(
    'query($id: ID!) { offer(id: $id) { changes { field label oldText newText actionLabel } } }',
    { id: offer.id },
    staff,
  );
  expect(history.data!.offer.changes.find((c) => c.field === 'status')).toMatchObject({
    label: 'Status',
    oldText: 'Aktiv',
    newText: 'Midlertidigt lukket',
  });
});
