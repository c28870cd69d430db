// Per-request DataLoaders of projects and their follow-up (issue 9): one SQL statement per list and
// nesting level, whatever the number of projects on the page (test: portfolio statement bound). Like the
// other loaders they name the kinds of data their rows come from (ADR 019), so rows fetched at the same
// versions are shared across requests (ADR 020). Milestones and budget lines count as "themes" whichever
// parent they have; status reports, indicators, their values and the change log count as "projects".
import type { Milestone } from '../../__generated__/prisma/client';
import type { Db } from '../../db/prisma';
import type { LoaderFactories } from '../../graphql/loaders';

/** At most this many history rows per record or parent are listed (newest first). */
export const MAX_CHANGES = 200;

const changeInclude = { user: { select: { name: true } } } as const;
const changeOrder = [{ changedAt: 'desc' as const }, { field: 'asc' as const }];

export function createProjectLoaders(db: Db, { byId, groupedBy, batch }: LoaderFactories) {
  return {
    project: byId('project', ['projects'], (ids) => db.project.findMany({ where: { id: { in: ids } } })),
    projectMilestones: groupedBy('projectMilestones', ['themes'], 'projectId', (keys) =>
      db.milestone.findMany({
        where: { projectId: { in: keys } },
        orderBy: [{ year: 'asc' }, { quarter: 'asc' }, { date: 'asc' }],
      }),
    ),
    projectBudgetLines: groupedBy('projectBudgetLines', ['themes'], 'projectId', (keys) =>
      db.budgetLine.findMany({
        where: { projectId: { in: keys } },
        orderBy: [{ year: 'asc' }, { description: 'asc' }],
      }),
    ),
    projectStatusReports: groupedBy('projectStatusReports', ['projects'], 'projectId', (keys) =>
      db.statusReport.findMany({
        where: { projectId: { in: keys } },
        orderBy: [{ year: 'desc' }, { quarter: 'desc' }],
      }),
    ),
    projectIndicators: groupedBy('projectIndicators', ['projects'], 'projectId', (keys) =>
      db.indicator.findMany({ where: { projectId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    indicatorValues: groupedBy('indicatorValues', ['projects'], 'indicatorId', (keys) =>
      db.indicatorValue.findMany({
        where: { indicatorId: { in: keys } },
        orderBy: [{ year: 'asc' }, { quarter: { sort: 'asc', nulls: 'first' } }],
      }),
    ),
    projectOffers: groupedBy('projectOffers', ['offerDetails', 'offers'], 'projectId', (keys) =>
      db.offerProject.findMany({
        where: { projectId: { in: keys } },
        include: { offer: true },
        orderBy: { offer: { name: 'asc' } },
      }),
    ),
    /** Milestones of the projects under each theme (a theme's late roll-up counts them). */
    themeProjectMilestones: batch<Milestone[]>('themeProjectMilestones', ['themes', 'projects'], async (themeIds) => {
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
    }),
    projectChanges: groupedBy(
      'projectChanges',
      ['projects', 'staff'],
      'projectId',
      (keys) =>
        db.changeLog.findMany({ where: { projectId: { in: keys } }, include: changeInclude, orderBy: changeOrder }),
      MAX_CHANGES,
    ),
    themeChanges: groupedBy(
      'themeChanges',
      ['projects', 'staff'],
      'themeId',
      (keys) =>
        db.changeLog.findMany({ where: { themeId: { in: keys } }, include: changeInclude, orderBy: changeOrder }),
      MAX_CHANGES,
    ),
    recordChanges: groupedBy(
      'recordChanges',
      ['projects', 'staff'],
      'recordId',
      (keys) =>
        db.changeLog.findMany({ where: { recordId: { in: keys } }, include: changeInclude, orderBy: changeOrder }),
      MAX_CHANGES,
    ),
  };
}
