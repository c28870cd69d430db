// Demo and test data from the municipality's own documents (prisma/seed/), each fact with its source.
// One transaction, one INSERT per table with client-side ids: the embedded database has a single
// connection, so the number of round trips decides the cold-start time.
import type { Db } from '../db/prisma';
import { hashPassword } from '../auth/password';
import { homeMunicipality } from '../../../../prisma/seed';
import { buildDemoRows } from './buildDemoRows';
import { DEMO_PASSWORD, demoAccounts } from './demoUsers';
import { buildStaffUser } from './factories';

export interface SeedOptions {
  /** Create one staff account per role (demo mode and tests only). */
  demoUsers: boolean;
}

/** Serialises concurrent seeders (several API processes starting on one empty database). */
const SEED_LOCK_KEY = 0x5eed_0183;

export async function seedDemo(db: Db, options: SeedOptions): Promise<void> {
  // scrypt runs on libuv's thread pool: start it now so it overlaps the first round trips.
  const passwordHash = options.demoUsers ? hashPassword(DEMO_PASSWORD) : undefined;
  passwordHash?.catch(() => undefined); // awaited below; avoid an unhandled rejection if we return early

  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const seeded = await tx.municipality.findUnique({ where: { code: homeMunicipality.code }, select: { id: true } });
      if (seeded) return;

      const rows = buildDemoRows();
      await tx.source.createMany({ data: rows.sources });
      await tx.region.createMany({ data: rows.regions });
      await tx.municipality.createMany({ data: rows.municipalities });
      await tx.orgUnit.createMany({ data: rows.orgUnits });
      await tx.cluster.createMany({ data: rows.clusters });
      await tx.body.createMany({ data: rows.bodies });
      await tx.bodyMember.createMany({ data: rows.bodyMembers });
      await tx.theme.createMany({ data: rows.themes });
      await tx.themeResponsibleUnit.createMany({ data: rows.themeResponsibleUnits });
      await tx.milestone.createMany({ data: rows.milestones });
      await tx.budgetLine.createMany({ data: rows.budgetLines });
      await tx.project.createMany({ data: rows.projects });
      await tx.projectOwnership.createMany({ data: rows.projectOwnership });
      await tx.clusterMember.createMany({ data: rows.clusterMembers });
      await tx.clusterMeeting.createMany({ data: rows.clusterMeetings });
      await tx.agendaItem.createMany({ data: rows.agendaItems });
      await tx.grant.createMany({ data: rows.grants });
      await tx.grantAmountChange.createMany({ data: rows.grantChanges });

      if (passwordHash) {
        const hash = await passwordHash; // one hash for all four accounts: same password, saves ~3 scrypt runs
        await tx.staffUser.createMany({
          data: demoAccounts.map((a) =>
            buildStaffUser({
              email: a.email,
              name: a.name,
              role: a.role,
              passwordHash: hash,
              municipalityId: a.scope === 'municipality' ? rows.ids.homeMunicipalityId : null,
              clusterId: a.scope === 'cluster' ? rows.ids.clusterId : null,
            }),
          ),
        });
      }
    },
    { timeout: 60_000 },
  );
}
