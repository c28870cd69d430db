import type { OfferSummaryData } from '../offerTypes';

/** One offer as kept for offline search: what a hit shows plus what the filters need. */
export interface OfflineOffer extends OfferSummaryData {
  needCategories: { code: string; label: string }[];
  targetGroups: string[];
  languages: string[];
  formats: string[];
}

/** The local copy of the caller's catalogue (active offers) and when it was fetched. */
export interface OfflineCatalogue {
  /** Whose copy it is: the signed-in account and municipality. */
  owner: string;
  /** ISO time of the fetch. */
  savedAt: string;
  offers: OfflineOffer[];
}
