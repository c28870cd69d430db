// Per-request DataLoaders of projects and their follow-up (issue 9): one SQL statement per list and
// nesting level, whatever the number of projects on the page (test: portfolio statement bound).
import DataLoader from 'dataloader';
import type { Milestone } from '../../__generated__/prisma/client';
import type { Db } from '../../db/prisma';
import { byId, groupedBy } from '../../graphql/loaders';

/** At most this many history rows per record or parent are listed (newest first). */
export const MAX_CHANGES = 200;

const options = { batchScheduleFn: (run: () => void) => setImmediate(run) };

export function createProjectLoaders(db: Db) {
  return {
    project: byId((ids) => db.project.findMany({ where: { id: { in: ids } } })),
    projectMilestones: groupedBy('projectId', (keys) =>
      db.milestone.findMany({
        where: { projectId: { in: keys } },
        orderBy: [{ year: 'asc' }, { quarter: 'asc' }, { date: 'asc' }],
      }),
    ),
    projectBudgetLines: groupedBy('projectId', (keys) =>
      db.budgetLine.findMany({
        where: { projectId: { in: keys } },
        orderBy: [{ year: 'asc' }, { description: 'asc' }],
      }),
    ),
    projectStatusReports: groupedBy('projectId', (keys) =>
      db.statusReport.findMany({
        where: { projectId: { in: keys } },
        orderBy: [{ year: 'desc' }, { quarter: 'desc' }],
      }),
    ),
    projectIndicators: groupedBy('projectId', (keys) =>
      db.indicator.findMany({ where: { projectId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    indicatorValues: groupedBy('indicatorId', (keys) =>
      db.indicatorValue.findMany({
        where: { indicatorId: { in: keys } },
        orderBy: [{ year: 'asc' }, { quarter: { sort: 'asc', nulls: 'first' } }],
      }),
    ),
    projectOffers: groupedBy('projectId', (keys) =>
      db.offerProject.findMany({
        where: { projectId: { in: keys } },
        include: { offer: true },
        orderBy: { offer: { name: 'asc' } },
      }),
    ),
    /** Milestones of the projects under each theme (a theme's late roll-up counts them). */
    themeProjectMilestones: new DataLoader<string, Milestone[]>(async (themeIds) => {
      const rows = await db.milestone.findMany({
        where: { project: { themeId: { in: [...themeIds] } } },
        include: { project: { select: { themeId: true } } },
      });
      const groups = new Map<string, Milestone[]>();
      for (const { project, ...m } of rows) {
        const key = project?.themeId;
        if (!key) continue;
        groups.set(key, [...(groups.get(key) ?? []), m]);
      }
      return themeIds.map((k) => groups.get(k) ?? []);
    }, options),
    projectChanges: groupedBy(
      'projectId',
      (keys) =>
        db.changeLog.findMany({
          where: { projectId: { in: keys } },
          include: { user: { select: { name: true } } },
          orderBy: [{ changedAt: 'desc' }, { field: 'asc' }],
        }),
      MAX_CHANGES,
    ),
    themeChanges: groupedBy(
      'themeId',
      (keys) =>
        db.changeLog.findMany({
          where: { themeId: { in: keys } },
          include: { user: { select: { name: true } } },
          orderBy: [{ changedAt: 'desc' }, { field: 'asc' }],
        }),
      MAX_CHANGES,
    ),
    recordChanges: groupedBy(
      'recordId',
      (keys) =>
        db.changeLog.findMany({
          where: { recordId: { in: keys } },
          include: { user: { select: { name: true } } },
          orderBy: [{ changedAt: 'desc' }, { field: 'asc' }],
        }),
      MAX_CHANGES,
    ),
  };
}
