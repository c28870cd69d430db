// Demo and test data from the municipality's own documents (prisma/seed/), each fact with its source.
// One transaction and, for all the data, one INSERT statement (bulkInsert.ts): the embedded database
// has a single connection and is slow per statement, and the seed is part of the cold start.
import type { Db } from '../db/prisma';
import { hashPassword } from '../auth/password';
import { comparisonSets, fundingFlows, homeMunicipality, sources } from '../../../../prisma/seed';
import { bulkInsert } from './bulkInsert';
import { buildDemoRows } from './buildDemoRows';
import { DEMO_PASSWORD, demoAccounts } from '../features/auth/demoAccounts';
import { buildStaffUser } from './factories';
import { seedProposals } from './seedProposals';

export interface SeedOptions {
  /** Create one staff account per role (demo mode and tests only). */
  demoUsers: boolean;
}

/** Serialises concurrent seeders (several API processes starting on one empty database). */
const SEED_LOCK_KEY = 0x5eed_0183;

/** 'seeded': the demo data went in; 'present': it was there already; 'other-data': the database holds
 * data that is not the demo's, which the seed never touches. */
export type SeedResult = 'seeded' | 'present' | 'other-data';

export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedResult> {
  // scrypt runs on libuv's thread pool: start it now so it overlaps the first round trips. One hash
  // serves all four accounts (same password), saving three scrypt runs.
  const passwordHash = options.demoUsers ? hashPassword(DEMO_PASSWORD) : undefined;
  passwordHash?.catch(() => undefined); // awaited below; no unhandled rejection if we return early

  return db.$transaction(
    async (tx): Promise<SeedResult> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const seeded = await tx.municipality.findUnique({ where: { code: homeMunicipality.code }, select: { id: true } });
      if (seeded) return 'present';
      // Never write over someone's data: only a database without any of these rows gets the seed.
      const counts = [
        await tx.municipality.count(),
        await tx.staffUser.count(),
        await tx.offer.count(),
        await tx.source.count(),
      ];
      if (counts.some((n) => n > 0)) return 'other-data';

      const rows = buildDemoRows();
      const hash = passwordHash ? await passwordHash : undefined;
      const users = hash
        ? demoAccounts.map((a) =>
            buildStaffUser({
              email: a.email,
              name: a.name,
              role: a.role,
              passwordHash: hash,
              municipalityId: a.scope === 'municipality' ? rows.ids.homeMunicipalityId : null,
              clusterId: a.scope === 'cluster' ? rows.ids.clusterId : null,
              orgUnitId: a.orgUnit ? rows.ids.orgUnitId(a.orgUnit) : null,
            }),
          )
        : [];

      // Parents before children.
      await bulkInsert(tx, [
        { table: 'Source', rows: rows.sources },
        { table: 'Region', rows: rows.regions },
        { table: 'Municipality', rows: rows.municipalities },
        { table: 'OrgUnit', rows: rows.orgUnits },
        { table: 'Cluster', rows: rows.clusters },
        { table: 'Body', rows: rows.bodies },
        { table: 'BodyMember', rows: rows.bodyMembers },
        { table: 'Theme', rows: rows.themes },
        { table: 'ThemeResponsibleUnit', rows: rows.themeResponsibleUnits },
        { table: 'Milestone', rows: rows.milestones },
        { table: 'BudgetLine', rows: rows.budgetLines },
        { table: 'Project', rows: rows.projects },
        { table: 'ProjectOwnership', rows: rows.projectOwnership },
        { table: 'ClusterMember', rows: rows.clusterMembers },
        { table: 'ClusterMeeting', rows: rows.clusterMeetings },
        { table: 'AgendaItem', rows: rows.agendaItems },
        { table: 'Grant', rows: rows.grants },
        { table: 'GrantAmountChange', rows: rows.grantChanges },
        { table: 'MeetingParticipant', rows: rows.meetingParticipants },
        { table: 'FollowUp', rows: rows.followUps },
        { table: 'StaffUser', rows: users },
        { table: 'Offer', rows: rows.offers },
        { table: 'OfferLocation', rows: rows.offerLocations },
        { table: 'OfferSchedule', rows: rows.offerSchedules },
        { table: 'OfferTheme', rows: rows.offerThemes },
        { table: 'OfferProject', rows: rows.offerProjects },
        { table: 'SearchSynonym', rows: rows.searchSynonyms },
      ]);
      // Co-financing comparison sets of the home municipality (issue 13).
      const named = await tx.municipality.findMany({
        where: { kind: 'MUNICIPALITY' },
        select: { id: true, name: true },
      });
      await tx.cofinancingComparisonSet.createMany({
        data: comparisonSets.map((set) => ({
          municipalityId: rows.ids.homeMunicipalityId,
          name: set.name,
          note: set.note,
          memberIds: set.members.flatMap((key) => named.filter((n) => n.name === `${key} Kommune`).map((n) => n.id)),
        })),
      });
      // The money flows after co-financing, each with the source that names it (issue 13 item 5, ADR 069).
      const sourceIdOf = (key: keyof typeof sources) =>
        rows.sources.find((r) => r.documentKey === sources[key].documentKey && r.section === sources[key].section)?.id;
      await tx.fundingFlow.createMany({
        data: fundingFlows.map(({ source, validFrom, validTo, ...flow }) => ({
          ...flow,
          validFrom: validFrom ? new Date(`${validFrom}T00:00:00Z`) : null,
          validTo: validTo ? new Date(`${validTo}T00:00:00Z`) : null,
          municipalityId: rows.ids.homeMunicipalityId,
          sourceId: sourceIdOf(source) ?? null,
        })),
      });
      await seedProposals(tx, rows.ids.homeMunicipalityId);
      return 'seeded';
    },
    { timeout: 60_000 },
  );
}
