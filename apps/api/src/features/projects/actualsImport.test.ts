// Actual spend from the finance partner's Excel file (issue 9): POST /api/budget/actuals.xlsx lands whole
// or not at all, with a Danish report per row; updated lines get the figure, a source naming the file and
// a history row; a stale version or one bad row saves nothing; only the staff unit may import.
import ExcelJS from 'exceljs';
import { setClock } from '@sundhed/shared';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  setClock('2026-12-04T10:00:00+01:00');
});
afterAll(async () => {
  setClock(null);
  await server.close();
});

const HEADER = ['ID', 'Tema', 'Projekt', 'År', 'Beskrivelse', 'Forbrug (kr.)', 'Version'];

async function xlsx(rows: unknown[][], header = HEADER): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Forbrug 2026');
  sheet.addRow(header);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer());
}

type Report = { imported: number; updated: number; errors: { line: number; column: string | null; message: string }[] };

async function upload(file: Buffer, cookie?: string, name = 'Forbrug%202026.xlsx') {
  const res = await fetch(`${server.url}/api/budget/actuals.xlsx`, {
    method: 'POST',
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'x-file-name': name,
      ...(cookie ? { cookie } : {}),
    },
    body: new Uint8Array(file),
  });
  return { status: res.status, report: (await res.json()) as Report };
}

/** Two seeded theme lines: one found by its ID, one by theme code, year and description. */
async function lines() {
  const all = await server.db.budgetLine.findMany({
    where: { themeId: { not: null } },
    include: { theme: true },
    orderBy: [{ year: 'asc' }, { description: 'asc' }],
  });
  const unique = all.filter(
    (l) =>
      all.filter((o) => o.themeId === l.themeId && o.year === l.year && o.description === l.description).length === 1,
  );
  return [unique[0]!, unique[1]!] as const;
}

test('a good file updates every line with the figure, a source naming the file, and history', async () => {
  const [a, b] = await lines();
  const { status, report } = await upload(
    await xlsx([
      [a.id, null, null, a.year, a.description, 1_234_567, a.version],
      [null, b.theme!.code, null, b.year, b.description, '2.500.000 kr.', null],
    ]),
    staff,
  );
  expect(report).toEqual({ imported: 2, created: 0, updated: 2, errors: [] });
  expect(status).toBe(200);
  const read = await server.gql<{
    themes: {
      budgetLines: {
        id: string;
        actualKr: number | null;
        version: number;
        actualSource: { title: string; date: string; section: string } | null;
        changes: { label: string; newValue: string | null; userName: string | null }[];
      }[];
    }[];
  }>(
    '{ themes { budgetLines { id actualKr version actualSource { title date section } changes { label newValue userName } } } }',
    undefined,
    director,
  );
  const byId = new Map(read.data!.themes.flatMap((t) => t.budgetLines).map((l) => [l.id, l]));
  expect(byId.get(a.id)).toMatchObject({
    actualKr: 1_234_567,
    version: a.version + 1,
    actualSource: { title: 'Faktisk forbrug fra Forbrug 2026.xlsx', date: '2026-12-04', section: 'Forbrug 2026' },
  });
  expect(byId.get(b.id)).toMatchObject({ actualKr: 2_500_000, version: b.version + 1 });
  const history = byId.get(a.id)!.changes;
  expect(history.some((c) => c.newValue === '1.234.567 kr.' && c.userName)).toBe(true);
});

test('one bad row, an unknown line or a missing column: nothing is saved, and the report says why per row', async () => {
  const [a, b] = await lines();
  const before = await server.db.budgetLine.findMany({ where: { id: { in: [a.id, b.id] } } });
  const { status, report } = await upload(
    await xlsx([
      [a.id, null, null, a.year, a.description, 99, null],
      [null, b.theme!.code, null, b.year, b.description, 'mange', null],
      [null, 'Ø', null, 2026, 'Noget', 5, null],
    ]),
    staff,
  );
  expect(status).toBe(422);
  expect(report.imported).toBe(0);
  expect(report.errors).toEqual([
    {
      line: 3,
      column: 'Forbrug (kr.)',
      message: 'Forbrug skal være et helt antal kroner, 0 eller derover (fx 1.234.567).',
    },
    { line: 4, column: 'Tema', message: 'Der er intet tema med koden "Ø".' },
  ]);
  const after = await server.db.budgetLine.findMany({ where: { id: { in: [a.id, b.id] } } });
  expect(after).toEqual(before);

  const noColumn = await upload(await xlsx([[a.id, 5]], ['ID', 'Beløb']), staff);
  expect(noColumn.status).toBe(422);
  expect(noColumn.report.errors.map((e) => e.message)).toContain(
    'Kolonnen "Forbrug (kr.)" mangler i overskriftslinjen.',
  );
  const notExcel = await upload(Buffer.from('ID;Forbrug\n1;2'), staff);
  expect(notExcel.report.errors).toEqual([
    { line: 0, column: null, message: 'Filen kan ikke læses som et Excel-regneark (.xlsx).' },
  ]);
});

test('a stale version refuses the whole file', async () => {
  const [a, b] = await lines();
  const current = await server.db.budgetLine.findUniqueOrThrow({ where: { id: a.id } });
  const { status, report } = await upload(
    await xlsx([
      [b.id, null, null, b.year, b.description, 7, null],
      [a.id, null, null, a.year, a.description, 8, current.version - 1],
    ]),
    staff,
  );
  expect(status).toBe(422);
  expect(report.errors).toEqual([
    {
      line: 3,
      column: 'Version',
      message: `Budgetlinjen er ændret siden filen blev lavet (filens version ${current.version - 1}, nu version ${current.version}). Hent tallene igen, og ret i en ny fil.`,
    },
  ]);
  expect((await server.db.budgetLine.findUniqueOrThrow({ where: { id: b.id } })).actualKr).not.toBe(7);
});

test('only the staff unit may import', async () => {
  const file = await xlsx([]);
  expect((await upload(file)).status).toBe(401);
  expect((await upload(file, director)).status).toBe(403);
});
