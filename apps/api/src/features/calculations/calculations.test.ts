// Business cases and co-financing simulations through the real server, as the page calls them.
import { defined } from '../../../../../test/defined';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

const examples = join(__dirname, '../../../../../packages/calc/examples');
const example = (file: string) => readFileSync(join(examples, file), 'utf8');
const sroi = JSON.parse(example('business-case-sroi-7-4.json')) as Record<string, unknown>;
const activity2016 = example('activity-eksempel-2016.csv');

const businessCaseQuery = `query($s: JSON!) { businessCase(scenario: $s) {
  pvGains pvCosts npv bcr netRoi payback { undiscounted discounted } breakEven { successes netSuccessRate grossSuccessRate }
  byBearer { bearer pvGains pvCosts npv shareOfGains } years { year gains costs net cumulativeNet discountedNet cumulativeDiscountedNet }
  tornado { parameter npvLow npvHigh swing } monteCarlo { draws percentiles { p5 p50 p95 } } defaultsApplied } }`;
const simulationQuery = `query($r: ID!, $c: ID, $csv: String!) { cofinancingSimulation(ratesId: $r, compareRatesId: $c, activityCsv: $csv) {
  rows base { rateSetId total byAgeGroup { key amount } bySector { key amount } byContactType { key amount } }
  compare { total } difference { total byAgeGroup { key amount } bySector { key amount } byContactType { key amount } } } }`;

interface Simulation {
  rows: number;
  base: {
    rateSetId: string;
    total: number;
    byAgeGroup: { key: string; amount: number }[];
    bySector: { key: string; amount: number }[];
  };
  compare: { total: number } | null;
  difference: {
    total: number;
    byAgeGroup: { amount: number }[];
    bySector: { amount: number }[];
    byContactType: { amount: number }[];
  } | null;
}

let server: TestServer;
let staff: string;
let director: string;
beforeAll(async () => {
  server = await startTestServer();
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
});
afterAll(() => server.close());

describe('businessCase', () => {
  test('the §7.4 SROI example gives the published figures (PV 359.069,57; ratio 1,43628)', async () => {
    const res = await server.gql<{
      businessCase: {
        pvGains: number;
        pvCosts: number;
        bcr: number;
        netRoi: number;
        years: { gains: number }[];
        byBearer: { bearer: string; shareOfGains: number }[];
      };
    }>(businessCaseQuery, { s: sroi }, staff);
    expect(res.errors).toBeUndefined();
    const result = res.data!.businessCase;
    expect(result.pvGains).toBeCloseTo(359_069.57, 2);
    expect(result.pvCosts).toBe(250_000);
    expect(result.bcr).toBeCloseTo(1.43628, 5);
    expect(result.netRoi).toBeCloseTo(0.43628, 5);
    expect(result.years[0]?.gains).toBeCloseTo(214_200, 6);
    expect(result.byBearer).toEqual([
      expect.objectContaining({ bearer: 'society', shareOfGains: 1 }),
      expect.objectContaining({ bearer: 'funder', shareOfGains: 0, pvCosts: 250_000 }),
    ]);
  });

  test('the director may run it too, with the shipped examples and their Monte Carlo run', async () => {
    const list = await server.gql<{
      businessCaseExamples: { id: string; name: string; scenario: Record<string, unknown> }[];
    }>('{ businessCaseExamples { id name description scenario } }', undefined, director);
    expect(list.data?.businessCaseExamples.map((e) => e.id)).toEqual([
      'business-case-forebyggelse',
      'business-case-sroi-7-4',
    ]);
    const scenario = defined(list.data?.businessCaseExamples[0], 'a business case example').scenario;
    const res = await server.gql<{
      businessCase: { monteCarlo: { draws: number; percentiles: { p5: number; p95: number } } };
    }>(businessCaseQuery, { s: scenario }, director);
    expect(res.errors).toBeUndefined();
    expect(res.data!.businessCase.monteCarlo.draws).toBe(10_000);
    expect(res.data!.businessCase.monteCarlo.percentiles.p5).toBeLessThan(
      res.data!.businessCase.monteCarlo.percentiles.p95,
    );
  });

  test('a front-line worker is FORBIDDEN', async () => {
    const front = await server.signIn(demoEmail('frontmedarbejder'));
    for (const query of ['{ businessCaseExamples { id } }', '{ cofinancingRateSets { id } }']) {
      const res = await server.gql(query, undefined, front);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const res = await server.gql(businessCaseQuery, { s: sroi }, front);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeFalsy();
  });

  test('a malformed scenario is BAD_USER_INPUT naming every field by its Danish name, never a JSON path', async () => {
    const bad = { ...sroi, horizonYears: 'ti', cohorts: [{ startYear: 0, participants: -5 }] };
    const res = await server.gql(businessCaseQuery, { s: bad }, staff);
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/^Ugyldigt scenarie: Tidshorisont: skal være et tal/);
    expect(error?.message).not.toContain('$.');
    expect(error?.extensions?.fields).toEqual(
      expect.arrayContaining([
        { path: '$.horizonYears', message: 'Tidshorisont: skal være et tal' },
        { path: '$.cohorts[0].participants', message: 'Deltagere pr. hold, hold 1: skal være mindst 0' },
      ]),
    );
  });

  test('a preset without a rate beyond its range names the missing parameter', async () => {
    const res = await server.gql(businessCaseQuery, { s: { ...sroi, horizonYears: 80, discount: 'fm2021' } }, staff);
    expect(res.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        calcCode: 'MISSING_PARAMETER',
        parameter: 'discount[fm2021] efter år 70',
      }),
    );
    expect(res.errors?.[0]?.message).toMatch(/^Parameteren discount\[fm2021\] efter år 70 mangler/);
  });

  test('more Monte Carlo draws than the app allows are refused', async () => {
    const res = await server.gql(
      businessCaseQuery,
      { s: { ...sroi, monteCarlo: { draws: 1_000_000, seed: 1, distributions: {} } } },
      staff,
    );
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      {
        path: '$.monteCarlo.draws',
        message: 'Antal Monte Carlo-træk: højst 20.000 træk, når beregningen køres i appen',
      },
    ]);
  });
});

describe('co-financing', () => {
  test('the rate sets come with their source and the status of every figure', async () => {
    const res = await server.gql<{
      cofinancingRateSets: {
        id: string;
        regime: string;
        source: string;
        rules: { shareStatus: string; capStatus: string; source: string }[];
      }[];
    }>(
      '{ cofinancingRateSets { id regime year source note rules { sector contactType ageGroup share cap capUnit shareStatus capStatus source note } } }',
      undefined,
      director,
    );
    const sets = res.data!.cofinancingRateSets;
    expect(sets.map((s) => [s.id, s.regime])).toEqual([
      ['flat2012-regionh', 'flat2012'],
      ['age2018-regionh', 'age2018'],
      ['aconto2019-regionh', 'aconto2019'],
    ]);
    for (const set of sets) {
      expect(set.source).not.toBe('');
      expect(
        set.rules.every((r) => r.source !== '' && ['confirmed', 'approximate', 'missing'].includes(r.shareStatus)),
      ).toBe(true);
    }
  });

  test('the 2016 example priced under the flat model, by age group, sector and contact type', async () => {
    const res = await server.gql<{ cofinancingSimulation: Simulation }>(
      simulationQuery,
      { r: 'flat2012-regionh', csv: activity2016 },
      staff,
    );
    expect(res.errors).toBeUndefined();
    const sim = res.data!.cofinancingSimulation;
    expect(sim.rows).toBeGreaterThan(0);
    expect(sim.base.total).toBeGreaterThan(0);
    const sum = (list: { amount: number }[]) => list.reduce((a, b) => a + b.amount, 0);
    expect(sum(sim.base.bySector)).toBeCloseTo(sim.base.total, 6);
    expect(sum(sim.base.byAgeGroup)).toBeCloseTo(sim.base.total, 6);
    expect(sim.compare).toBeNull();
    expect(sim.difference).toBeNull();
  });

  test('comparing a rate set with itself gives zero differences everywhere', async () => {
    const res = await server.gql<{ cofinancingSimulation: Simulation }>(
      simulationQuery,
      { r: 'flat2012-regionh', c: 'flat2012-regionh', csv: activity2016 },
      staff,
    );
    const sim = res.data!.cofinancingSimulation;
    expect(sim.compare?.total).toBe(sim.base.total);
    const difference = sim.difference!;
    expect(difference.total).toBe(0);
    const amounts = [...difference.byAgeGroup, ...difference.bySector, ...difference.byContactType].map(
      (d) => d.amount,
    );
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.every((a) => a === 0)).toBe(true);
  });

  test('a CSV with bad lines lists every one (line and column, Danish) and computes nothing', async () => {
    const lines = activity2016.trimEnd().split('\n');
    lines[2] = defined(lines[2], 'line 3 of the example').replace(';80+;', ';90+;');
    lines[4] = defined(lines[4], 'line 5 of the example').replace(/;activity$/, ';forkert');
    lines.push('183;2016;13;somatik;stationaer;65-79;;J;1;100,00;;activity');
    const res = await server.gql<{ cofinancingSimulation: Simulation | null }>(
      simulationQuery,
      { r: 'flat2012-regionh', csv: lines.join('\n') },
      staff,
    );
    const error = res.errors?.[0];
    expect(res.data).toBeFalsy();
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(
      /^Aktivitetsfilen er afvist i sin helhed \(3 fejl\): linje 3, kolonne age_group: ukendt aldersgruppe/,
    );
    const fields = error?.extensions?.fields as { path: string; line: number; column: string; message: string }[];
    expect(fields.map((f) => [f.path, f.line, f.column])).toEqual([
      ['activityCsv', 3, 'age_group'],
      ['activityCsv', 5, 'basis'],
      ['activityCsv', lines.length, 'month'],
    ]);
    expect(fields.every((f) => f.message.startsWith(`linje ${f.line}, kolonne ${f.column}: `))).toBe(true);
  });

  test('a rate the activity needs but the set lacks is named', async () => {
    const csv =
      'municipality_code;year;month;sector;contact_type;age_group;activity_count;tariff_value_dkk;basis\n183;2018;3;somatik;stationaer;80+;2;40.000,00;activity\n';
    const res = await server.gql(simulationQuery, { r: 'age2018-regionh', csv }, staff);
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('satssættet "age2018-regionh" mangler share[somatik/stationaer/80+]');
    expect(error?.extensions?.fields).toEqual([
      expect.objectContaining({ path: 'activityCsv', line: 2, column: 'contact_type' }),
    ]);
  });

  test('an unknown rate set, an empty file and a file over 5 MB are refused in Danish', async () => {
    const unknown = await server.gql(
      simulationQuery,
      { r: 'flat2012-regionh', c: 'findes-ikke', csv: activity2016 },
      staff,
    );
    expect(unknown.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'compareRatesId', message: 'Satssættet "findes-ikke" findes ikke. Vælg et af de viste satssæt.' },
    ]);
    const empty = await server.gql(simulationQuery, { r: 'flat2012-regionh', csv: '  \n' }, staff);
    expect(empty.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'activityCsv', message: expect.stringMatching(/^Aktivitetsfilen er tom/) },
    ]);
    const big = `${activity2016}\n${'x'.repeat(5 * 1024 * 1024)}`;
    const tooLarge = await server.gql(simulationQuery, { r: 'flat2012-regionh', csv: big }, staff);
    expect(tooLarge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLarge.errors?.[0]?.message).toMatch(/Aktivitetsfilen er for stor \(5 MB\); den må højst fylde 5 MB\./);
  });

  test('a simulation is never cached: the same request executes again', async () => {
    await server.gql(simulationQuery, { r: 'flat2012-regionh', csv: activity2016 }, staff);
    const again = await server.countQueries(() =>
      server.gql(simulationQuery, { r: 'flat2012-regionh', csv: activity2016 }, staff),
    );
    expect(again.result.errors).toBeUndefined();
    // A cache lookup would read the data versions; an uncached field skips it. The only statement
    // allowed is the session lookup (remembered for 0.5 s only, ADR 019).
    expect(again.statements.filter((sql) => !sql.includes('"Session"'))).toEqual([]);
  });
});
