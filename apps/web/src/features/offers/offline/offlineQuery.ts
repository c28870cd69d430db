import { graphql } from '../../../__generated__';

/**
 * One page of the caller's offers (no text: every offer of the municipality, in every status, as the
 * server's index holds them), with the fields the search engine reads (ADR 044) and those the offer page
 * and the print sheet show, the professional contact included (ADR 053), and the municipality's synonym
 * groups: the offline copy is searched by the same engine as the server and opens an offer without a
 * network. With them the municipality's vocabulary layer as its index holds it (its own concepts and broad
 * synonym groups, ADR 067), so the browser's index searches with what the server's does. Not in the copy: the owner on a day, the send count, the history and the source (network only).
 */
export const OFFLINE_CATALOGUE_QUERY = graphql(`
  query OfflineCatalogue($input: OfferSearchInput!) {
    searchSynonyms
    searchVocabularyLayer {
      id
      nationalId
      label
      addedTerms
      hiddenTerms
      broad
    }
    searchOffers(input: $input) {
      total
      catalogueVersion
      hits {
        offer {
          ...OfferPublicFields
          professionalPhone
          intakeNotes
          tellCitizen
          assuredByName
          keywords
        }
      }
    }
  }
`);

/** Every status: the engine weighs how common a word is over the whole scope, as the server does. */
export const OFFLINE_STATUSES = ['ACTIVE', 'TEMPORARILY_CLOSED', 'INACTIVE', 'ENDED'] as const;
