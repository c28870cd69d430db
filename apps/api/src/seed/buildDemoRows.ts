// Turns the pure seed data (prisma/seed/) into createMany rows with client-side ids, resolving every
// natural key (names, codes, local keys) and failing loudly on one that does not exist.
import { randomUUID } from 'node:crypto';
import { at } from '@sundhed/shared/at';
import { now as clockNow } from '@sundhed/shared/clock';
import type { Prisma } from '../__generated__/prisma/client';
import {
  clusters as clusterSeeds,
  clusterBodies,
  homeMunicipality,
  municipalBodies,
  municipalities,
  orgUnits,
  projects,
  regionalBodies,
  regions,
  sources,
  themes,
  type BodySeed,
  type IsoDate,
  type SourceKey,
} from '../../../../prisma/seed';
import { offers } from '../../../../prisma/seed/offers';
import { defaultSynonymGroups } from '../features/search/defaultSynonyms';
import { findNeedCategory } from '@sundhed/shared';
import {
  buildAgendaItem,
  buildBody,
  buildBodyMember,
  buildBudgetLine,
  buildCluster,
  buildClusterMeeting,
  buildClusterMember,
  buildGrant,
  buildGrantAmountChange,
  buildMilestone,
  buildMunicipality,
  buildOffer,
  buildOfferLocation,
  buildOfferSchedule,
  buildSearchSynonym,
  buildOrgUnit,
  buildProject,
  buildProjectOwnership,
  buildRegion,
  buildSource,
  buildTheme,
  buildThemeResponsibleUnit,
} from './factories';

/** Every table's rows, in insertion order (parents before children). */
export interface DemoRows {
  sources: Prisma.SourceCreateManyInput[];
  regions: Prisma.RegionCreateManyInput[];
  municipalities: Prisma.MunicipalityCreateManyInput[];
  orgUnits: Prisma.OrgUnitCreateManyInput[];
  clusters: Prisma.ClusterCreateManyInput[];
  bodies: Prisma.BodyCreateManyInput[];
  bodyMembers: Prisma.BodyMemberCreateManyInput[];
  themes: Prisma.ThemeCreateManyInput[];
  themeResponsibleUnits: Prisma.ThemeResponsibleUnitCreateManyInput[];
  milestones: Prisma.MilestoneCreateManyInput[];
  budgetLines: Prisma.BudgetLineCreateManyInput[];
  projects: Prisma.ProjectCreateManyInput[];
  projectOwnership: Prisma.ProjectOwnershipCreateManyInput[];
  clusterMembers: Prisma.ClusterMemberCreateManyInput[];
  clusterMeetings: Prisma.ClusterMeetingCreateManyInput[];
  agendaItems: Prisma.AgendaItemCreateManyInput[];
  grants: Prisma.GrantCreateManyInput[];
  grantChanges: Prisma.GrantAmountChangeCreateManyInput[];
  meetingParticipants: Prisma.MeetingParticipantCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
  offers: Prisma.OfferCreateManyInput[];
  offerLocations: Prisma.OfferLocationCreateManyInput[];
  offerSchedules: Prisma.OfferScheduleCreateManyInput[];
  offerThemes: Prisma.OfferThemeCreateManyInput[];
  offerProjects: Prisma.OfferProjectCreateManyInput[];
  searchSynonyms: Prisma.SearchSynonymCreateManyInput[];
  /** Ids the caller needs to attach demo users. */
  ids: { homeMunicipalityId: string; clusterId: string; orgUnitId: (name: string) => string };
}

const day = (iso: IsoDate): Date => new Date(`${iso}T00:00:00Z`);
const dayOrNull = (iso: IsoDate | null | undefined): Date | null => (iso ? day(iso) : null);

/** A name → id map that throws on a name it does not know (a typo in the seed data). */
function idMap(what: string) {
  const map = new Map<string, string>();
  return {
    set(key: string, id: string) {
      if (map.has(key)) throw new Error(`Seed data: duplicate ${what} "${key}"`);
      map.set(key, id);
    },
    get(key: string): string {
      const id = map.get(key);
      if (!id) throw new Error(`Seed data: unknown ${what} "${key}"`);
      return id;
    },
    opt(key: string | null | undefined): string | null {
      return key == null ? null : this.get(key);
    },
  };
}

/** The demo rows; dates such as "assured 14 months ago" count back from the shared clock. */
export function buildDemoRows(now = clockNow()): DemoRows {
  const sourceIds = idMap('source');
  const sourceRows = Object.entries(sources).map(([key, s]) => {
    const row = buildSource({
      documentKey: s.documentKey,
      title: s.title,
      section: s.section,
      date: dayOrNull(s.date),
      note: s.note,
      url: 'url' in s ? s.url : null,
    });
    sourceIds.set(key, row.id);
    return row;
  });
  const src = (key: SourceKey) => sourceIds.get(key);

  const regionIds = idMap('region');
  const regionRows = regions.map((r) => {
    const row = buildRegion({
      code: r.code,
      name: r.name,
      sourceId: src(r.source),
      validFrom: dayOrNull(r.validFrom),
      validTo: dayOrNull(r.validTo),
    });
    regionIds.set(r.key, row.id);
    return row;
  });
  // Successors in the same statement: foreign keys are checked at its end.
  regionRows.forEach((row, i) => (row.successorId = regionIds.opt(at(regions, i).successor)));

  const municipalityIds = idMap('municipality');
  const municipalityRows = municipalities.map((m) => {
    const row = buildMunicipality({
      regionId: regionIds.get(m.region),
      name: m.name,
      code: m.code,
      kind: m.kind,
      socialGroup: m.socialGroup,
      sourceId: src(m.source),
    });
    municipalityIds.set(m.key, row.id);
    return row;
  });
  // Parents in the same statement: PostgreSQL checks foreign keys at the end of the INSERT.
  municipalityRows.forEach((row, i) => (row.parentId = municipalityIds.opt(at(municipalities, i).parent)));
  const homeId = municipalityIds.get(homeMunicipality.key);

  const unitIds = idMap('org unit');
  const unitRows = orgUnits.map((u) => {
    const row = buildOrgUnit({
      municipalityId: homeId,
      name: u.name,
      kind: u.kind,
      description: u.description,
      sourceId: src(u.source),
    });
    unitIds.set(u.name, row.id);
    return row;
  });
  unitRows.forEach((row, i) => (row.parentId = unitIds.opt(at(orgUnits, i).parent)));

  const clusterIds = idMap('cluster');
  const clusterRows = clusterSeeds.map((c) => {
    const row = buildCluster({
      name: c.name,
      kind: c.kind,
      regionId: regionIds.get(c.region),
      sourceId: src(c.source),
      validFrom: dayOrNull(c.validFrom),
      validTo: dayOrNull(c.validTo),
    });
    clusterIds.set(c.name, row.id);
    return row;
  });
  clusterRows.forEach((row, i) => (row.successorId = clusterIds.opt(at(clusterSeeds, i).successor)));
  const clusterRow = at(clusterRows, 0);

  const bodyRows: Prisma.BodyCreateManyInput[] = [];
  const bodyMemberRows: Prisma.BodyMemberCreateManyInput[] = [];
  const bodyKeys = idMap('body');
  for (const b of [...municipalBodies, ...regionalBodies, ...clusterBodies] satisfies BodySeed[]) {
    const owner = b.owner;
    const row = buildBody({
      name: b.name,
      kind: b.kind,
      municipalityId: 'municipality' in owner ? municipalityIds.get(owner.municipality) : null,
      regionId: 'region' in owner ? regionIds.get(owner.region) : null,
      clusterId: 'cluster' in owner ? clusterIds.get(owner.cluster) : null,
      mandate: b.mandate,
      tasks: b.tasks,
      meetingCadence: b.meetingCadence,
      timeCost: b.timeCost,
      sourceId: src(b.source),
    });
    bodyKeys.set(b.key, row.id);
    bodyRows.push(row);
    for (const m of b.members) {
      bodyMemberRows.push(
        buildBodyMember({
          bodyId: row.id,
          role: m.role,
          orgUnitId: unitIds.opt(m.orgUnit),
          municipalityId: municipalityIds.opt(m.municipality),
          regionId: regionIds.opt(m.region),
          organisationName: m.organisationName ?? null,
          function: m.function,
          sourceId: src(m.source ?? b.source),
        }),
      );
    }
  }

  const themeRows: Prisma.ThemeCreateManyInput[] = [];
  const responsibleRows: Prisma.ThemeResponsibleUnitCreateManyInput[] = [];
  const milestoneRows: Prisma.MilestoneCreateManyInput[] = [];
  const budgetRows: Prisma.BudgetLineCreateManyInput[] = [];
  const themeIds = idMap('theme');
  for (const t of themes) {
    const row = buildTheme({
      municipalityId: homeId,
      code: t.code,
      title: t.title,
      kind: t.kind,
      description: t.description,
      status: t.status,
      timeFrame: t.timeFrame,
      sourceId: src(t.source),
    });
    themeIds.set(t.code, row.id);
    themeRows.push(row);
    for (const u of t.responsibleUnits) {
      responsibleRows.push(
        buildThemeResponsibleUnit({ themeId: row.id, orgUnitId: unitIds.get(u.unit), lead: u.lead }),
      );
    }
    for (const m of t.milestones) {
      milestoneRows.push(
        buildMilestone({
          themeId: row.id,
          year: m.year,
          quarter: m.quarter,
          date: dayOrNull(m.date),
          text: m.text,
          status: m.status,
          sourceId: src(m.source),
        }),
      );
    }
    for (const l of t.budgetLines) {
      budgetRows.push(
        buildBudgetLine({
          municipalityId: homeId,
          themeId: row.id,
          year: l.year,
          description: l.description,
          amountKr: l.amountKr,
          staffHours: l.staffHours,
          hoursUnit: l.hoursUnit,
          fundingSource: l.fundingSource,
          sourceId: src(l.source),
        }),
      );
    }
  }

  const projectIds = idMap('project');
  const projectRows: Prisma.ProjectCreateManyInput[] = [];
  const ownershipRows: Prisma.ProjectOwnershipCreateManyInput[] = [];
  for (const p of projects) {
    const row = buildProject({
      municipalityId: homeId,
      name: p.name,
      description: p.description,
      status: p.status,
      themeId: themeIds.opt(p.theme),
      ownerUnitId: unitIds.opt(p.ownerUnit),
      sourceId: src(p.source),
      purpose: p.purpose?.text ?? null,
      purposeSourceId: p.purpose ? src(p.purpose.source) : null,
      targetGroup: p.targetGroup?.text ?? null,
      targetGroupSourceId: p.targetGroup ? src(p.targetGroup.source) : null,
      evaluationResult: p.evaluation?.result ?? null,
      evaluationSourceId: p.evaluation ? src(p.evaluation.source) : null,
    });
    projectRows.push(row);
    projectIds.set(p.name, row.id);
    for (const o of p.ownership) {
      ownershipRows.push(
        buildProjectOwnership({
          projectId: row.id,
          orgUnitId: unitIds.get(o.unit),
          fromDate: dayOrNull(o.fromDate),
          toDate: dayOrNull(o.toDate),
          note: o.note,
          sourceId: src(o.source),
        }),
      );
    }
  }

  const clusterMemberRows = clusterSeeds.flatMap((c) =>
    c.members.map((m) =>
      buildClusterMember({
        clusterId: clusterIds.get(c.name),
        kind: m.kind,
        name: m.name,
        municipalityId: municipalityIds.opt(m.municipality),
        regionId: regionIds.opt(m.region),
        role: m.role,
        representedBy: m.representedBy,
        sourceId: src(m.source),
      }),
    ),
  );

  const meetingRows: Prisma.ClusterMeetingCreateManyInput[] = [];
  const agendaRows: Prisma.AgendaItemCreateManyInput[] = [];
  const agendaIds = idMap('agenda item');
  const participantRows: Prisma.MeetingParticipantCreateManyInput[] = [];
  for (const c of clusterSeeds)
    for (const meeting of c.meetings) {
      const row = buildClusterMeeting({
        clusterId: clusterIds.get(c.name),
        date: day(meeting.date),
        title: meeting.title,
        place: meeting.place,
        kind: meeting.kind ?? 'ORDINARY',
        // The documents' meetings are history: the agenda was out on the day; minutes where a source has them.
        agendaPublishedAt: day(meeting.date),
        minutesPublishedAt: meeting.minutesPublished === false ? null : day(meeting.date),
        sourceId: src(meeting.source),
      });
      meetingRows.push(row);
      for (const p of meeting.participants ?? []) participantRows.push({ meetingId: row.id, ...p });
      for (const a of meeting.agendaItems) {
        const item = buildAgendaItem({
          meetingId: row.id,
          number: a.number,
          title: a.title,
          recommendation: a.recommendation,
          decision: a.decision,
          outcome: a.outcome ?? null,
          decidedOn: a.outcome ? day(meeting.date) : null,
          sourceId: src(a.source),
        });
        agendaIds.set(`${meeting.key}#${a.number}`, item.id);
        agendaRows.push(item);
      }
    }

  const grantRows: Prisma.GrantCreateManyInput[] = [];
  const changeRows: Prisma.GrantAmountChangeCreateManyInput[] = [];
  const grantIds = idMap('grant');
  for (const c of clusterSeeds)
    for (const g of c.grants) {
      const latest = g.changes.at(-1);
      const row = buildGrant({
        clusterId: clusterIds.get(c.name),
        advancedFromYear: g.advancedFromYear ?? null,
        area: g.area,
        title: g.title,
        purpose: g.purpose,
        targetGroup: g.targetGroup,
        year: g.year,
        amountKr: latest?.newAmountKr ?? null,
        hostMunicipalityId: municipalityIds.opt(g.hostMunicipality),
        posts: g.posts,
        sourceId: src(g.source),
      });
      grantRows.push(row);
      grantIds.set(g.title, row.id);
      for (const ch of g.changes) {
        changeRows.push(
          buildGrantAmountChange({
            grantId: row.id,
            agendaItemId: agendaIds.opt(ch.agendaItem),
            previousAmountKr: ch.previousAmountKr,
            newAmountKr: ch.newAmountKr,
            effectiveDate: day(ch.effectiveDate),
            note: ch.note,
            sourceId: src(ch.source),
          }),
        );
      }
    }
  const followUpRows: Prisma.FollowUpCreateManyInput[] = clusterSeeds.flatMap((c) =>
    (c.followUps ?? []).map((f) => ({
      id: randomUUID(),
      clusterId: clusterIds.get(c.name),
      grantId: grantIds.opt(f.grant),
      agendaItemId: agendaIds.opt(f.agendaItem),
      text: f.text,
      responsible: f.responsible,
      dueDate: day(f.dueDate),
      status: f.status,
      note: f.note,
      sourceId: src(f.source),
    })),
  );

  const offerRows: Prisma.OfferCreateManyInput[] = [];
  const offerLocationRows: Prisma.OfferLocationCreateManyInput[] = [];
  const offerScheduleRows: Prisma.OfferScheduleCreateManyInput[] = [];
  const offerThemeRows: Prisma.OfferThemeCreateManyInput[] = [];
  const offerProjectRows: Prisma.OfferProjectCreateManyInput[] = [];
  const offerNames = idMap('offer');
  for (const o of offers) {
    const { ownerUnit, locations, schedules, project, theme, source, assuredMonthsAgo, needCategories, ...fields } = o;
    const assuredAt = assuredMonthsAgo == null ? null : new Date(now);
    assuredAt?.setUTCMonth(assuredAt.getUTCMonth() - assuredMonthsAgo!);
    const row = buildOffer({
      ...fields,
      municipalityId: homeId,
      ownerUnitId: unitIds.get(ownerUnit),
      needCategories: needCategories.map((c) => {
        const category = findNeedCategory(c);
        if (!category) throw new Error(`Seed data: unknown need category "${c}"`);
        return category.code;
      }),
      assuredAt,
      sourceId: src(source),
    });
    offerNames.set(o.name, row.id);
    offerRows.push(row);
    const locationIds = idMap(`location of ${o.name}`);
    for (const l of locations) {
      const loc = buildOfferLocation({
        offerId: row.id,
        name: l.name,
        address: l.address,
        postalCode: l.postalCode,
        city: l.city,
        accessibility: l.accessibility ?? null,
      });
      locationIds.set(l.name, loc.id);
      offerLocationRows.push(loc);
    }
    for (const s of schedules) {
      offerScheduleRows.push(
        buildOfferSchedule({
          offerId: row.id,
          kind: s.kind,
          weekday: s.weekday ?? null,
          opensAt: s.opensAt ?? null,
          closesAt: s.closesAt ?? null,
          validFrom: dayOrNull(s.validFrom),
          validTo: dayOrNull(s.validTo),
          description: s.description ?? null,
          locationId: locationIds.opt(s.location),
        }),
      );
    }
    if (theme) offerThemeRows.push({ offerId: row.id, themeId: themeIds.get(theme) });
    if (project) offerProjectRows.push({ offerId: row.id, projectId: projectIds.get(project) });
  }
  const synonymRows = defaultSynonymGroups.map((terms) =>
    buildSearchSynonym({ municipalityId: homeId, terms: [...terms] }),
  );

  return {
    sources: sourceRows,
    regions: regionRows,
    municipalities: municipalityRows,
    orgUnits: unitRows,
    clusters: clusterRows,
    bodies: bodyRows,
    bodyMembers: bodyMemberRows,
    themes: themeRows,
    themeResponsibleUnits: responsibleRows,
    milestones: milestoneRows,
    budgetLines: budgetRows,
    projects: projectRows,
    projectOwnership: ownershipRows,
    clusterMembers: clusterMemberRows,
    clusterMeetings: meetingRows,
    agendaItems: agendaRows,
    grants: grantRows,
    grantChanges: changeRows,
    meetingParticipants: participantRows,
    followUps: followUpRows,
    offers: offerRows,
    offerLocations: offerLocationRows,
    offerSchedules: offerScheduleRows,
    offerThemes: offerThemeRows,
    offerProjects: offerProjectRows,
    searchSynonyms: synonymRows,
    ids: { homeMunicipalityId: homeId, clusterId: clusterRow.id, orgUnitId: (name: string) => unitIds.get(name) },
  };
}
