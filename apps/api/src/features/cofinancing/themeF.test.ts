// Theme F on stored data (issue 13 item 4): a small hand-computed import priced under the flat 2012 and the
// age-differentiated 2018 rules; the 2018 set lacks the per-age shares for somatics and general practice,
// so only those cells are "ikke beregnet", psychiatry is compared, and the share resting on approximate
// caps is shown. Front-line workers see none of it.
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let director: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  const staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  const body = [
    'kommunekode;år;måned;sektor;kontakttype;aldersgruppe;antal;takst_kr;grundlag',
    '183;2020;1;somatik;stationaer;80+;2;60.000;activity',
    '183;2020;1;psykiatri;ambulant;3-64;6;1.000;activity',
    '183;2020;2;psykiatri;ambulant;3-64;4;1.000;activity',
    '183;2020;2;praksis;almen_laege;80+;100;150;activity',
    '183;2021;1;psykiatri;ambulant;3-64;99;1.000;activity',
    '165;2020;1;psykiatri;ambulant;3-64;50;1.000;activity',
  ].join('\n');
  const res = await fetch(`${server.url}/api/cofinancing/activity?sourceKind=ESUNDHED&source=test`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', 'x-file-name': 'a.csv', cookie: staff },
    body,
  });
  expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([]);
});
afterAll(async () => {
  await server.close();
});

type Cell = {
  dimension: string;
  key: string;
  label: string;
  contacts: number;
  flatAmount: number | null;
  ageAmount: number | null;
  difference: number | null;
  approximateShare: number;
  missingShare: number;
};
const QUERY = `query ($year: Int!) { cofinancingThemeF(year: $year) { year baseLabel alternativeLabel note
  cells { dimension key label contacts flatAmount ageAmount difference approximateShare missingShare } } }`;

test('a missing rate blanks only the cells that need it; the rest is compared with its approximate share', async () => {
  const { data, errors } = await server.gql<{
    cofinancingThemeF: { baseLabel: string; alternativeLabel: string; note: string; cells: Cell[] };
  }>(QUERY, { year: 2020 }, director);
  expect(errors).toBeUndefined();
  const f = data!.cofinancingThemeF;
  expect(f.baseLabel).toBe('Flad model 2012–2017 (Region Hovedstaden)');
  expect(f.alternativeLabel).toBe('Aldersdifferentieret model 2018 (Region Hovedstaden)');
  expect(f.note).not.toMatch(/docs\/|\.md|\$\./);
  const cell = (dimension: string, key: string) => f.cells.find((c) => c.dimension === dimension && c.key === key)!;
  // Psychiatry: 10 visits × min(0,3 × 1.000, cap) = 3.000 kr. under both; both caps are approximate.
  expect(cell('sector', 'psykiatri')).toEqual({
    dimension: 'sector',
    key: 'psykiatri',
    label: 'Psykiatri',
    contacts: 10,
    flatAmount: 3_000,
    ageAmount: 3_000,
    difference: 0,
    approximateShare: 1,
    missingShare: 0,
  });
  // Somatics: flat 2 × min(20.400, 15.000) = 30.000 (approximate cap); 2018 share for 80+ missing.
  expect(cell('sector', 'somatik')).toMatchObject({
    flatAmount: 30_000,
    ageAmount: null,
    difference: null,
    missingShare: 1,
  });
  // General practice: flat 100 × 15 = 1.500 (confirmed); 2018 share missing.
  expect(cell('contactType', 'almen_laege')).toMatchObject({ flatAmount: 1_500, ageAmount: null, approximateShare: 0 });
  expect(cell('ageGroup', '3-64')).toMatchObject({ label: '3–64 år', difference: 0 });
  expect(cell('ageGroup', '80+')).toMatchObject({ flatAmount: 31_500, ageAmount: null, missingShare: 1 });
  // The total: flat 34.500 kr.; 102 of 112 contacts need a missing 2018 rate.
  expect(cell('total', '')).toMatchObject({ label: 'I alt', contacts: 112, flatAmount: 34_500, ageAmount: null });
  expect(cell('total', '').missingShare).toBeCloseTo(102 / 112, 10);
  // Other years and other municipalities are not counted.
  expect(cell('sector', 'psykiatri').contacts).toBe(10);
});

test('a year out of range is a Danish input error; front-line workers see none of it', async () => {
  const bad = await server.gql(QUERY, { year: 1900 }, director);
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const front = await server.signIn(demoEmail('frontmedarbejder'));
  const hidden = await server.gql(QUERY, { year: 2020 }, front);
  expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
