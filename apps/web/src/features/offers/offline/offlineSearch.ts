// Offline search: the server's engine (@sundhed/search, ADR 044) over the local copy of the catalogue,
// with the municipality's synonym groups, the national vocabulary and the same stemmer, so offline results
// equal online results for the same copy.
import { copyIndex, searchIndex, type CopiedOffer, type ScopeIndex } from '@sundhed/search';
import type { QueryChip } from '@sundhed/shared/queryUnderstanding';
import type { OfferSearchData, OfferSearchInput, OfferSearchHitData } from '../searchQueries';
import type { OfflineCatalogue, OfflineOffer } from './offlineTypes';

/** The index of a copy, built once per copy (the copy object is replaced when it is fetched again). */
const indexes = new WeakMap<OfflineCatalogue, ScopeIndex<CopiedOffer<OfflineOffer>>>();

function indexOf(catalogue: OfflineCatalogue): ScopeIndex<CopiedOffer<OfflineOffer>> {
  let index = indexes.get(catalogue);
  if (!index)
    indexes.set(catalogue, (index = copyIndex(catalogue.offers, catalogue.synonymGroups, catalogue.vocabularyLayer)));
  return index;
}

const hit = (h: { offer: CopiedOffer<OfflineOffer>; score: number; reasons: string[] }): OfferSearchHitData => ({
  __typename: 'OfferSearchHit',
  offer: h.offer.copy,
  score: h.score,
  reasons: h.reasons,
});

/**
 * The search of the server, run in the browser over the copy (the copy holds one municipality). `day`: the
 * server's day to search at when the copy answers online (ADR 076); offline, the browser's own.
 */
export function searchOffline(
  catalogue: OfflineCatalogue,
  input: OfferSearchInput,
  day?: string,
): Omit<OfferSearchData['searchOffers'], '__typename' | 'catalogueVersion'> {
  const result = searchIndex(indexOf(catalogue), input, { municipalityId: null, ...(day ? { today: day } : {}) });
  return {
    hits: result.hits.map(hit),
    total: result.total,
    suggestions: result.suggestions,
    withoutFilters: result.withoutFilters.map(hit),
    understood: result.understood.map(chip),
    unmet: result.unmet.map(chip),
  };
}

const chip = (c: QueryChip) => ({ __typename: 'QueryChip' as const, kind: c.kind, value: c.value, typed: c.typed });
