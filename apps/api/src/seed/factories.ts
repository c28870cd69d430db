// One set of factories for the demo seed and the tests: each returns a createMany input row with a
// client-side id, so callers can link rows before inserting and insert a whole table in one statement.
// Defaults are neutral test values; the seed always overrides them with document data.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../__generated__/prisma/client';

type WithId<T> = T & { id: string };
/** The fields a row cannot do without (its parents), plus any overrides. */
type Build<T, Required extends keyof T> = Pick<T, Required> & Partial<T>;

const shortId = () => randomUUID().slice(0, 8);

export function buildSource(o: Partial<Prisma.SourceCreateManyInput> = {}): WithId<Prisma.SourceCreateManyInput> {
  return { id: randomUUID(), documentKey: `test_${shortId()}`, title: 'Testdokument', section: null, date: null, ...o };
}

export function buildRegion(o: Partial<Prisma.RegionCreateManyInput> = {}): WithId<Prisma.RegionCreateManyInput> {
  return { id: randomUUID(), code: `T${shortId()}`, name: `Testregion ${shortId()}`, ...o };
}

export function buildMunicipality(
  o: Build<Prisma.MunicipalityCreateManyInput, 'regionId'>,
): WithId<Prisma.MunicipalityCreateManyInput> {
  return {
    id: randomUUID(),
    name: `Testkommune ${shortId()}`,
    code: null,
    kind: 'MUNICIPALITY',
    socialGroup: null,
    ...o,
  };
}

export function buildOrgUnit(
  o: Build<Prisma.OrgUnitCreateManyInput, 'municipalityId'>,
): WithId<Prisma.OrgUnitCreateManyInput> {
  return { id: randomUUID(), name: `Testcenter ${shortId()}`, kind: 'CENTRE', parentId: null, description: null, ...o };
}

/** A body; give exactly one owner (municipalityId, regionId or clusterId). */
export function buildBody(o: Partial<Prisma.BodyCreateManyInput> = {}): WithId<Prisma.BodyCreateManyInput> {
  return { id: randomUUID(), name: `Testforum ${shortId()}`, kind: 'OTHER', mandate: null, tasks: [], ...o };
}

export function buildBodyMember(
  o: Build<Prisma.BodyMemberCreateManyInput, 'bodyId'>,
): WithId<Prisma.BodyMemberCreateManyInput> {
  return { id: randomUUID(), role: 'MEMBER', function: null, ...o };
}

export function buildTheme(
  o: Build<Prisma.ThemeCreateManyInput, 'municipalityId'>,
): WithId<Prisma.ThemeCreateManyInput> {
  return {
    id: randomUUID(),
    code: 'A',
    title: 'Testtema',
    kind: 'INTERNAL',
    description: 'Beskrivelse af testtemaet.',
    status: 'PLANNED',
    timeFrame: null,
    // @updatedAt has no database default; Prisma fills it, a bulk insert must too.
    updatedAt: new Date(),
    ...o,
  };
}

export function buildThemeResponsibleUnit(
  o: Build<Prisma.ThemeResponsibleUnitCreateManyInput, 'themeId' | 'orgUnitId'>,
): Prisma.ThemeResponsibleUnitCreateManyInput {
  return { lead: false, ...o };
}

export function buildMilestone(
  o: Build<Prisma.MilestoneCreateManyInput, 'themeId'>,
): WithId<Prisma.MilestoneCreateManyInput> {
  return { id: randomUUID(), year: 2017, quarter: 1, date: null, text: 'Testmilepæl', status: 'PLANNED', ...o };
}

export function buildBudgetLine(
  o: Build<Prisma.BudgetLineCreateManyInput, 'municipalityId'>,
): WithId<Prisma.BudgetLineCreateManyInput> {
  return {
    id: randomUUID(),
    year: 2017,
    description: 'Testbudgetlinje',
    amountKr: null,
    staffHours: null,
    hoursUnit: null,
    fundingSource: null,
    ...o,
  };
}

export function buildProject(
  o: Build<Prisma.ProjectCreateManyInput, 'municipalityId'>,
): WithId<Prisma.ProjectCreateManyInput> {
  return {
    id: randomUUID(),
    name: `Testprojekt ${shortId()}`,
    description: null,
    status: 'IN_PROGRESS',
    // @updatedAt has no database default; Prisma fills it, a bulk insert must too.
    updatedAt: new Date(),
    ...o,
  };
}

export function buildProjectOwnership(
  o: Build<Prisma.ProjectOwnershipCreateManyInput, 'projectId' | 'orgUnitId'>,
): WithId<Prisma.ProjectOwnershipCreateManyInput> {
  return { id: randomUUID(), fromDate: null, toDate: null, note: null, ...o };
}

export function buildCluster(
  o: Build<Prisma.ClusterCreateManyInput, 'regionId'>,
): WithId<Prisma.ClusterCreateManyInput> {
  return { id: randomUUID(), name: `Testklynge ${shortId()}`, kind: 'POLITICAL', ...o };
}

export function buildClusterMember(
  o: Build<Prisma.ClusterMemberCreateManyInput, 'clusterId'>,
): WithId<Prisma.ClusterMemberCreateManyInput> {
  return {
    id: randomUUID(),
    kind: 'OTHER',
    name: `Testorganisation ${shortId()}`,
    role: 'MEMBER',
    representedBy: null,
    ...o,
  };
}

export function buildClusterMeeting(
  o: Build<Prisma.ClusterMeetingCreateManyInput, 'clusterId'>,
): WithId<Prisma.ClusterMeetingCreateManyInput> {
  return { id: randomUUID(), date: new Date('2023-01-01'), title: 'Testmøde', place: null, ...o };
}

export function buildAgendaItem(
  o: Build<Prisma.AgendaItemCreateManyInput, 'meetingId'>,
): WithId<Prisma.AgendaItemCreateManyInput> {
  return {
    id: randomUUID(),
    number: 1,
    title: 'Testpunkt',
    recommendation: null,
    decision: null,
    attachments: [],
    ...o,
  };
}

export function buildGrant(o: Build<Prisma.GrantCreateManyInput, 'clusterId'>): WithId<Prisma.GrantCreateManyInput> {
  return {
    id: randomUUID(),
    area: 'OTHER',
    title: `Testindsats ${shortId()}`,
    purpose: null,
    targetGroup: null,
    year: 2023,
    amountKr: null,
    posts: null,
    ...o,
  };
}

export function buildGrantAmountChange(
  o: Build<Prisma.GrantAmountChangeCreateManyInput, 'grantId'>,
): WithId<Prisma.GrantAmountChangeCreateManyInput> {
  return {
    id: randomUUID(),
    agendaItemId: null,
    previousAmountKr: null,
    newAmountKr: null,
    effectiveDate: new Date('2023-01-01'),
    note: null,
    ...o,
  };
}

export function buildStaffUser(
  o: Build<Prisma.StaffUserCreateManyInput, 'passwordHash'>,
): WithId<Prisma.StaffUserCreateManyInput> {
  const id = randomUUID();
  return { id, email: `test-${id.slice(0, 8)}@test.invalid`, name: 'Testbruger', role: 'frontmedarbejder', ...o };
}

export function buildOffer(
  o: Build<Prisma.OfferCreateManyInput, 'municipalityId' | 'ownerUnitId'>,
): WithId<Prisma.OfferCreateManyInput> {
  return {
    id: randomUUID(),
    name: `Testtilbud ${shortId()}`,
    shortDescription: 'Kort beskrivelse af testtilbuddet.',
    description: 'Beskrivelse af testtilbuddet.',
    status: 'ACTIVE',
    contactName: 'Kontaktperson',
    contactPhone: '43 57 75 75',
    accessRoutes: ['SELF_REFERRAL'],
    targetGroups: ['voksne'],
    needCategories: ['motion'],
    languages: ['da'],
    formats: ['hold'],
    interpreter: false,
    isDemoData: true,
    sendCount: 0,
    // @updatedAt has no database default; Prisma fills it, a bulk insert must too.
    updatedAt: new Date(),
    ...o,
  };
}

export function buildOfferLocation(
  o: Build<Prisma.OfferLocationCreateManyInput, 'offerId'>,
): WithId<Prisma.OfferLocationCreateManyInput> {
  return { id: randomUUID(), name: `Teststed ${shortId()}`, address: null, postalCode: null, city: null, ...o };
}

export function buildOfferSchedule(
  o: Build<Prisma.OfferScheduleCreateManyInput, 'offerId'>,
): WithId<Prisma.OfferScheduleCreateManyInput> {
  return { id: randomUUID(), kind: 'RECURRING', weekday: 1, opensAt: null, closesAt: null, ...o };
}

export function buildSearchSynonym(
  o: Build<Prisma.SearchSynonymCreateManyInput, 'municipalityId' | 'terms'>,
): WithId<Prisma.SearchSynonymCreateManyInput> {
  return { id: randomUUID(), updatedAt: new Date(), ...o };
}
