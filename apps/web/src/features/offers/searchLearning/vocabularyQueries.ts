import { graphql } from '../../../__generated__';

export const MUNICIPAL_VOCABULARY_QUERY = graphql(`
  query MunicipalVocabulary {
    municipalVocabulary {
      id
      nationalId
      label
      addedTerms
      hiddenTerms
      broad
      nationalTerms
      version
    }
    nationalConcepts {
      id
      label
    }
  }
`);

export const SAVE_MUNICIPAL_CONCEPT_MUTATION = graphql(`
  mutation SaveMunicipalConcept($id: ID, $version: Int, $input: MunicipalConceptInput!) {
    saveMunicipalConcept(id: $id, version: $version, input: $input) {
      id
      label
      addedTerms
      hiddenTerms
      broad
      version
    }
  }
`);
