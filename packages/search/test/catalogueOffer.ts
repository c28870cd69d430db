// The search-quality catalogue's entries as offers for the engine's tests: each test names only what it
// changes (ids, statuses, municipalities, texts).
import { findNeedCategory } from '@sundhed/shared';
import type { catalogue } from '../../../bench/search-quality/catalogue';
import type { SearchableOffer } from '../src';

export function catalogueOffer(
  o: (typeof catalogue)[number],
  id: string,
  changes: Partial<SearchableOffer> = {},
): SearchableOffer {
  return {
    id,
    name: o.name,
    shortDescription: o.shortDescription,
    description: o.description,
    eligibility: o.eligibility ?? null,
    status: 'ACTIVE',
    needCategories: o.needCategories.map((c) => findNeedCategory(c)?.code ?? c),
    targetGroups: o.targetGroups,
    minAge: o.minAge ?? null,
    maxAge: o.maxAge ?? null,
    costKr: o.costKr,
    languages: o.languages,
    formats: o.formats,
    ...changes,
  };
}
