// Co-financing imports (issue 13): a good file lands whole with its batch, payments apart and monthly sums;
// a bad line (unknown column, unknown municipality code, bad number) stores nothing and names line and
// column in Danish; a period already imported is refused (periodTaken) unless replace, which keeps the earlier
// batch as superseded; only the staff unit may import.
import ExcelJS from 'exceljs';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
});
afterAll(async () => {
  await server.close();
});

type Report = {
  imported: number;
  payments: number;
  periodTaken: boolean;
  batches: { municipality: string; periodFrom: string; periodTo: string; replaced: number }[];
  errors: { line: number; column: string | null; message: string }[];
};

async function upload(body: string | Buffer, cookie: string | undefined, query = '', xlsx = false) {
  const res = await fetch(
    `${server.url}/api/cofinancing/activity?sourceKind=ESUNDHED&source=${encodeURIComponent('eSundhed-udtræk (testdata)')}${query}`,
    {
      method: 'POST',
      headers: {
        'content-type': xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv',
        'x-file-name': xlsx ? 'aktivitet.xlsx' : 'aktivitet.csv',
        ...(cookie ? { cookie } : {}),
      },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    },
  );
  return { status: res.status, report: (await res.json()) as Report };
}

const DANISH =
  'kommunekode;år;måned;sektor;kontakttype;aldersgruppe;diagnosegruppe;antal;takst_kr;medfinansiering_kr;grundlag';
const good = [
  DANISH,
  '183;2020;1;somatik;stationaer;65-79;DJ18;10;30.000;100.000;activity',
  '183;2020;1;somatik;ambulant;3-64;DM54;100;2.000;50.000;activity',
  '183;2020;2;praksis;almen_laege;80+;;200;150;10.000;activity',
  '183;2020;1;;;;;;;120.000;aconto',
  '165;2020;1;somatik;stationaer;65-79;DJ18;5;30.000;40.000;activity',
].join('\n');

const count = async () => ({
  activity: await server.db.cofinancingActivity.count(),
  batches: await server.db.cofinancingImport.count(),
});

test('a good Danish-headed CSV lands with one batch per municipality, payments apart and sums', async () => {
  const { status, report } = await upload(good, staff, '&granularity=MONTH');
  expect(report.errors).toEqual([]);
  expect(status).toBe(200);
  expect(report.imported).toBe(4);
  expect(report.payments).toBe(1);
  expect(report.batches.map((b) => [b.municipality, b.periodFrom, b.periodTo]).sort()).toEqual([
    ['Albertslund Kommune', '2020-01-01', '2020-01-31'],
    ['Ishøj Kommune', '2020-01-01', '2020-02-29'],
  ]);
  const ishoj = await server.db.municipality.findFirstOrThrow({ where: { code: '183' } });
  const sums = await server.db.cofinancingSummary.findMany({
    where: { municipalityId: ishoj.id, dimension: 'total' },
    orderBy: { month: 'asc' },
  });
  expect(sums.map((s) => [s.month, s.amount, s.tariffValue])).toEqual([
    [1, 150_000, 500_000],
    [2, 10_000, 30_000],
  ]);
  const payments = await server.db.cofinancingPayment.findMany();
  expect(payments.map((p) => [p.kind, p.amount])).toEqual([['ACONTO', 120_000]]);
});

test('the same period again is refused unless replaced; the replaced batch stays superseded', async () => {
  const before = await count();
  const again = await upload(good, staff);
  expect(again.status).toBe(200);
  expect(again.report.periodTaken).toBe(true);
  expect(again.report.errors[0]!.message).toContain('er allerede indlæst');
  expect(await count()).toEqual(before);

  const replaced = await upload(good.replace('100.000;activity', '110.000;activity'), staff, '&replace=1');
  expect(replaced.status).toBe(200);
  expect(replaced.report.batches.every((b) => b.replaced === 1)).toBe(true);
  const batches = await server.db.cofinancingImport.findMany({ where: { municipality: { code: '183' } } });
  expect(batches).toHaveLength(2);
  expect(batches.filter((b) => b.supersededById === null)).toHaveLength(1);
  // The earlier rows are kept in the history, but only the active batch counts.
  expect(await server.db.cofinancingActivity.count()).toBe(before.activity + 4);
});

test('an unknown column, an unknown municipality or a bad number stores nothing and names line and column', async () => {
  const before = await count();
  const unknownColumn = await upload(
    DANISH + ';farve\n183;2021;1;somatik;stationaer;65-79;;1;1;1;activity;rød\n',
    staff,
  );
  expect(unknownColumn.status).toBe(422);
  expect(unknownColumn.report.errors).toEqual([{ line: 1, column: 'farve', message: 'kolonnen "farve" kendes ikke' }]);

  const bad = await upload(
    [
      DANISH,
      '183;2021;1;somatik;stationaer;65-79;;1;1;1;activity',
      '999;2021;1;somatik;stationaer;65-79;;1;1;1;activity',
      '183;2021;2;somatik;stationaer;65-79;;x;1;1;activity',
    ].join('\n'),
    staff,
  );
  expect(bad.status).toBe(422);
  expect(bad.report.errors).toEqual([
    { line: 3, column: 'kommunekode', message: 'kommunekoden "999" findes ikke' },
    { line: 4, column: 'antal', message: '"x" er ikke et tal' },
  ]);
  expect(await count()).toEqual(before);
});

test('a byte order mark, CRLF line ends and an empty line (as Danish Excel writes) are read', async () => {
  const excel = `\uFEFF${[
    DANISH,
    '183;2023;3;somatik;stationaer;65-79;Blære;2;1.234,50;;activity',
    '',
    '183;2023;4;praksis;almen_laege;80+;Øre;1;150;;activity',
  ].join('\r\n')}\r\n`;
  const { status, report } = await upload(excel, staff);
  expect(report.errors).toEqual([]);
  expect(status).toBe(200);
  expect(report.imported).toBe(2);
  const rows = await server.db.cofinancingActivity.findMany({
    where: { year: 2023 },
    orderBy: { month: 'asc' },
  });
  expect(rows.map((r) => [r.month, r.diagnosisGroup, r.tariffValue])).toEqual([
    [3, 'Blære', 2469],
    [4, 'Øre', 150],
  ]);
});

test('an .xlsx with English headers lands too; front-line workers and directors may not import', async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Aktivitet');
  sheet.addRow([
    'municipality_code',
    'year',
    'month',
    'sector',
    'contact_type',
    'age_group',
    'activity_count',
    'tariff_value_dkk',
    'kmf_amount_dkk',
    'basis',
  ]);
  sheet.addRow(['183', 2022, 3, 'somatik', 'ambulant', '0-2', 4, 1500.5, 1200.25, 'activity']);
  const file = Buffer.from(await book.xlsx.writeBuffer());
  const { status, report } = await upload(file, staff, '', true);
  expect(report.errors).toEqual([]);
  expect(status).toBe(200);
  const row = await server.db.cofinancingActivity.findFirstOrThrow({ where: { year: 2022 } });
  expect([row.count, row.tariffValue, row.amount]).toEqual([4, 6002, 1200.25]);

  expect((await upload(good, director)).status).toBe(403);
  const front = await server.signIn(demoEmail('frontmedarbejder'));
  expect((await upload(good, front)).status).toBe(403);
  expect((await upload(good, undefined)).status).toBe(401);
});

test('a file for part of an earlier batch is refused, naming that batch: replacing it would drop the rest', async () => {
  // Ishøj's active batch now covers 1.2020–2.2020; a file for February alone would replace January too.
  const before = await count();
  const february = [DANISH, '183;2020;2;praksis;almen_laege;80+;;300;150;15.000;activity'].join('\n');
  for (const query of ['', '&replace=1']) {
    const { status, report } = await upload(february, staff, query);
    expect(status).toBe(422);
    expect(report.periodTaken).toBe(false);
    expect(report.errors.map((e) => e.message)).toEqual([
      'Ishøj Kommune: perioden 2.2020–2.2020 er en del af en tidligere indlæsning (aktivitet.csv, 1.2020–2.2020). Den kan kun erstattes helt: indlæs en fil, der dækker hele perioden 1.2020–2.2020. Intet er gemt.',
    ]);
  }
  expect(await count()).toEqual(before);
  // A file that covers the whole earlier period (and more) still replaces it.
  const wider = [good, '183;2020;3;somatik;ambulant;3-64;DM54;10;2.000;5.000;activity'].join('\n');
  const replaced = await upload(wider, staff, '&replace=1');
  expect(replaced.report.errors).toEqual([]);
  expect(replaced.report.batches.find((b) => b.municipality === 'Ishøj Kommune')).toMatchObject({
    periodFrom: '2020-01-01',
    periodTo: '2020-03-31',
    replaced: 1,
  });
});
