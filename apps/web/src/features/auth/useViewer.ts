import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { VIEWER_FIELDS, type ViewerData } from './viewerFields';

export interface MeQueryData {
  me: ViewerData | null;
}

export const ME_QUERY: TypedDocumentNode<MeQueryData, Record<string, never>> = gql`
  query Me {
    me {
      ...ViewerFields
    }
  }
  ${VIEWER_FIELDS}
`;

/** The signed-in account (null when signed out), from the cache after the shell has loaded it. */
export function useViewer() {
  return useQuery(ME_QUERY);
}
