import { graphql } from '../../../__generated__';

/**
 * One page of the caller's offers (no text: every offer of the municipality, in every status, as the
 * server's index holds them), with the fields the search engine reads (ADR 044), and the municipality's
 * synonym groups: the offline copy is searched by the same engine as the server.
 */
export const OFFLINE_CATALOGUE_QUERY = graphql(`
  query OfflineCatalogue($input: OfferSearchInput!) {
    searchSynonyms
    searchOffers(input: $input) {
      total
      hits {
        offer {
          ...OfferSummaryFields
          description
          eligibility
          needCategories {
            code
            label
          }
          targetGroups
          keywords
          languages
          formats
        }
      }
    }
  }
`);

/** Every status: the engine weighs how common a word is over the whole scope, as the server does. */
export const OFFLINE_STATUSES = ['ACTIVE', 'TEMPORARILY_CLOSED', 'INACTIVE', 'ENDED'] as const;
