// Per-request DataLoaders: every relation field of the schema resolves through one of these, so a
// nested list query costs one SQL statement per level, not one per row (test/overview-queries.test.ts).
import DataLoader from 'dataloader';
import type { Db } from '../db/prisma';
import { createProjectLoaders } from '../features/projects/projectLoaders';
import { MAX_OFFER_CHANGES } from './listBounds';

type Row = { id: string };

// Collect loads until the I/O phase (setImmediate) rather than the next microtask: resolvers of
// several nesting levels then share one batch, which roughly halves the statements of a deep query.
const options = { batchScheduleFn: (run: () => void) => setImmediate(run) };

export function byId<T extends Row>(fetch: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await fetch([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }, options);
}

/** Rows grouped by `key`, at most `max` per group (the first ones in the fetched order). */
export function groupedBy<T extends object>(
  key: string,
  fetch: (keys: string[]) => Promise<T[]>,
  max = Infinity,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await fetch([...keys]);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const k = (row as Record<string, unknown>)[key] as string;
      const list = groups.get(k);
      if (!list) groups.set(k, [row]);
      else if (list.length < max) list.push(row);
    }
    return keys.map((k) => groups.get(k) ?? []);
  }, options);
}

export function createLoaders(db: Db) {
  return {
    source: byId((ids) => db.source.findMany({ where: { id: { in: ids } } })),
    region: byId((ids) => db.region.findMany({ where: { id: { in: ids } } })),
    municipality: byId((ids) => db.municipality.findMany({ where: { id: { in: ids } } })),
    orgUnit: byId((ids) => db.orgUnit.findMany({ where: { id: { in: ids } } })),
    cluster: byId((ids) => db.cluster.findMany({ where: { id: { in: ids } } })),
    meeting: byId((ids) => db.clusterMeeting.findMany({ where: { id: { in: ids } } })),
    agendaItem: byId((ids) => db.agendaItem.findMany({ where: { id: { in: ids } } })),
    theme: byId((ids) => db.theme.findMany({ where: { id: { in: ids } } })),

    orgUnitChildren: groupedBy('parentId', (keys) =>
      db.orgUnit.findMany({ where: { parentId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    regionMunicipalities: groupedBy('regionId', (keys) =>
      db.municipality.findMany({ where: { regionId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    regionBodies: groupedBy('regionId', (keys) =>
      db.body.findMany({ where: { regionId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    populations: groupedBy('municipalityId', (keys) =>
      db.populationFigure.findMany({ where: { municipalityId: { in: keys } }, orderBy: { year: 'asc' } }),
    ),
    bodyMembers: groupedBy('bodyId', (keys) =>
      db.bodyMember.findMany({ where: { bodyId: { in: keys } }, orderBy: [{ role: 'asc' }, { id: 'asc' }] }),
    ),
    themeUnits: groupedBy('themeId', (keys) =>
      db.themeResponsibleUnit.findMany({
        where: { themeId: { in: keys } },
        include: { orgUnit: true },
        orderBy: { lead: 'desc' },
      }),
    ),
    milestones: groupedBy('themeId', (keys) =>
      db.milestone.findMany({
        where: { themeId: { in: keys } },
        orderBy: [{ year: 'asc' }, { quarter: 'asc' }, { date: 'asc' }],
      }),
    ),
    themeBudgetLines: groupedBy('themeId', (keys) =>
      db.budgetLine.findMany({ where: { themeId: { in: keys } }, orderBy: [{ year: 'asc' }, { description: 'asc' }] }),
    ),
    themeProjects: groupedBy('themeId', (keys) =>
      db.project.findMany({ where: { themeId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    projectOwnership: groupedBy('projectId', (keys) =>
      db.projectOwnership.findMany({ where: { projectId: { in: keys } }, orderBy: { fromDate: 'asc' } }),
    ),
    clusterMembers: groupedBy('clusterId', (keys) =>
      db.clusterMember.findMany({ where: { clusterId: { in: keys } }, orderBy: [{ role: 'asc' }, { name: 'asc' }] }),
    ),
    clusterMeetings: groupedBy('clusterId', (keys) =>
      db.clusterMeeting.findMany({ where: { clusterId: { in: keys } }, orderBy: { date: 'desc' } }),
    ),
    clusterGrants: groupedBy('clusterId', (keys) =>
      db.grant.findMany({
        where: { clusterId: { in: keys } },
        orderBy: [{ year: 'asc' }, { area: 'asc' }, { title: 'asc' }],
      }),
    ),
    agendaItems: groupedBy('meetingId', (keys) =>
      db.agendaItem.findMany({ where: { meetingId: { in: keys } }, orderBy: { number: 'asc' } }),
    ),
    grantChanges: groupedBy('grantId', (keys) =>
      db.grantAmountChange.findMany({ where: { grantId: { in: keys } }, orderBy: { effectiveDate: 'asc' } }),
    ),

    // Offer catalogue
    offer: byId((ids) => db.offer.findMany({ where: { id: { in: ids } } })),
    staffName: byId((ids) => db.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    offerLocations: groupedBy('offerId', (keys) =>
      db.offerLocation.findMany({ where: { offerId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    offerSchedules: groupedBy('offerId', (keys) =>
      db.offerSchedule.findMany({
        where: { offerId: { in: keys } },
        include: { location: { select: { name: true } } },
        orderBy: [{ validFrom: 'asc' }, { weekday: 'asc' }, { opensAt: 'asc' }],
      }),
    ),
    offerThemes: groupedBy('offerId', (keys) =>
      db.offerTheme.findMany({ where: { offerId: { in: keys } }, include: { theme: true } }),
    ),
    offerProjects: groupedBy('offerId', (keys) =>
      db.offerProject.findMany({ where: { offerId: { in: keys } }, include: { project: true } }),
    ),
    offerChanges: groupedBy(
      'offerId',
      (keys) =>
        db.offerChange.findMany({
          where: { offerId: { in: keys } },
          include: { user: { select: { name: true } } },
          orderBy: [{ changedAt: 'desc' }, { field: 'asc' }],
        }),
      MAX_OFFER_CHANGES,
    ),

    // Projects and follow-up (issue 9)
    ...createProjectLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
