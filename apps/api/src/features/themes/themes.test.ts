import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let themeC: { id: string };
beforeAll(async () => {
  server = await startTestServer();
  staff = await server.signIn(demoEmail('sundhedsstab'));
  const res = await server.gql<{ themes: { id: string; code: string }[] }>('{ themes { id code } }', undefined, staff);
  themeC = res.data!.themes.find((t) => t.code === 'C')!;
});
afterAll(() => server.close());

const createBudget = `mutation($t: ID!, $i: BudgetLineInput!) { createBudgetLine(themeId: $t, input: $i) { id year amountKr staffHours hoursUnit } }`;
const createMilestone = `mutation($t: ID!, $i: MilestoneInput!) { createMilestone(themeId: $t, input: $i) { id year quarter text status } }`;

test('theme C costs 200.000 kr. a year, with its source', async () => {
  const res = await server.gql<{
    theme: { budgetLines: { year: number; amountKr: number | null; source: { title: string } | null }[] };
  }>(
    'query($id: ID!) { theme(id: $id) { budgetLines { year amountKr source { title section } } } }',
    { id: themeC.id },
    staff,
  );
  const lines = res.data!.theme.budgetLines;
  const byYear = new Map<number, number>();
  for (const l of lines) byYear.set(l.year, (byYear.get(l.year) ?? 0) + (l.amountKr ?? 0));
  expect([...byYear.values()]).toContain(200_000);
  expect(lines.every((l) => l.source?.title)).toBe(true);
});

test('the staff unit adds, changes and deletes a milestone', async () => {
  const created = await server.gql<{ createMilestone: { id: string; quarter: number; status: string } }>(
    createMilestone,
    { t: themeC.id, i: { year: 2027, quarter: 2, text: 'Evaluering af sundhedskoordinator', status: 'PLANNED' } },
    staff,
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.createMilestone.id;
  const updated = await server.gql<{ updateMilestone: { status: string; quarter: number } }>(
    'mutation($id: ID!, $i: MilestoneInput!) { updateMilestone(id: $id, version: 1, input: $i) { status quarter } }',
    { id, i: { year: 2027, quarter: 3, text: 'Evaluering af sundhedskoordinator', status: 'DONE' } },
    staff,
  );
  expect(updated.data?.updateMilestone).toEqual({ status: 'DONE', quarter: 3 });
  const deleted = await server.gql<{ deleteMilestone: boolean }>(
    'mutation($id: ID!) { deleteMilestone(id: $id) }',
    { id },
    staff,
  );
  expect(deleted.data?.deleteMilestone).toBe(true);
  expect(await server.db.milestone.count({ where: { id } })).toBe(0);
});

test('invalid input is refused field by field in Danish, and nothing is written', async () => {
  const before = await server.db.budgetLine.count();
  const res = await server.gql(
    createBudget,
    { t: themeC.id, i: { year: 1890, description: ' ', amountKr: -5 } },
    staff,
  );
  const error = res.errors?.[0];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error?.extensions?.fields).toEqual(
    expect.arrayContaining([
      { path: 'input.year', message: 'Årstal skal være et årstal mellem 2000 og 2100' },
      { path: 'input.description', message: 'Beskrivelse skal udfyldes' },
      { path: 'input.amountKr', message: 'Beløb skal være et helt antal kroner, 0 eller mere' },
    ]),
  );
  expect(error?.message).toMatch(/^Oplysningerne er ikke gyldige\./);
  expect(await server.db.budgetLine.count()).toBe(before);
});

test('a wrongly typed value is refused with a message naming the field', async () => {
  const res = await server.gql(
    createBudget,
    { t: themeC.id, i: { year: 'næste år', description: 'x', amountKr: 1 } },
    staff,
  );
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toMatch(
    /^Variablen "\$i" har en ugyldig værdi ved "i\.year": skal være et helt tal/,
  );
});

test('staff hours need a unit; a valid line is saved', async () => {
  const bad = await server.gql(
    createBudget,
    { t: themeC.id, i: { year: 2027, description: 'Koordinator', staffHours: 15 } },
    staff,
  );
  expect(bad.errors?.[0]?.extensions?.fields).toEqual([
    { path: 'input.hoursUnit', message: 'Timeenhed skal angives, når der er personaletimer' },
  ]);
  const good = await server.gql<{ createBudgetLine: { staffHours: number; hoursUnit: string } }>(
    createBudget,
    { t: themeC.id, i: { year: 2027, description: 'Koordinator', staffHours: 15, hoursUnit: 'PER_WEEK' } },
    staff,
  );
  expect(good.data?.createBudgetLine).toMatchObject({ staffHours: 15, hoursUnit: 'PER_WEEK' });
});

test('an unknown or foreign id gives NOT_FOUND', async () => {
  const res = await server.gql(
    'mutation { updateTheme(id: "findes-ikke", version: 1, input: { title: "X" }) { id } }',
    undefined,
    staff,
  );
  expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(res.errors?.[0]?.message).toBe('Det findes ikke (længere).');
});

test('a theme update changes only the given fields', async () => {
  const res = await server.gql<{ updateTheme: { status: string; title: string } }>(
    'mutation($id: ID!, $v: Int!) { updateTheme(id: $id, version: $v, input: { status: IN_PROGRESS }) { status title } }',
    { id: themeC.id, v: (await server.db.theme.findUniqueOrThrow({ where: { id: themeC.id } })).version },
    staff,
  );
  expect(res.data?.updateTheme.status).toBe('IN_PROGRESS');
  expect(res.data?.updateTheme.title).toMatch(/hjemløse/i);
});
