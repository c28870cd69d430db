// Building a scope's index from offers in memory: the server from its database rows, the browser from its
// offline copy (ADR 044). The same documents (document.ts) and the same index (searchIndex.ts) on both sides.
import { fold } from '@sundhed/shared/fold';
import type { SearchableOffer } from './offer';
import { searchDocument } from './document';
import type { MunicipalLayerRow } from '@sundhed/vocabulary';
import { indexDocuments, type IndexedOffer, type ScopeIndex } from './searchIndex';

/** A place of an offer as the area and postcode filters read it. */
export interface CatalogueLocation {
  name?: string | null;
  address?: string | null;
  postalCode: string | null;
  city?: string | null;
}

/** "name address postcode town", folded (the area filter looks for its words in it). */
export function locationText(l: CatalogueLocation): string {
  return fold([l.name, l.address, l.postalCode, l.city].filter((x) => x != null).join(' '));
}

/** An offer indexed for search: its document, its places, and the day its scheduled courses have all ended. */
export function indexedOffer<O extends SearchableOffer>(
  offer: O,
  locations: readonly CatalogueLocation[],
  coursesEndDay: string | null,
): IndexedOffer<O> {
  return {
    offer,
    coursesEndDay,
    ...searchDocument(offer),
    locations: locations.map((l) => ({ postalCode: l.postalCode, text: locationText(l) })),
  };
}

/** A whole catalogue indexed at once (the browser's offline copy; tests). Documents in order of offer id. */
export function catalogueIndex<O extends SearchableOffer>(
  offers: readonly IndexedOffer<O>[],
  synonymGroups: string[][],
  vocabularyLayer: readonly MunicipalLayerRow[] = [],
): ScopeIndex<O> {
  const sorted = [...offers].sort((a, b) => (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0));
  return indexDocuments(sorted, synonymGroups, { offersVersion: 0n, synonymsVersion: 0n, stamps: new Map() }, [
    ...vocabularyLayer,
  ]);
}
