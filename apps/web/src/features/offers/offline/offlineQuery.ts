import { gql, type TypedDocumentNode } from '@apollo/client';
import { OFFER_SUMMARY_FIELDS, type OfferSearchInput } from '../searchQueries';
import type { OfflineOffer } from './offlineTypes';

export interface OfflineCatalogueData {
  searchOffers: { total: number; hits: { offer: OfflineOffer }[] };
}

/** One page of the caller's active offers (no text: every active offer), with the fields offline search needs. */
export const OFFLINE_CATALOGUE_QUERY: TypedDocumentNode<OfflineCatalogueData, { input: OfferSearchInput }> = gql`
  query OfflineCatalogue($input: OfferSearchInput!) {
    searchOffers(input: $input) {
      total
      hits {
        offer {
          ...OfferSummaryFields
          needCategories {
            code
            label
          }
          targetGroups
          languages
          formats
        }
      }
    }
  }
  ${OFFER_SUMMARY_FIELDS}
`;
