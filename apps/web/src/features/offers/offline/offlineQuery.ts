import { graphql } from '../../../__generated__';

/** One page of the caller's active offers (no text: every active offer), with the fields offline search needs. */
export const OFFLINE_CATALOGUE_QUERY = graphql(`
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
`);
