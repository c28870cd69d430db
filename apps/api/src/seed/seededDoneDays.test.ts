// No seeded milestone is done after the day it was seeded (a done day after today is refused on save, so
// such a row could not be edited): the generated portfolio makes none, and the data migration
// 20261214100000_seeded_done_days_not_future corrects rows generated before, leaving what users wrote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { setClock } from '@sundhed/shared';
import { migrationsDir } from '../db/paths';
import { demoEmail, startTestServer, type TestServer } from '../../test/testServer';
import { generatePortfolio } from './generatePortfolio';

let server: TestServer;
let staff: string;
let municipalityId: string;

const TODAY = '2026-12-05';

beforeAll(async () => {
  server = await startTestServer();
  staff = await server.signIn(demoEmail('sundhedsstab'));
  municipalityId = (await server.db.staffUser.findFirstOrThrow({ where: { role: 'sundhedsstab' } })).municipalityId!;
  setClock(`${TODAY}T10:00:00+01:00`);
});
afterAll(async () => {
  setClock(null);
  await server.close();
});

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const UPDATE = `mutation($id: ID!, $v: Int!, $i: MilestoneInput!) { updateMilestone(id: $id, version: $v, input: $i) { id version } }`;

test('a generated portfolio has no milestone done after the day it is generated, and each one saves back as the form sends it', async () => {
  await generatePortfolio(server.db, municipalityId, { projects: 3, prefix: 'Genereret D', today: TODAY });
  const milestones = await server.db.milestone.findMany({
    where: { project: { name: { startsWith: 'Genereret D' } } },
    orderBy: [{ projectId: 'asc' }, { text: 'asc' }],
  });
  expect(milestones).toHaveLength(30);
  expect(milestones.filter((m) => m.completedOn && iso(m.completedOn)! > TODAY)).toEqual([]);
  // Done in the past: kept, also done late (10.4.2024 for 1st quarter 2024).
  expect(milestones.filter((m) => m.status === 'DONE').map((m) => iso(m.completedOn))).toContain('2024-04-10');
  // Planned for 4th quarter 2027 with the day 10.12.2027: open, and that day is its planned day.
  expect(milestones.find((m) => m.text === 'Milepæl 4')).toMatchObject({
    year: 2027,
    quarter: 4,
    status: 'IN_PROGRESS',
    completedOn: null,
    date: new Date('2027-12-10T00:00:00Z'),
  });
  // Dated by year with a planned day already (15.4.2028): the day stays, nothing is done.
  expect(milestones.find((m) => m.text === 'Milepæl 10')).toMatchObject({
    year: 2028,
    quarter: null,
    status: 'IN_PROGRESS',
    completedOn: null,
    date: new Date('2028-04-15T00:00:00Z'),
  });

  const first = milestones.filter((m) => m.projectId === milestones[0]!.projectId);
  for (const m of first) {
    const input = {
      year: m.year,
      quarter: m.quarter,
      date: iso(m.date),
      text: m.text,
      status: m.status,
      completedOn: iso(m.completedOn),
    };
    const res = await server.gql(UPDATE, { id: m.id, v: m.version, i: input }, staff);
    expect([m.text, res.errors?.[0]?.message]).toEqual([m.text, undefined]);
  }
});

test('the data migration opens seeded milestones done after their seeding day and moves the day to the planned day; what users wrote stays', async () => {
  const project = await server.db.project.create({
    data: { municipalityId, name: 'Genereret før rettelsen', status: 'IN_PROGRESS' },
  });
  const theme = await server.db.theme.findFirstOrThrow({ where: { municipalityId } });
  type Values = { year: number; quarter: number | null; date?: Date; completedOn: Date; version?: number };
  const row = (text: string, values: Values) =>
    server.db.milestone.create({
      data: { id: randomUUID(), projectId: project.id, text, status: 'DONE', ...values },
    });
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  const quarterDay = await row('Kvartal med dag i fremtiden', {
    year: 2031,
    quarter: 4,
    completedOn: day('2031-12-10'),
  });
  const yearWithDate = await row('År med planlagt dag', {
    year: 2032,
    quarter: null,
    date: day('2032-04-15'),
    completedOn: day('2032-06-10'),
  });
  const lateNextQuarter = await row('Dag efter kvartalet', { year: 2031, quarter: 4, completedOn: day('2032-01-10') });
  const themeRow = await server.db.milestone.create({
    data: {
      themeId: theme.id,
      text: 'Temaets milepæl',
      status: 'DONE',
      year: 2031,
      quarter: 2,
      completedOn: day('2031-06-10'),
    },
  });
  const past = await row('Færdig i fortiden', { year: 2025, quarter: 3, completedOn: day('2025-09-10') });
  const edited = await row('Rettet af en bruger', {
    year: 2031,
    quarter: 1,
    completedOn: day('2031-03-10'),
    version: 2,
  });
  const created = await row('Oprettet af en bruger', { year: 2031, quarter: 1, completedOn: day('2031-03-10') });
  await server.db.changeLog.create({
    data: {
      municipalityId,
      recordType: 'MILESTONE',
      recordId: created.id,
      projectId: project.id,
      action: 'CREATE',
      version: 1,
    },
  });

  const sql = readFileSync(join(migrationsDir, '20261214100000_seeded_done_days_not_future/migration.sql'), 'utf8');
  await server.db.$executeRawUnsafe(sql);
  const after = async (id: string) => {
    const m = await server.db.milestone.findUniqueOrThrow({ where: { id } });
    return { status: m.status, completedOn: iso(m.completedOn), date: iso(m.date), version: m.version };
  };

  expect(await after(quarterDay.id)).toEqual({
    status: 'IN_PROGRESS',
    completedOn: null,
    date: '2031-12-10',
    version: 2,
  });
  expect(await after(yearWithDate.id)).toEqual({
    status: 'IN_PROGRESS',
    completedOn: null,
    date: '2032-04-15',
    version: 2,
  });
  // A day outside the milestone's quarter is no planned day for it: only the done day goes.
  expect(await after(lateNextQuarter.id)).toEqual({ status: 'IN_PROGRESS', completedOn: null, date: null, version: 2 });
  expect(await after(themeRow.id)).toEqual({
    status: 'IN_PROGRESS',
    completedOn: null,
    date: '2031-06-10',
    version: 2,
  });
  expect(await after(past.id)).toEqual({ status: 'DONE', completedOn: '2025-09-10', date: null, version: 1 });
  expect(await after(edited.id)).toEqual({ status: 'DONE', completedOn: '2031-03-10', date: null, version: 2 });
  expect(await after(created.id)).toEqual({ status: 'DONE', completedOn: '2031-03-10', date: null, version: 1 });

  // The correction is in the history, without a user, with the version it produced.
  const history = await server.db.changeLog.findMany({
    where: { recordId: quarterDay.id },
    orderBy: { field: 'asc' },
    select: { action: true, field: true, oldValue: true, newValue: true, userId: true, version: true, projectId: true },
  });
  expect(history).toEqual([
    {
      action: 'UPDATE',
      field: 'completedOn',
      oldValue: '2031-12-10',
      newValue: null,
      userId: null,
      version: 2,
      projectId: project.id,
    },
    {
      action: 'UPDATE',
      field: 'date',
      oldValue: null,
      newValue: '2031-12-10',
      userId: null,
      version: 2,
      projectId: project.id,
    },
    {
      action: 'UPDATE',
      field: 'status',
      oldValue: 'DONE',
      newValue: 'IN_PROGRESS',
      userId: null,
      version: 2,
      projectId: project.id,
    },
  ]);
  expect(await server.db.changeLog.count({ where: { recordId: yearWithDate.id } })).toBe(2); // date unchanged

  // Run again: nothing more changes.
  await server.db.$executeRawUnsafe(sql);
  expect((await after(quarterDay.id)).version).toBe(2);
});
