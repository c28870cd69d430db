// The comparison levels of the breakdowns and the preventable admissions (issue 13, ADR 068) on a small
// hand-computed set: per inhabitant (age groups per inhabitant of the group) and per 1,000 aged 65+, only
// from municipalities with imported data and population; "ikke importeret" where a level has none;
// diagnosis groups by name with the code; theme F names the missing rate in words; the Excel export keeps
// the diagnosis code in a column of its own.
import ExcelJS from 'exceljs';
import { setClock } from '@sundhed/shared';
import { importCsv } from '../../../test/cofinancingImports';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  setClock('2026-12-04T10:00:00+01:00');
  const src = `source=${encodeURIComponent('Testdata (syntetiske data)')}`;
  // Ishøj (183) and Albertslund (165) have activity and population; Brøndby (153) has no population.
  await importCsv(
    server,
    staff,
    'activity',
    [
      'kommunekode;år;måned;sektor;kontakttype;aldersgruppe;diagnosegruppe;antal;takst_kr;medfinansiering_kr;grundlag',
      '183;2021;1;somatik;stationaer;65-79;DJ18;10;30.000;100.000;activity',
      '183;2021;1;somatik;ambulant;3-64;DE86;100;2.000;50.000;activity',
      '165;2021;1;somatik;stationaer;65-79;DJ18;4;30.000;40.000;activity',
      '165;2021;1;praksis;almen_laege;80+;;200;150;10.000;activity',
      '153;2021;1;somatik;stationaer;65-79;DJ18;5;30.000;30.000;activity',
    ].join('\n'),
    `sourceKind=ESUNDHED&${src}`,
  );
  await importCsv(
    server,
    staff,
    'population',
    [
      'OMRÅDE;ALDER;TID;INDHOLD',
      '183;3-64;2021;10000',
      '183;65-79;2021;1500',
      '183;80+;2021;500',
      '165;3-64;2021;20000',
      '165;65-79;2021;3000',
      '165;80+;2021;1000',
    ].join('\n'),
    `source=${encodeURIComponent('Danmarks Statistik, FOLK1A (testudtræk)')}`,
  );
  await importCsv(
    server,
    staff,
    'preventable',
    ['kommunekode;år;gruppe;antal', '183;2021;dehydrering;10', '183;2021;brud;4', '165;2021;dehydrering;8'].join('\n'),
    src,
  );
  // A set whose only member has imported nothing: its figures are "ikke importeret".
  const saved = await server.gql(
    'mutation { saveCofinancingComparisonSet(input: { name: "Kun Gentofte", memberCodes: ["157"] }) { id } }',
    {},
    staff,
  );
  expect(saved.errors).toBeUndefined();
});
afterAll(async () => {
  setClock(null);
  await server.close();
});

interface Level {
  label: string;
  value: number | null;
  municipalities: number;
  reason: string | null;
}
type Answer = {
  cofinancingOverview: {
    comparisons: { label: string }[];
    breakdown: { dimension: string; key: string; label: string; labelSource: string | null; levels: Level[] }[];
    preventable: { year: number; group: string; per1000Aged65Plus: number | null; levels: Level[] }[];
  };
};
const QUERY = `{ cofinancingOverview(fromYear: 2021, toYear: 2021) {
  comparisons { label }
  breakdown { dimension key label labelSource levels { label value municipalities reason } }
  preventable { year group per1000Aged65Plus levels { label value municipalities reason } }
} }`;

async function overview() {
  const { data, errors } = await server.gql<Answer>(QUERY, {}, staff);
  expect(errors).toBeUndefined();
  return data!.cofinancingOverview;
}
const at = (levels: Level[], label: string) => levels.find((l) => l.label === label)!;
const NOT_IMPORTED = 'ikke importeret: ingen kommune i niveauet har indlæst aktivitet og befolkning for 2021';

test('each breakdown row carries every level per inhabitant, from imported data only', async () => {
  const o = await overview();
  // The levels come in the order of the comparisons.
  const row = (dimension: string, key: string) => o.breakdown.find((b) => b.dimension === dimension && b.key === key)!;
  expect(row('sector', 'somatik').levels.map((l) => l.label)).toEqual(o.comparisons.map((c) => c.label));
  // Group 4 without Ishøj: Albertslund only (Brøndby lacks population): 40.000 kr. / 24.000 inhabitants.
  expect(at(row('sector', 'somatik').levels, 'Kommunesocialgruppe 4')).toEqual({
    label: 'Kommunesocialgruppe 4',
    value: 40_000 / 24_000,
    municipalities: 1,
    reason: null,
  });
  expect(at(row('sector', 'somatik').levels, 'Vestegnen').value).toBe(40_000 / 24_000);
  // National: Ishøj and Albertslund, (150.000 + 40.000) kr. / 36.000 inhabitants.
  expect(at(row('sector', 'somatik').levels, 'Landsplan')).toMatchObject({
    value: 190_000 / 36_000,
    municipalities: 2,
  });
  // Age groups are per inhabitant of the age group: 65–79 nationally (100.000 + 40.000) / (1.500 + 3.000).
  expect(at(row('ageGroup', '65-79').levels, 'Landsplan').value).toBe(140_000 / 4_500);
  expect(at(row('ageGroup', '65-79').levels, 'Kommunesocialgruppe 4').value).toBe(40_000 / 3_000);
  // Albertslund has activity but none in 3–64: 0 kr., not "ikke importeret".
  expect(at(row('ageGroup', '3-64').levels, 'Kommunesocialgruppe 4')).toMatchObject({ value: 0, municipalities: 1 });
  // A level without imported data says so.
  expect(at(row('sector', 'somatik').levels, 'Kun Gentofte')).toEqual({
    label: 'Kun Gentofte',
    value: null,
    municipalities: 0,
    reason: NOT_IMPORTED,
  });
});

test('diagnosis groups are shown by name with the code, or the code when the name is not known', async () => {
  const o = await overview();
  const diag = o.breakdown.filter((b) => b.dimension === 'diagnosisGroup');
  const dj18 = diag.find((b) => b.key === 'DJ18')!;
  expect(dj18.label).toBe('Lungebetændelse (DJ18)');
  expect(dj18.labelSource).toContain('WHO ICD-10, kategori J18');
  expect(at(dj18.levels, 'Landsplan').value).toBe(140_000 / 36_000);
  const de86 = diag.find((b) => b.key === 'DE86')!;
  expect(de86).toMatchObject({ label: 'DE86 (navnet kendes ikke)', labelSource: null });
  expect(at(de86.levels, 'Kommunesocialgruppe 4').value).toBe(0);
});

test('preventable admissions per 1,000 aged 65+ against every level', async () => {
  const o = await overview();
  const group = (g: string) => o.preventable.find((p) => p.year === 2021 && p.group === g)!;
  // Ishøj: 10 / 2.000 aged 65+ = 5 per 1.000.
  expect(group('dehydrering').per1000Aged65Plus).toBe(5);
  // Group 4: Albertslund 8 / 4.000 = 2; national (10 + 8) / 6.000 = 3.
  expect(at(group('dehydrering').levels, 'Kommunesocialgruppe 4')).toEqual({
    label: 'Kommunesocialgruppe 4',
    value: 2,
    municipalities: 1,
    reason: null,
  });
  expect(at(group('dehydrering').levels, 'Landsplan')).toMatchObject({ value: 3, municipalities: 2 });
  // Albertslund reported 2021 without fractures: 0, counted.
  expect(at(group('brud').levels, 'Kommunesocialgruppe 4')).toMatchObject({ value: 0, municipalities: 1 });
  expect(at(group('brud').levels, 'Landsplan').value).toBe(4_000 / 6_000);
  expect(at(group('brud').levels, 'Kun Gentofte')).toMatchObject({
    value: null,
    reason:
      'ikke importeret: ingen kommune i niveauet har indlæst forebyggelige indlæggelser og befolkning på 65+ for 2021',
  });
});

test('theme F says in words which rate a cell lacks', async () => {
  const { data, errors } = await server.gql<{
    cofinancingThemeF: {
      cells: { dimension: string; key: string; ageAmount: number | null; missingRates: string[] }[];
    };
  }>('{ cofinancingThemeF(year: 2021) { cells { dimension key ageAmount missingRates } } }', {}, staff);
  expect(errors).toBeUndefined();
  const cell = data!.cofinancingThemeF.cells.find((c) => c.dimension === 'ageGroup' && c.key === '65-79')!;
  expect(cell.ageAmount).toBeNull();
  expect(
    cell.missingRates.some((r) => r.startsWith('Andelen for 65–79 år i somatik, indlæggelse, er ikke kendt for')),
  ).toBe(true);
  // A computed cell names nothing.
  for (const c of data!.cofinancingThemeF.cells.filter((c) => c.ageAmount !== null)) expect(c.missingRates).toEqual([]);
});

test('the Excel export keeps the diagnosis code in a column of its own', async () => {
  const res = await fetch(`${server.url}/api/cofinancing/export.xlsx?fromYear=2021&toYear=2021`, {
    headers: { cookie: staff },
  });
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const sheet = book.getWorksheet('Fordeling')!;
  const header = sheet.getRow(1).values as unknown[];
  expect(header).toContain('Diagnosekode');
  const rows = sheet.getSheetValues().filter(Array.isArray) as unknown[][];
  const dj18 = rows.find((r) => r.includes('Lungebetændelse (DJ18)'))!;
  expect(dj18).toContain('DJ18');
  expect(header).toContain('Landsplan pr. indbygger');
});

test('the example file names its diagnosis groups, and the import stores their codes', async () => {
  const example = await fetch(`${server.url}/api/cofinancing/example.csv`, { headers: { cookie: staff } });
  const text = await example.text();
  expect(text).toContain(';Lungebetændelse (DJ18);');
  expect(text).toContain(';DM54;');
  // A bare code typed in lower case is the same group ("dm54" is "DM54"), not a row of its own.
  await importCsv(
    server,
    staff,
    'activity',
    text.replace(';DM54;', ';dm54;'),
    `sourceKind=ESUNDHED&source=${encodeURIComponent('Eksempelfil (syntetiske data)')}`,
  );
  // Asked through 2025, the breakdowns are of 2024, the last year with Ishøj's own data.
  const { data, errors } = await server.gql<Answer>(QUERY.replace('toYear: 2021', 'toYear: 2025'), {}, staff);
  expect(errors).toBeUndefined();
  const diag = data!.cofinancingOverview.breakdown.filter((b) => b.dimension === 'diagnosisGroup');
  expect(diag.map((b) => [b.key, b.label]).sort()).toEqual([
    ['-', 'Uoplyst'],
    ['DF32', 'Depressiv enkeltepisode (DF32)'],
    ['DJ18', 'Lungebetændelse (DJ18)'],
    ['DM54', 'DM54 (navnet kendes ikke)'],
  ]);
});
