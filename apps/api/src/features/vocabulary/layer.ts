// Reading a municipality's layer over the national vocabulary (ADR 045) for its search index: the index
// reads it with the synonyms (both bump the scope-version kind "synonyms").
import type { MunicipalLayerRow } from '@sundhed/vocabulary';
import type { Db } from '../../db/prisma';

export async function loadVocabularyLayer(
  db: Pick<Db, 'municipalConcept'>,
  municipalityId: string | null,
): Promise<MunicipalLayerRow[]> {
  // The all-offers scope (HSDS) searches with the national vocabulary only.
  if (!municipalityId) return [];
  return db.municipalConcept.findMany({
    where: { municipalityId },
    select: { id: true, nationalId: true, label: true, addedTerms: true, hiddenTerms: true, broad: true },
    orderBy: { id: 'asc' },
  });
}
