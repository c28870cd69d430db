import { gql } from '@apollo/client';

/** The Source fields every "Kilde" disclosure shows. */
export const SOURCE_FIELDS = gql`
  fragment SourceFields on Source {
    id
    documentKey
    title
    section
    date
    url
    note
  }
`;
