// Proposals and living business cases through the real API (issue 14): stage rules (no skipping to
// decided, a decision text per step), CONFLICT on stale saves, comments with a notice when answered,
// Danish validation of assumptions, versions side by side, re-run on a price change, access, and a
// business case that cannot block the request thread.
import pg from 'pg';
import { fullReportsDone } from './businessCaseStore';
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;
let lead: string;
let front: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  lead = await server.signIn(demoEmail('projektleder'));
  front = await server.signIn(demoEmail('frontmedarbejder'));
});
afterAll(() => server.close());

const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);
const messages = (res: GraphQLResponse<unknown>) => (res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.message);

const CREATE = `mutation($i: ProposalInput!) { createProposal(input: $i) { id version stage stageLabel allowedNextStages } }`;
const STAGE = `mutation($id: ID!, $v: Int!, $i: StageChangeInput!) { changeProposalStage(id: $id, version: $v, input: $i) {
  id version stage project { id name status } stageChanges { toStage toStageLabel date bodyName decisionText source { title } } } }`;
const CASE = `mutation($p: ID, $n: String!, $i: BusinessCaseAssumptionsInput!, $r: String!) {
  createSavedBusinessCase(proposalId: $p, name: $n, input: $i, reason: $r) { id version paybackText result { npv pvCosts } } }`;
const VERSION = `mutation($id: ID!, $v: Int!, $i: BusinessCaseAssumptionsInput!, $r: String!) {
  saveBusinessCaseVersion(id: $id, version: $v, input: $i, reason: $r) { id version result { npv } versions { number reason userName } } }`;

async function newProposal(title: string) {
  const res = await server.gql<{ createProposal: { id: string; version: number } }>(
    CREATE,
    { i: { title, need: 'Borgere i hjemløseboligerne har dårlig sundhed', targetGroup: 'Hjemløse' } },
    staff,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createProposal;
}

const prevention = (over: Record<string, unknown> = {}) => ({
  template: 'prevention',
  horizonYears: 10,
  discountRatePercent: 3.5,
  participants: 20,
  cohorts: 3,
  grossSuccessRatePercent: 25,
  deadweightPercent: 5,
  dropOffPercent: 10,
  costs: [{ label: 'Sundhedskoordinator', bearer: 'KOMMUNE', amountKr: 150000, source: 'Strategi, tema C' }],
  gains: [{ label: 'Færre indlæggelser', bearer: 'REGION', amountKr: 40000 }],
  sources: [{ key: 'grossSuccessRatePercent', source: 'Egne data' }],
  ...over,
});

describe('stages', () => {
  test('an idea cannot skip to decided, every step needs a decision text and a date', async () => {
    const p = await newProposal('Springer over');
    let res = await server.gql(
      STAGE,
      { id: p.id, v: p.version, i: { toStage: 'DECIDED', date: '2026-12-01', decisionText: 'Ja' } },
      staff,
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(messages(res)).toContain(
      'Forslaget kan først besluttes efter politisk behandling (Social- og Sundhedsudvalget eller Byrådet)',
    );
    res = await server.gql(STAGE, { id: p.id, v: p.version, i: { toStage: 'QUALIFIED' } }, staff);
    expect(messages(res)).toEqual(['Beslutningstekst skal udfyldes', 'Dato skal udfyldes']);
    const stored = await server.db.proposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(stored.stage).toBe('IDEA');
    expect(await server.db.proposalStageChange.count({ where: { proposalId: p.id } })).toBe(0);
  });

  test('through the forum, the steering group and politics to a decided project with the business case attached', async () => {
    const p = await newProposal('Hele vejen');
    const bc = await server.gql<{ createSavedBusinessCase: { id: string } }>(
      CASE,
      { p: p.id, n: 'BC', i: prevention(), r: 'Første udkast' },
      staff,
    );
    expect(bc.errors).toBeUndefined();
    const forum = await server.db.body.findFirst({ where: { kind: 'HEALTH_FORUM' } });
    let version = p.version;
    for (const [toStage, text] of [
      ['QUALIFIED', 'Kvalificeret'],
      ['DISCUSSED', 'Drøftet'],
      ['POLITICAL', 'Sendt til udvalget'],
      ['DECIDED', 'Vedtaget i budgettet'],
    ]) {
      const res = await server.gql<{
        changeProposalStage: { version: number; stage: string; project: { name: string; status: string } | null };
      }>(
        STAGE,
        {
          id: p.id,
          v: version,
          i: {
            toStage,
            date: '3.12.2026',
            decisionText: text,
            bodyId: toStage === 'QUALIFIED' ? forum?.id : null,
            source: { title: 'Referat' },
          },
        },
        staff,
      );
      expect(res.errors).toBeUndefined();
      version = res.data!.changeProposalStage.version;
    }
    const stored = await server.db.proposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(stored.stage).toBe('DECIDED');
    expect(stored.projectId).not.toBeNull();
    const project = await server.db.project.findUniqueOrThrow({ where: { id: stored.projectId! } });
    expect(project).toMatchObject({ name: 'Hele vejen', status: 'PLANNED' });
    const attached = await server.db.savedBusinessCase.findUniqueOrThrow({
      where: { id: bc.data!.createSavedBusinessCase.id },
    });
    expect(attached.projectId).toBe(project.id);
    const changes = await server.db.proposalStageChange.findMany({
      where: { proposalId: p.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(changes.map((c) => c.toStage)).toEqual(['QUALIFIED', 'DISCUSSED', 'POLITICAL', 'DECIDED']);
    // A decided proposal is final.
    const res = await server.gql(
      STAGE,
      { id: p.id, v: version, i: { toStage: 'PARKED', date: '2026-12-04', decisionText: 'x' } },
      staff,
    );
    expect(messages(res)).toEqual(['Forslaget er besluttet og kan ikke flyttes videre']);
  });

  test('a stale version gets CONFLICT', async () => {
    const p = await newProposal('Gammel version');
    const ok = await server.gql(
      STAGE,
      { id: p.id, v: p.version, i: { toStage: 'PARKED', date: '2026-12-04', decisionText: 'Afventer budget' } },
      staff,
    );
    expect(ok.errors).toBeUndefined();
    const stale = await server.gql(
      STAGE,
      { id: p.id, v: p.version, i: { toStage: 'IDEA', date: '2026-12-04', decisionText: 'Igen' } },
      staff,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
  });
});

describe('access and comments', () => {
  test('project leads and the director read and comment but do not edit; front-line staff see nothing', async () => {
    const p = await newProposal('Adgang');
    expect(codes(await server.gql(CREATE, { i: { title: 'x', need: 'y' } }, lead))).toEqual(['FORBIDDEN']);
    expect(codes(await server.gql(CREATE, { i: { title: 'x', need: 'y' } }, director))).toEqual(['FORBIDDEN']);
    expect(codes(await server.gql('{ proposals { id } }', {}, front))).toEqual(['FORBIDDEN']);
    const read = await server.gql<{ proposal: { title: string } }>(
      'query($id: ID!) { proposal(id: $id) { title } }',
      { id: p.id },
      lead,
    );
    expect(read.data!.proposal.title).toBe('Adgang');

    const COMMENT = `mutation($id: ID!, $t: String!, $r: ID) { commentProposal(id: $id, text: $t, replyToId: $r) { id authorName } }`;
    const asked = await server.gql<{ commentProposal: { id: string } }>(
      COMMENT,
      { id: p.id, t: 'Hvad koster det?' },
      lead,
    );
    expect(asked.errors).toBeUndefined();
    const NOTICES = '{ proposalNotices { commentId proposalId text } }';
    expect((await server.gql<{ proposalNotices: unknown[] }>(NOTICES, {}, lead)).data!.proposalNotices).toEqual([]);
    await server.gql(COMMENT, { id: p.id, t: '200.000 kr. om året', r: asked.data!.commentProposal.id }, staff);
    const notices = await server.gql<{ proposalNotices: { commentId: string; text: string }[] }>(NOTICES, {}, lead);
    expect(notices.data!.proposalNotices).toEqual([
      expect.objectContaining({
        commentId: asked.data!.commentProposal.id,
        text: 'Din kommentar til forslaget "Adgang" er besvaret',
      }),
    ]);
    await server.gql(
      'mutation($c: ID!) { dismissProposalNotice(commentId: $c) }',
      { c: asked.data!.commentProposal.id },
      lead,
    );
    expect((await server.gql<{ proposalNotices: unknown[] }>(NOTICES, {}, lead)).data!.proposalNotices).toEqual([]);
    expect(messages(await server.gql(COMMENT, { id: p.id, t: '  ' }, director))).toEqual(['Kommentar skal udfyldes']);
  });
});

describe("the proposal form's pickers", () => {
  test('search offers and projects by name on the server, at most `first` (capped at 50), staff unit only', async () => {
    const OPTIONS = `query($s: String!, $f: Int) {
      proposalOfferOptions(search: $s, first: $f) { id name }
      proposalProjectOptions(search: $s, first: $f) { id name } }`;
    const { municipalityId } = await server.db.staffUser.findFirstOrThrow({
      where: { email: demoEmail('sundhedsstab') },
    });
    const names = ['Pickertest Alfa', 'Pickertest Beta', 'Pickertest Gamma'];
    for (const name of names)
      await server.db.project.create({ data: { municipalityId: String(municipalityId), name } });
    const found = await server.gql<{ proposalProjectOptions: { name: string }[] }>(
      OPTIONS,
      { s: 'pickertest', f: 2 },
      staff,
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.proposalProjectOptions.map((p) => p.name)).toEqual(['Pickertest Alfa', 'Pickertest Beta']);
    const all = await server.gql<{ proposalProjectOptions: unknown[] }>(OPTIONS, { s: 'PICKERTEST', f: 999 }, staff);
    expect(all.data!.proposalProjectOptions).toHaveLength(3);
    const short = await server.gql<{ proposalProjectOptions: unknown[]; proposalOfferOptions: unknown[] }>(
      OPTIONS,
      { s: 'p' },
      staff,
    );
    expect(short.data).toEqual({ proposalProjectOptions: [], proposalOfferOptions: [] });
    // Offers are matched folded, as the keyword picker does: "koekken" and "køkken" find "Fars køkkenskole";
    // LIKE's wildcards typed stand for themselves.
    for (const s of ['koekken', 'KØKKEN'])
      expect(
        (
          await server.gql<{ proposalOfferOptions: { name: string }[] }>(OPTIONS, { s }, staff)
        ).data!.proposalOfferOptions.map((o) => o.name),
      ).toContain('Fars køkkenskole');
    const wild = await server.gql<{ proposalProjectOptions: unknown[]; proposalOfferOptions: unknown[] }>(
      OPTIONS,
      { s: '%%' },
      staff,
    );
    expect(wild.data).toEqual({ proposalProjectOptions: [], proposalOfferOptions: [] });
    expect(codes(await server.gql(OPTIONS, { s: 'pickertest' }, director))).toContain('FORBIDDEN');
  });
});

describe('business cases', () => {
  test('assumptions out of range are refused in Danish with range and unit, nothing saved', async () => {
    const p = await newProposal('Validering');
    const before = await server.db.savedBusinessCase.count();
    const res = await server.gql(
      CASE,
      {
        p: p.id,
        n: 'BC',
        i: prevention({ grossSuccessRatePercent: 150, horizonYears: null, dropOffPercent: -5 }),
        r: 'x',
      },
      staff,
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(messages(res)).toEqual([
      'Tidshorisont skal udfyldes',
      'Succesraten må højst være 100 %',
      'Aftagende effekt pr. år skal være mellem 0 og 100 %',
    ]);
    expect(JSON.stringify(res.errors)).not.toContain('$.');
    expect(await server.db.savedBusinessCase.count()).toBe(before);
  });

  test('every version is kept with who and why, and two versions compare side by side', async () => {
    const p = await newProposal('Versioner');
    const created = await server.gql<{
      createSavedBusinessCase: { id: string; version: number; paybackText: string; result: { npv: number } };
    }>(CASE, { p: p.id, n: 'BC', i: prevention(), r: 'Første udkast' }, staff);
    expect(created.errors).toBeUndefined();
    const bc = created.data!.createSavedBusinessCase;
    expect(bc.paybackText).toMatch(/^Tjener sig (hjem i år \d+|ikke hjem inden for 10 år)$/);
    const saved = await server.gql<{
      saveBusinessCaseVersion: {
        version: number;
        result: { npv: number };
        versions: { number: number; reason: string; userName: string }[];
      };
    }>(
      VERSION,
      { id: bc.id, v: bc.version, i: prevention({ grossSuccessRatePercent: 40 }), r: 'Ny undersøgelse' },
      staff,
    );
    expect(saved.errors).toBeUndefined();
    const v2 = saved.data!.saveBusinessCaseVersion;
    expect(v2.versions.map((v) => [v.number, v.reason])).toEqual([
      [2, 'Ny undersøgelse'],
      [1, 'Første udkast'],
    ]);
    expect(v2.result.npv).toBeGreaterThan(bc.result.npv);
    expect(
      codes(await server.gql(VERSION, { id: bc.id, v: bc.version, i: prevention(), r: 'Forældet' }, staff)),
    ).toEqual(['CONFLICT']);
    const cmp = await server.gql<{
      compareBusinessCaseVersions: {
        inputs: { label: string; a: string; b: string }[];
        results: { key: string; a: string; b: string }[];
      };
    }>(
      'query($id: ID!) { compareBusinessCaseVersions(id: $id, a: 1, b: 2) { inputs { label a b } results { key a b } } }',
      { id: bc.id },
      director,
    );
    expect(cmp.data!.compareBusinessCaseVersions.inputs).toEqual([{ label: 'Succesraten', a: '25 %', b: '40 %' }]);
    const npv = cmp.data!.compareBusinessCaseVersions.results.find((r) => r.key === 'npv')!;
    expect(npv.a).not.toEqual(npv.b);
  });

  test('a price change re-runs the cases that use it and shows the old result beside the new', async () => {
    const PRICE = `mutation($i: PriceInput!) { createPrice(input: $i) { id version missing } }`;
    const noYear = await server.gql(
      PRICE,
      { i: { name: 'Sengedag', unit: 'pr. dag', bearer: 'REGION', amountKr: 100 } },
      staff,
    );
    expect(messages(noYear)).toContain('Prisår skal udfyldes');
    const noSource = await server.gql(
      PRICE,
      { i: { name: 'Sengedag', unit: 'pr. dag', bearer: 'REGION', amountKr: 100, year: 2026 } },
      staff,
    );
    expect(messages(noSource)).toEqual([
      'Beløb kræver en kilde: angiv kilden, eller lad beløbet stå tomt (markeres som manglende)',
    ]);
    const missing = await server.gql<{ createPrice: { missing: boolean } }>(
      PRICE,
      { i: { name: 'Ukendt pris', unit: 'pr. år', bearer: 'STAT', year: 2026 } },
      staff,
    );
    expect(missing.data!.createPrice.missing).toBe(true);
    const price = await server.gql<{ createPrice: { id: string; version: number } }>(
      PRICE,
      {
        i: {
          name: 'Testindlæggelse',
          unit: 'pr. indlæggelse',
          bearer: 'REGION',
          amountKr: 30000,
          year: 2026,
          source: { title: 'Testkilde' },
        },
      },
      staff,
    );
    const p = await newProposal('Prisændring');
    const withPrice = prevention({
      gains: [{ label: 'Færre indlæggelser', bearer: 'REGION', priceId: price.data!.createPrice.id, quantity: 1 }],
    });
    const bc = await server.gql<{ createSavedBusinessCase: { id: string; result: { npv: number } } }>(
      CASE,
      { p: p.id, n: 'Med pris', i: withPrice, r: 'x' },
      staff,
    );
    expect(bc.errors).toBeUndefined();
    const other = await server.gql<{ createSavedBusinessCase: { id: string } }>(
      CASE,
      { p: p.id, n: 'Uden pris', i: prevention(), r: 'x' },
      staff,
    );
    const UPDATE = `mutation($id: ID!, $v: Int!, $i: PriceInput!) { updatePrice(id: $id, version: $v, input: $i) {
      rerun moved { businessCaseId name oldNpv newNpv change } } }`;
    const res = await server.gql<{
      updatePrice: {
        rerun: number;
        moved: { businessCaseId: string; oldNpv: number; newNpv: number; change: number }[];
      };
    }>(
      UPDATE,
      {
        id: price.data!.createPrice.id,
        v: 1,
        i: { name: 'Testindlæggelse', unit: 'pr. indlæggelse', bearer: 'REGION', amountKr: 45000, year: 2026 },
      },
      staff,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updatePrice.rerun).toBe(1);
    const [move] = res.data!.updatePrice.moved;
    expect(move!.businessCaseId).toBe(bc.data!.createSavedBusinessCase.id);
    expect(move!.oldNpv).toBeCloseTo(bc.data!.createSavedBusinessCase.result.npv, 2);
    expect(move!.newNpv).toBeGreaterThan(move!.oldNpv);
    const read = await server.gql<{
      savedBusinessCase: { result: { npv: number }; previousResult: { npv: number }; rerunReason: string };
    }>(
      'query($id: ID!) { savedBusinessCase(id: $id) { result { npv } previousResult { npv } rerunReason } }',
      { id: move!.businessCaseId },
      staff,
    );
    expect(read.data!.savedBusinessCase).toEqual({
      result: { npv: move!.newNpv },
      previousResult: { npv: move!.oldNpv },
      rerunReason: 'Prisen "Testindlæggelse" er ændret',
    });
    // The full report (sensitivity) is built in the background worker and replaces the deterministic result.
    await fullReportsDone();
    const full = (await server.db.savedBusinessCase.findUniqueOrThrow({ where: { id: move!.businessCaseId } }))
      .result as { npv: number; tornado: unknown[] };
    expect(full.tornado.length).toBeGreaterThan(0);
    expect(full.npv).toBeCloseTo(move!.newNpv, 6);
    const untouched = await server.db.savedBusinessCase.findUniqueOrThrow({
      where: { id: other.data!.createSavedBusinessCase.id },
    });
    expect(untouched.previousResult).toBeNull();
  });

  test('a case saved while a price change re-runs it keeps the result of its own save', async () => {
    const price = await server.gql<{ createPrice: { id: string } }>(
      `mutation($i: PriceInput!) { createPrice(input: $i) { id } }`,
      {
        i: {
          name: 'Kapløbspris',
          unit: 'pr. dag',
          bearer: 'KOMMUNE',
          amountKr: 1000,
          year: 2026,
          source: { title: 'Testkilde' },
        },
      },
      staff,
    );
    const priceId = price.data!.createPrice.id;
    const p = await newProposal('Kapløb');
    const bc = await server.gql<{ createSavedBusinessCase: { id: string } }>(
      CASE,
      {
        p: p.id,
        n: 'Kapløb',
        i: prevention({ gains: [{ label: 'Dage', bearer: 'KOMMUNE', priceId, quantity: 1 }] }),
        r: 'x',
      },
      staff,
    );
    const caseId = bc.data!.createSavedBusinessCase.id;
    // A colleague's save holds the row while the re-run computes; it commits a newer version first.
    const colleague = new pg.Client({ connectionString: server.database.url });
    await colleague.connect();
    try {
      await colleague.query('BEGIN');
      await colleague.query('SELECT 1 FROM "SavedBusinessCase" WHERE "id" = $1 FOR UPDATE', [caseId]);
      const rerun = server.gql<{ updatePrice: { rerun: number } }>(
        `mutation($id: ID!, $v: Int!, $i: PriceInput!) { updatePrice(id: $id, version: $v, input: $i) { rerun } }`,
        {
          id: priceId,
          v: 1,
          i: { name: 'Kapløbspris', unit: 'pr. dag', bearer: 'KOMMUNE', amountKr: 2000, year: 2026 },
        },
        staff,
      );
      // Until the re-run's UPDATE waits for the colleague's lock (its cases were read before).
      for (let waited = 0; waited < 60_000; waited += 100) {
        const waiting = await server.db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE wait_event_type = 'Lock' AND query LIKE '%UPDATE "SavedBusinessCase"%'`;
        if ((waiting[0]?.n ?? 0) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await colleague.query(
        `UPDATE "SavedBusinessCase" SET "version" = "version" + 1, "result" = jsonb_set("result", '{npv}', '42')
          WHERE "id" = $1`,
        [caseId],
      );
      await colleague.query('COMMIT');
      expect((await rerun).errors).toBeUndefined();
    } finally {
      await colleague.end();
    }
    await fullReportsDone();
    const after = await server.db.savedBusinessCase.findUniqueOrThrow({ where: { id: caseId } });
    expect((after.result as { npv: number }).npv).toBe(42);
  });

  test('an expensive allowed business case does not block other requests', async () => {
    const heavy = {
      horizonYears: 200,
      discount: [{ fromYear: 1, rate: 0.035 }],
      cohorts: Array.from({ length: 40 }, (_, i) => ({ startYear: i, participants: 50, courseYears: 1 })),
      grossSuccessRate: 0.3,
      costs: Array.from({ length: 200 }, (_, i) => ({ year: i, bearer: 'kommune', amount: 100000 })),
      consequences: [{ bearer: 'kommune', category: 'x', baselineAnnual: 50000, alternativeAnnual: 0 }],
      monteCarlo: {
        draws: 20000,
        seed: 1,
        distributions: { grossSuccessRate: { type: 'uniform', min: 0.1, max: 0.5 } },
      },
    };
    let heavyDone = 0;
    const slow = server
      .gql('query($s: JSON!) { businessCase(scenario: $s) { npv } }', { s: heavy }, staff)
      .then((r) => {
        heavyDone = Date.now();
        return r;
      });
    await new Promise((r) => setTimeout(r, 100));
    const quick = await server.gql('{ health }', {}, staff);
    const quickDone = Date.now();
    const heavyRes = await slow;
    expect(heavyRes.errors).toBeUndefined();
    expect(quick.data).toEqual({ health: true });
    // The health check, asked after the heavy case, is answered while the heavy case still runs: an order,
    // not a duration (a blocked request thread would answer it only after the heavy case).
    expect(heavyDone).toBeGreaterThan(0);
    expect(quickDone).toBeLessThan(heavyDone);
  }, 90_000);
});

describe('the seed: only what the documents support', () => {
  test('theme C awaits the budget negotiations with its documented cost; benefits are assumptions to fill', async () => {
    const res = await server.gql<{
      proposals: {
        title: string;
        stage: string;
        statusNote: string;
        needSource: { section: string } | null;
        responsibleUnit: { name: string } | null;
        offers: { name: string }[];
        linkedProjects: { name: string }[];
        businessCases: {
          result: { pvCosts: number; pvGains: number };
          versions: {
            assumptions: { gains: { toBeFilled: boolean }[]; costs: { amountKr: number; source: string }[] };
          }[];
        }[];
      }[];
    }>(
      `{ proposals { title stage statusNote needSource { section } responsibleUnit { name } offers { name } linkedProjects { name }
         businessCases { result { pvCosts pvGains } versions { assumptions } } } }`,
      {},
      director,
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.proposals.find((p) => p.title === 'Sundhed i de 6 hjemløseboliger')!;
    expect(c.stage).toBe('IDEA');
    expect(c.statusNote).toContain('Beslutningen mangler');
    expect(c.statusNote).toContain('indtil budgettet er vedtaget');
    expect(c.needSource!.section).toBe('Tema C: Sundhed til hjemløse');
    expect(c.responsibleUnit!.name).toBe('Center for Socialservice');
    const [bc] = c.businessCases;
    expect(bc!.result.pvCosts).toBe(200_000);
    expect(bc!.result.pvGains).toBe(0);
    const a = bc!.versions[0]!.assumptions;
    expect(a.costs.map((l) => l.amountKr)).toEqual([150_000, 50_000]);
    expect(a.gains.every((g) => g.toBeFilled)).toBe(true);
    for (const title of ['CoolKids for unge', 'Sundhedspakker/Lægetjek']) {
      const idea = res.data!.proposals.find((p) => p.title === title)!;
      expect(idea).toMatchObject({ stage: 'IDEA', linkedProjects: [{ name: title }], offers: [{ name: title }] });
    }
  });
});
