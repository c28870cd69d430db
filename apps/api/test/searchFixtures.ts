// Test data the seeded catalogue (prisma/seed/offers.ts) does not have: an ended offer, which search
// and the HSDS API must leave out.
import type { Db } from '../src/db/prisma';
import { buildOffer } from '../src/seed/factories';
import { demoEmail } from './testServer';

export async function homeMunicipalityId(db: Db): Promise<string> {
  const staff = await db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('frontmedarbejder') } });
  return staff.municipalityId!;
}

/** An ENDED offer with professional-only notes, in the home municipality. */
export async function addEndedOffer(db: Db) {
  const municipalityId = await homeMunicipalityId(db);
  const unit = await db.orgUnit.findFirstOrThrow({ where: { municipalityId }, orderBy: { name: 'asc' } });
  return db.offer.create({
    data: buildOffer({
      municipalityId,
      ownerUnitId: unit.id,
      name: 'Rygestop online (nedlagt)',
      shortDescription: 'Tidligere tilbud om rygestop på nettet.',
      description: 'Tilbuddet er stoppet.',
      status: 'ENDED',
      needCategories: ['rygning'],
      formats: ['online'],
      professionalPhone: '43 57 79 99',
      intakeNotes: 'Intern note: lukket',
      tellCitizen: 'Sig til borgeren: brug Stoplinien',
      isDemoData: false,
    }),
  });
}
