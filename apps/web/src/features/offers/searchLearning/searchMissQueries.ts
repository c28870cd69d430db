import { graphql } from '../../../__generated__';

export const SEARCH_MISSES_QUERY = graphql(`
  query SearchMisses {
    searchMisses {
      term
      display
      count
      lastSeenAt
    }
    searchesNotOpened {
      term
      display
      count
      lastSeenAt
    }
    searchSynonymsVersion
    nationalConcepts {
      id
      label
    }
  }
`);

export const ADD_CONCEPT_TERM_MUTATION = graphql(`
  mutation AddMunicipalConceptTerm($nationalId: String!, $term: String!) {
    addMunicipalConceptTerm(nationalId: $nationalId, term: $term) {
      id
      addedTerms
      version
    }
  }
`);

export const ADD_SEARCH_SYNONYM_MUTATION = graphql(`
  mutation AddSearchSynonym($version: Int!, $term: String!, $meaning: String!) {
    addSearchSynonym(version: $version, term: $term, meaning: $meaning)
  }
`);

/**
 * The offers to pick from for "Tilføj som nøgleord til et tilbud": the staff unit's, any status, found by
 * part of the name on the server (folded there), the first few only (ADR 063).
 */
export const KEYWORD_OFFERS_QUERY = graphql(`
  query KeywordOffers($nameContains: String!, $limit: Int!) {
    offers(nameContains: $nameContains, limit: $limit) {
      id
      name
      version
      keywords
    }
  }
`);

export const ADD_OFFER_KEYWORD_MUTATION = graphql(`
  mutation AddOfferKeyword($offerId: ID!, $version: Int!, $keyword: String!) {
    addOfferKeyword(offerId: $offerId, version: $version, keyword: $keyword) {
      id
      version
      keywords
    }
  }
`);

/** The search page's report that a search showed hits and none was opened (ADR 054). */
export const REPORT_SEARCH_NOT_OPENED_MUTATION = graphql(`
  mutation ReportSearchNotOpened($text: String!) {
    reportSearchNotOpened(text: $text)
  }
`);
