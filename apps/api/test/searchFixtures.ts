// Puts the fixture offers into a test database when the seed has not written any offers (yet).
import type { Db } from '../src/db/prisma';
import { fixtureOffers } from './fixtures/searchFixtureOffers';
import { demoEmail } from './testServer';

export interface SearchCatalogue {
  municipalityId: string;
  /** True when the fixture offers were inserted, false when the seeded catalogue is used. */
  fixtures: boolean;
}

export async function ensureSearchCatalogue(db: Db): Promise<SearchCatalogue> {
  const staff = await db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('frontmedarbejder') } });
  const municipalityId = staff.municipalityId!;
  if ((await db.offer.count({ where: { municipalityId } })) > 0) return { municipalityId, fixtures: false };
  const unit = await db.orgUnit.findFirstOrThrow({ where: { municipalityId }, orderBy: { name: 'asc' } });
  for (const f of fixtureOffers) {
    await db.offer.create({
      data: {
        municipalityId,
        ownerUnitId: unit.id,
        name: f.name,
        shortDescription: f.shortDescription,
        description: f.description,
        status: f.status ?? 'ACTIVE',
        needCategories: f.needCategories,
        targetGroups: f.targetGroups,
        minAge: f.minAge ?? null,
        maxAge: f.maxAge ?? null,
        costKr: f.costKr ?? null,
        formats: f.formats,
        languages: f.languages ?? ['da'],
        accessRoutes: ['SELF_REFERRAL'],
        contactName: 'Sundhedshuset',
        contactEmail: 'sundhed@demo.ishoj.dk',
        contactPhone: '43 57 70 00',
        professionalPhone: f.professional ? '43 57 79 99' : null,
        intakeNotes: f.professional ? 'Intern note: ring før første mødegang' : null,
        tellCitizen: f.professional ? 'Sig til borgeren: tag en ven med' : null,
        isDemoData: true,
        locations: { create: [{ name: 'Sundhedshuset', address: 'Ishøj Store Torv 1', postalCode: f.postalCode ?? '2635', city: 'Ishøj' }] },
        schedules: { create: [{ kind: 'RECURRING', weekday: 2, opensAt: '10:00', closesAt: '12:00' }] },
      },
    });
  }
  return { municipalityId, fixtures: true };
}
