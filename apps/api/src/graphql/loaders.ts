// Per-request DataLoaders: every relation field of the schema resolves through one of these, so a
// nested list query costs one SQL statement per level, not one per row (test/overview-queries.test.ts).
// Each loader names the kinds of data its rows come from (ADR 019); when the request read the versions
// of those kinds before executing, rows already fetched at the same versions by an earlier request are
// taken from the shared rows (sharedRows.ts, ADR 020) and only the rest is fetched.
import { at } from '@sundhed/shared/at';
import DataLoader from 'dataloader';
import type { Db } from '../db/prisma';
import type { DataKind } from '../db/scopeVersion';
import type { Milestone } from '../__generated__/prisma/client';
import { MAX_CHANGES, MAX_OFFER_CHANGES } from './listBounds';
import { sharedRows, stampOf, type RequestVersions, type SharedRows } from './sharedRows';

type Row = { id: string };

// Collect loads until the I/O phase (setImmediate) rather than the next microtask: resolvers of
// several nesting levels then share one batch, which roughly halves the statements of a deep query.
const options = { batchScheduleFn: (run: () => void) => setImmediate(run) };

/** History rows with the name of who made the change, newest first. */
const changeInclude = { user: { select: { name: true } } } as const;
const changeOrder = [{ changedAt: 'desc' as const }, { field: 'asc' as const }];

/** What a loader needs to share its rows across requests: the shared store and the request's versions. */
interface Sharing {
  rows: SharedRows;
  versions: () => RequestVersions | undefined;
}

/**
 * A batch function that answers from the shared rows what it can (same versions of `kinds`) and calls
 * `load` for the rest, keeping what it loaded for later requests.
 */
function shared<V>(
  sharing: Sharing,
  name: string,
  kinds: readonly DataKind[],
  load: (keys: readonly string[]) => Promise<V[]>,
): (keys: readonly string[]) => Promise<V[]> {
  return async (keys) => {
    const stamp = stampOf(sharing.versions(), kinds);
    if (!stamp) return load(keys);
    const values = new Array<V>(keys.length);
    const missing: number[] = [];
    keys.forEach((key, i) => {
      const hit = sharing.rows.get(name, key, stamp);
      if (hit) values[i] = hit.value as V;
      else missing.push(i);
    });
    if (missing.length) {
      const loaded = await load(missing.map((i) => at(keys, i)));
      missing.forEach((i, n) => {
        const value = at(loaded, n);
        values[i] = value;
        sharing.rows.set(name, at(keys, i), stamp, value);
      });
    }
    return values;
  };
}

/**
 * The row a required foreign key points to, for a non-null field: the constraint keeps it present, so a
 * miss means an inconsistent database and fails the field (as a null for a non-null field would).
 */
export async function referenced<T>(row: Promise<T | null>): Promise<T> {
  const found = await row;
  if (found === null) throw new Error('A row that a foreign key points to is missing');
  return found;
}

export function createLoaders(db: Db, versions: () => RequestVersions | undefined = () => undefined) {
  const sharing: Sharing = { rows: sharedRows(db), versions };

  function byId<T extends Row>(
    name: string,
    kinds: readonly DataKind[],
    fetch: (ids: string[]) => Promise<T[]>,
  ): DataLoader<string, T | null> {
    return new DataLoader(
      shared(sharing, name, kinds, async (ids) => {
        const rows = await fetch([...ids]);
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
      options,
    );
  }

  /** Rows grouped by `key`, at most `max` per group (the first ones in the fetched order). */
  function groupedBy<T extends object>(
    name: string,
    kinds: readonly DataKind[],
    key: string,
    fetch: (keys: string[]) => Promise<T[]>,
    max = Infinity,
  ): DataLoader<string, T[]> {
    return new DataLoader(
      shared(sharing, name, kinds, async (keys) => {
        const rows = await fetch([...keys]);
        const groups = new Map<string, T[]>();
        for (const row of rows) {
          const k = (row as Record<string, unknown>)[key] as string;
          const list = groups.get(k);
          if (!list) groups.set(k, [row]);
          else if (list.length < max) list.push(row);
        }
        return keys.map((k) => groups.get(k) ?? []);
      }),
      options,
    );
  }

  /** A loader of one value per key from a batch function, shared like the others' rows. */
  function batch<V>(
    name: string,
    kinds: readonly DataKind[],
    load: (keys: readonly string[]) => Promise<V[]>,
  ): DataLoader<string, V> {
    return new DataLoader(shared(sharing, name, kinds, load), options);
  }

  /**
   * One value per request key, shared like the loaders' rows: the lists the root fields read (a
   * municipality's themes, the bodies and clusters an account sees). `key` must name everything the
   * value depends on besides the data of `kinds`.
   */
  function memo<T>(name: string, kinds: readonly DataKind[], key: string, fetch: () => Promise<T>): Promise<T> {
    return shared(sharing, name, kinds, async () => [await fetch()])([key]).then((values) => at(values, 0));
  }

  const featureLoaders = new Map<string, DataLoader<string, unknown>>();
  /**
   * A feature's own batched loader (a statement the feature writes itself), created once per request
   * under `name` and sharing its values across requests like the loaders below. `kinds` must name every
   * kind of data the statement reads.
   */
  function feature<V>(
    name: string,
    kinds: readonly DataKind[],
    load: (keys: readonly string[]) => Promise<V[]>,
  ): DataLoader<string, V> {
    let loader = featureLoaders.get(name);
    if (!loader) {
      loader = batch(name, kinds, load);
      featureLoaders.set(name, loader);
    }
    return loader as DataLoader<string, V>;
  }

  return {
    memo,
    feature,
    source: byId('source', ['sources'], (ids) => db.source.findMany({ where: { id: { in: ids } } })),
    region: byId('region', ['geography'], (ids) => db.region.findMany({ where: { id: { in: ids } } })),
    municipality: byId('municipality', ['geography'], (ids) =>
      db.municipality.findMany({ where: { id: { in: ids } } }),
    ),
    orgUnit: byId('orgUnit', ['organisation'], (ids) => db.orgUnit.findMany({ where: { id: { in: ids } } })),
    cluster: byId('cluster', ['cluster'], (ids) => db.cluster.findMany({ where: { id: { in: ids } } })),
    meeting: byId('meeting', ['cluster'], (ids) => db.clusterMeeting.findMany({ where: { id: { in: ids } } })),
    body: byId('body', ['organisation'], (ids) => db.body.findMany({ where: { id: { in: ids } } })),
    bodyMeetings: groupedBy('bodyMeetings', ['cluster'], 'bodyId', (keys) =>
      db.clusterMeeting.findMany({ where: { bodyId: { in: keys } }, orderBy: { date: 'desc' } }),
    ),
    agendaItem: byId('agendaItem', ['cluster'], (ids) => db.agendaItem.findMany({ where: { id: { in: ids } } })),
    theme: byId('theme', ['themes'], (ids) => db.theme.findMany({ where: { id: { in: ids } } })),

    orgUnitChildren: groupedBy('orgUnitChildren', ['organisation'], 'parentId', (keys) =>
      db.orgUnit.findMany({ where: { parentId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    regionMunicipalities: groupedBy('regionMunicipalities', ['geography'], 'regionId', (keys) =>
      db.municipality.findMany({ where: { regionId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    regionBodies: groupedBy('regionBodies', ['organisation'], 'regionId', (keys) =>
      db.body.findMany({ where: { regionId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    populations: groupedBy('populations', ['geography'], 'municipalityId', (keys) =>
      db.populationFigure.findMany({ where: { municipalityId: { in: keys } }, orderBy: { year: 'asc' } }),
    ),
    bodyMembers: groupedBy('bodyMembers', ['organisation'], 'bodyId', (keys) =>
      db.bodyMember.findMany({ where: { bodyId: { in: keys } }, orderBy: [{ role: 'asc' }, { id: 'asc' }] }),
    ),
    // The links only: their units come from `orgUnit`, kept under 'organisation', so a write to a theme,
    // milestone or budget line does not read the units again.
    themeUnits: groupedBy('themeUnits', ['themes'], 'themeId', (keys) =>
      db.themeResponsibleUnit.findMany({ where: { themeId: { in: keys } }, orderBy: { lead: 'desc' } }),
    ),
    milestones: groupedBy('milestones', ['themes'], 'themeId', (keys) =>
      db.milestone.findMany({
        where: { themeId: { in: keys } },
        orderBy: [{ year: 'asc' }, { quarter: 'asc' }, { date: 'asc' }],
      }),
    ),
    themeBudgetLines: groupedBy('themeBudgetLines', ['themes'], 'themeId', (keys) =>
      db.budgetLine.findMany({ where: { themeId: { in: keys } }, orderBy: [{ year: 'asc' }, { description: 'asc' }] }),
    ),
    themeProjects: groupedBy('themeProjects', ['projects'], 'themeId', (keys) =>
      db.project.findMany({ where: { themeId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    projectOwnership: groupedBy('projectOwnership', ['projects'], 'projectId', (keys) =>
      db.projectOwnership.findMany({ where: { projectId: { in: keys } }, orderBy: { fromDate: 'asc' } }),
    ),
    clusterMembers: groupedBy('clusterMembers', ['cluster'], 'clusterId', (keys) =>
      db.clusterMember.findMany({ where: { clusterId: { in: keys } }, orderBy: [{ role: 'asc' }, { name: 'asc' }] }),
    ),
    clusterMeetings: groupedBy('clusterMeetings', ['cluster'], 'clusterId', (keys) =>
      db.clusterMeeting.findMany({ where: { clusterId: { in: keys } }, orderBy: { date: 'desc' } }),
    ),
    clusterGrants: groupedBy('clusterGrants', ['cluster'], 'clusterId', (keys) =>
      db.grant.findMany({
        where: { clusterId: { in: keys } },
        orderBy: [{ year: 'asc' }, { area: 'asc' }, { title: 'asc' }, { id: 'asc' }],
      }),
    ),
    agendaItems: groupedBy('agendaItems', ['cluster'], 'meetingId', (keys) =>
      db.agendaItem.findMany({ where: { meetingId: { in: keys } }, orderBy: { number: 'asc' } }),
    ),
    grantChanges: groupedBy('grantChanges', ['cluster'], 'grantId', (keys) =>
      db.grantAmountChange.findMany({
        where: { grantId: { in: keys } },
        orderBy: [{ effectiveDate: 'asc' }, { id: 'asc' }],
      }),
    ),
    grant: byId('grant', ['cluster'], (ids) => db.grant.findMany({ where: { id: { in: ids } } })),
    meetingParticipants: groupedBy('meetingParticipants', ['cluster'], 'meetingId', (keys) =>
      db.meetingParticipant.findMany({ where: { meetingId: { in: keys } }, orderBy: { organisation: 'asc' } }),
    ),
    grantFollowUps: groupedBy('grantFollowUps', ['cluster'], 'grantId', (keys) =>
      db.followUp.findMany({ where: { grantId: { in: keys } }, orderBy: [{ dueDate: 'asc' }, { text: 'asc' }] }),
    ),
    itemFollowUps: groupedBy('itemFollowUps', ['cluster'], 'agendaItemId', (keys) =>
      db.followUp.findMany({ where: { agendaItemId: { in: keys } }, orderBy: [{ dueDate: 'asc' }, { text: 'asc' }] }),
    ),
    clusterFollowUps: groupedBy('clusterFollowUps', ['cluster'], 'clusterId', (keys) =>
      db.followUp.findMany({ where: { clusterId: { in: keys } }, orderBy: [{ dueDate: 'asc' }, { text: 'asc' }] }),
    ),

    // Offer catalogue
    offer: byId('offer', ['offers'], (ids) => db.offer.findMany({ where: { id: { in: ids } } })),
    staffName: byId('staffName', ['staff'], (ids) =>
      db.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    ),
    offerLocations: groupedBy('offerLocations', ['offers'], 'offerId', (keys) =>
      db.offerLocation.findMany({ where: { offerId: { in: keys } }, orderBy: { name: 'asc' } }),
    ),
    offerSchedules: groupedBy('offerSchedules', ['offerDetails', 'offers'], 'offerId', (keys) =>
      db.offerSchedule.findMany({
        where: { offerId: { in: keys } },
        include: { location: { select: { name: true } } },
        orderBy: [{ validFrom: 'asc' }, { weekday: 'asc' }, { opensAt: 'asc' }],
      }),
    ),
    offerThemes: groupedBy('offerThemes', ['offerDetails', 'themes'], 'offerId', (keys) =>
      db.offerTheme.findMany({ where: { offerId: { in: keys } }, include: { theme: true } }),
    ),
    offerProjects: groupedBy('offerProjects', ['offerDetails', 'projects'], 'offerId', (keys) =>
      db.offerProject.findMany({ where: { offerId: { in: keys } }, include: { project: true } }),
    ),
    offerChanges: groupedBy(
      'offerChanges',
      ['offerDetails', 'staff'],
      'offerId',
      (keys) =>
        db.offerChange.findMany({
          where: { offerId: { in: keys } },
          include: { user: { select: { name: true } } },
          orderBy: [{ changedAt: 'desc' }, { field: 'asc' }],
        }),
      MAX_OFFER_CHANGES,
    ),

    // Projects and follow-up (issue 9). Milestones and budget lines count as "themes" whichever parent
    // they have; status reports, indicators, their values and the change log count as "projects".
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
      ['history', 'staff'],
      'projectId',
      (keys) =>
        db.changeLog.findMany({ where: { projectId: { in: keys } }, include: changeInclude, orderBy: changeOrder }),
      MAX_CHANGES,
    ),
    themeChanges: groupedBy(
      'themeChanges',
      ['history', 'staff'],
      'themeId',
      (keys) =>
        db.changeLog.findMany({ where: { themeId: { in: keys } }, include: changeInclude, orderBy: changeOrder }),
      MAX_CHANGES,
    ),
    recordChanges: groupedBy(
      'recordChanges',
      ['history', 'staff'],
      'recordId',
      (keys) =>
        db.changeLog.findMany({ where: { recordId: { in: keys } }, include: changeInclude, orderBy: changeOrder }),
      MAX_CHANGES,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The loader factories a feature's loaders are built with (each names its loader and its data kinds). */
