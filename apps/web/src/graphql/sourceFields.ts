import { graphql } from '../__generated__';

/** The Source fields every "Kilde" disclosure shows. */
export const SOURCE_FIELDS = graphql(`
  fragment SourceFields on Source {
    id
    documentKey
    title
    section
    date
    url
    note
  }
`);
