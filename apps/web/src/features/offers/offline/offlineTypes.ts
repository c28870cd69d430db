import type { MunicipalLayerRow } from '@sundhed/search';
import type { OfflineCatalogueQuery } from '../../../__generated__/graphql';

/** One offer as kept for offline search: what a hit shows plus what the filters need. */
export type OfflineOffer = OfflineCatalogueQuery['searchOffers']['hits'][number]['offer'];

/** The local copy of the caller's catalogue (active offers) and when it was fetched. */
export interface OfflineCatalogue {
  /** Whose copy it is: the signed-in account and municipality. */
  owner: string;
  /** ISO time of the fetch. */
  savedAt: string;
  offers: OfflineOffer[];
  /** The municipality's synonym groups, as the server's search uses them. */
  synonymGroups: string[][];
  /** The municipality's vocabulary layer as the server's index holds it (ADR 067); none in a copy saved before it. */
  vocabularyLayer?: MunicipalLayerRow[];
  /**
   * The catalogue version every page of the fetch was searched at (ADR 076); null when they differed or the
   * server could not tell, absent in a copy saved before it. Only a copy with a version answers while online.
   */
  version?: string | null;
}
