// Loading the quality set (issue 11): the catalogue into one municipality of a database, and the holdout
// queries when they are there. Used by bench/search-quality.ts and by the API's test that compares the
// browser's engine over the offline copy with the server's (ADR 044).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findNeedCategory } from '@sundhed/shared';
import type { Db } from '../../apps/api/src/db/prisma';
import { catalogueByKey } from './catalogue';
import type { CatalogueOffer, QualityQuery } from './types';

export async function loadHoldout(): Promise<QualityQuery[] | null> {
  const file = join(import.meta.dirname, 'holdout.ts');
  if (!existsSync(file)) return null;
  const mod = (await import(file)) as Record<string, unknown>;
  const list = Object.values(mod).find((v): v is QualityQuery[] => Array.isArray(v));
  if (!list) throw new Error('bench/search-quality/holdout.ts exports no array of queries');
  return list;
}

export /**
 * Replaces the municipality's offers with the catalogue (the main one unless another is given, e.g. the
 * blind set's); returns offer id → key.
 */
async function loadCatalogue(
  db: Db,
  municipalityId: string,
  byKey: Map<string, CatalogueOffer> = catalogueByKey(),
): Promise<Map<string, string>> {
  const anyOffer = await db.offer.findFirst({ where: { municipalityId }, select: { ownerUnitId: true } });
  if (!anyOffer) throw new Error('The seeded municipality has no offers to take an owner unit from');
  await db.offer.deleteMany({ where: { municipalityId } });
  await db.offer.createMany({
    data: [...byKey.values()].map((o) => ({
      municipalityId,
      ownerUnitId: anyOffer.ownerUnitId,
      name: o.name,
      shortDescription: o.shortDescription,
      description: o.description,
      targetGroups: o.targetGroups,
      needCategories: o.needCategories.map((c) => {
        const found = findNeedCategory(c);
        if (!found) throw new Error(`${o.key}: unknown need category ${c}`);
        return found.code;
      }),
      minAge: o.minAge ?? null,
      maxAge: o.maxAge ?? null,
      costKr: o.costKr,
      costDescription: o.costDescription ?? null,
      languages: o.languages,
      interpreter: o.interpreter ?? false,
      formats: o.formats,
      accessRoutes: o.accessRoutes,
      eligibility: o.eligibility ?? null,
      isDemoData: true,
    })),
  });
  await db.$executeRawUnsafe('ANALYZE "Offer"');
  const keyByName = new Map([...byKey.values()].map((o) => [o.name, o.key]));
  const rows = await db.offer.findMany({ where: { municipalityId }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, keyByName.get(r.name) ?? r.name]));
}
