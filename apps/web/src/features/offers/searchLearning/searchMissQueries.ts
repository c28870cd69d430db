import { graphql } from '../../../__generated__';

export const SEARCH_MISSES_QUERY = graphql(`
  query SearchMisses {
    searchMisses {
      term
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
