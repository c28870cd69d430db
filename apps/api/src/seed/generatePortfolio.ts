// Generated portfolio for benchmarks and the statement-bound test (issue 9 figures): N projects owned by
// the municipality's units, each with milestones across 2024–2028 (some late, some done, some done late),
// budget lines with actual spend, and status reports for recent quarters. Deterministic (no randomness)
// for a given day, clearly named as generated ("Genereret projekt 0042"), never part of the demo seed.
// A milestone's "done on" day is made from its planned quarter; where that day is after the day the
// portfolio is generated it is still a plan, not a completion (a done day after today is refused when
// the row is saved, so such a row could not be edited): the milestone is open and the day, where it lies
// in the milestone's quarter and no planned day is set, is its planned day (migration
// 20261214100000_seeded_done_days_not_future corrects databases generated before).
import { at } from '@sundhed/shared/at';
import { today as clockToday } from '@sundhed/shared/clock';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/prisma';
import { bulkInsert } from './bulkInsert';

export interface GeneratedPortfolio {
  projects: number;
  milestones: number;
  budgetLines: number;
  statusReports: number;
}

/** Whether a day lies in the year and, when one is given, the quarter (a planned day must). */
function inPeriod(day: Date, year: number, quarter: number | null): boolean {
  return day.getUTCFullYear() === year && (quarter === null || Math.floor(day.getUTCMonth() / 3) + 1 === quarter);
}

export async function generatePortfolio(
  db: Db,
  municipalityId: string,
  {
    projects = 500,
    milestonesPerProject = 10,
    prefix = 'Genereret projekt',
    /** The day of generation ("yyyy-mm-dd"): nothing is done after it. */
    today = clockToday(),
  } = {},
): Promise<GeneratedPortfolio> {
  const [units, themes] = await Promise.all([
    db.orgUnit.findMany({ where: { municipalityId, kind: 'CENTRE' }, select: { id: true }, orderBy: { name: 'asc' } }),
    db.theme.findMany({ where: { municipalityId }, select: { id: true }, orderBy: { code: 'asc' } }),
  ]);
  const statuses = ['IN_PROGRESS', 'IN_PROGRESS', 'AWAITING', 'PLANNED', 'DONE'] as const;
  const colours = ['GREEN', 'GREEN', 'YELLOW', 'RED'] as const;
  const projectRows: object[] = [];
  const milestoneRows: object[] = [];
  const budgetRows: object[] = [];
  const reportRows: object[] = [];
  const ownershipRows: object[] = [];
  for (let i = 0; i < projects; i++) {
    const id = randomUUID();
    const owner = at(units, i % units.length).id;
    projectRows.push({
      id,
      municipalityId,
      name: `${prefix} ${String(i).padStart(4, '0')}`,
      description: 'Genererede testdata til måling (issue 9).',
      status: at(statuses, i % statuses.length),
      themeId: themes[i % themes.length]?.id ?? null,
      ownerUnitId: owner,
      startDate: new Date(Date.UTC(2024, i % 12, 1)),
      updatedAt: new Date(),
    });
    ownershipRows.push({
      id: randomUUID(),
      projectId: id,
      orgUnitId: owner,
      fromDate: new Date(Date.UTC(2024, i % 12, 1)),
    });
    for (let k = 0; k < milestonesPerProject; k++) {
      const year = 2024 + (k % 5);
      const quarter = (k % 4) + 1;
      const plannedQuarter = k % 5 === 4 ? null : quarter;
      let date = k % 5 === 4 ? new Date(Date.UTC(year, (k * 7) % 12, 15)) : null;
      // The last month of the quarter, or (done late) the month after it.
      let completedOn = k % 3 === 0 ? new Date(Date.UTC(year, quarter * 3 - (k % 2), 10)) : null;
      if (completedOn && completedOn.toISOString().slice(0, 10) > today) {
        if (!date && inPeriod(completedOn, year, plannedQuarter)) date = completedOn;
        completedOn = null;
      }
      milestoneRows.push({
        id: randomUUID(),
        projectId: id,
        year,
        quarter: plannedQuarter,
        date,
        text: `Milepæl ${k + 1}`,
        status: completedOn ? ('DONE' as const) : ('IN_PROGRESS' as const),
        completedOn,
      });
    }
    for (const year of [2025, 2026]) {
      const amountKr = 100_000 + (i % 7) * 25_000;
      budgetRows.push({
        id: randomUUID(),
        municipalityId,
        projectId: id,
        year,
        description: `Drift ${year}`,
        amountKr,
        actualKr: year === 2025 ? amountKr + ((i % 5) - 2) * 10_000 : null,
        staffHours: 10 + (i % 4),
        hoursUnit: 'PER_WEEK' as const,
      });
    }
    for (const [year, quarter] of [
      [2026, 1],
      [2026, 2],
      [2026, 3],
    ] as const) {
      if ((i + quarter) % 6 === 0) continue; // some reports are missing
      reportRows.push({
        id: randomUUID(),
        projectId: id,
        year,
        quarter,
        colour: at(colours, (i + quarter) % colours.length),
        text: `Status for ${quarter}. kvartal`,
      });
    }
  }
  // One statement for all tables (the demo seed's bulk insert): thousands of rows in well under a second.
  await db.$transaction(
    (tx) =>
      bulkInsert(tx, [
        { table: 'Project', rows: projectRows },
        { table: 'ProjectOwnership', rows: ownershipRows },
        { table: 'Milestone', rows: milestoneRows },
        { table: 'BudgetLine', rows: budgetRows },
        { table: 'StatusReport', rows: reportRows },
      ]),
    { timeout: 60_000 },
  );
  return {
    projects: projectRows.length,
    milestones: milestoneRows.length,
    budgetLines: budgetRows.length,
    statusReports: reportRows.length,
  };
}
