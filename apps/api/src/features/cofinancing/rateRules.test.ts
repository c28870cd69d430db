// The rate-set editor (issue 13 item 4, ADR 046): the shipped rules with the staff unit's own share and
// cap, each with status and source, versioned; theme F prices with them, so a filled-in 2018 share turns
// "ikke beregnet" into a figure. Input checked in Danish naming the field; the director reads only.
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  const res = await fetch(`${server.url}/api/cofinancing/activity?sourceKind=ESUNDHED&source=test`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', 'x-file-name': 'a.csv', cookie: staff },
    body: 'kommunekode;år;måned;sektor;kontakttype;aldersgruppe;antal;takst_kr;grundlag\n183;2020;1;somatik;stationaer;80+;2;60.000;activity',
  });
  expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([]);
});
afterAll(async () => {
  await server.close();
});

type Rule = {
  rateSetId: string;
  sector: string;
  contactType: string;
  ageGroup: string;
  label: string;
  share: number | null;
  shareStatus: string;
  cap: number | null;
  capStatus: string;
  source: string;
  version: number;
};
const RULE = 'rateSetId sector contactType ageGroup label share shareStatus cap capStatus source version';
const SAVE = `mutation ($input: CofinancingEditableRuleInput!) { saveCofinancingRateRule(input: $input) { ${RULE} } }`;
const key = { rateSetId: 'age2018-regionh', sector: 'somatik', contactType: 'stationaer', ageGroup: '80+' };
const figures = {
  ...key,
  share: 0.56,
  shareStatus: 'approximate',
  cap: 31_029,
  capStatus: 'approximate',
  source: 'BEK om loft 2019, bilag 1 (testværdi)',
};

test('the sets list every shipped rule; a missing 2018 share is shown as missing with version 0', async () => {
  const { data, errors } = await server.gql<{
    cofinancingEditableRateSets: { id: string; label: string; rules: Rule[] }[];
  }>(`{ cofinancingEditableRateSets { id label rules { ${RULE} } } }`, {}, director);
  expect(errors).toBeUndefined();
  const [flat, aged] = data!.cofinancingEditableRateSets;
  expect(flat!.label).toBe('Flad model 2012–2017 (Region Hovedstaden)');
  expect(
    aged!.rules.find((r) => r.sector === 'somatik' && r.contactType === 'stationaer' && r.ageGroup === '80+'),
  ).toMatchObject({ label: 'Somatik, Indlæggelse, 80 år og derover', share: null, shareStatus: 'missing', version: 0 });
});

test('theme F: before, the 80+ admissions are "ikke beregnet"; a saved share prices them', async () => {
  const themeF = async () => {
    const { data } = await server.gql<{
      cofinancingThemeF: {
        cells: { dimension: string; key: string; ageAmount: number | null; difference: number | null }[];
      };
    }>('{ cofinancingThemeF(year: 2020) { cells { dimension key ageAmount difference } } }', {}, director);
    return data!.cofinancingThemeF.cells.find((c) => c.dimension === 'ageGroup' && c.key === '80+')!;
  };
  expect(await themeF()).toMatchObject({ ageAmount: null, difference: null });
  const saved = await server.gql<{ saveCofinancingRateRule: Rule }>(SAVE, { input: { ...figures, version: 0 } }, staff);
  expect(saved.errors).toBeUndefined();
  expect(saved.data!.saveCofinancingRateRule).toMatchObject({ share: 0.56, cap: 31_029, version: 1 });
  // 2 × min(0,56 × 60.000, 31.029) = 62.058 kr. against the flat 2 × min(20.400, 15.000) = 30.000 kr.
  expect(await themeF()).toEqual({ dimension: 'ageGroup', key: '80+', ageAmount: 62_058, difference: 32_058 });
});

test('a stale save is CONFLICT with the stored figures; nothing changes', async () => {
  const stale = await server.gql(SAVE, { input: { ...figures, share: 0.5, version: 0 } }, staff);
  expect(stale.errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    currentVersion: 1,
    current: { share: 0.56, shareStatus: 'approximate', cap: 31_029, source: figures.source },
  });
  expect(stale.errors?.[0]?.message).toBe(
    'Satsen er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  );
});

test('bad figures are refused in Danish naming the field; an unknown rule is not found', async () => {
  const bad = async (change: Record<string, unknown>) => {
    const { errors } = await server.gql(SAVE, { input: { ...figures, version: 1, ...change } }, staff);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return JSON.stringify(errors);
  };
  expect(await bad({ shareStatus: 'måske' })).toContain(
    'Status for andel skal være bekræftet, omtrentlig eller mangler',
  );
  expect(await bad({ shareStatus: 'missing' })).toContain('Andel skal være tom, når satsen mangler');
  expect(await bad({ share: null })).toContain('Andel skal udfyldes, når satsen er bekræftet eller omtrentlig');
  expect(await bad({ share: 1.5 })).toContain('Andel skal være mellem 0 og 100 %');
  expect(await bad({ cap: -1 })).toContain('Loft skal være et beløb over 0 kr.');
  expect(await bad({ source: ' ' })).toContain('Kilde skal udfyldes');
  const unknown = await server.gql(SAVE, { input: { ...figures, ageGroup: '90+', version: 0 } }, staff);
  expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

test('the director may not change rates; front-line workers see none', async () => {
  const denied = await server.gql(SAVE, { input: { ...figures, version: 1 } }, director);
  expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const front = await server.signIn(demoEmail('frontmedarbejder'));
  const hidden = await server.gql('{ cofinancingEditableRateSets { id } }', {}, front);
  expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
