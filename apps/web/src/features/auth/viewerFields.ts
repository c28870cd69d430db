import { graphql } from '../../__generated__';
import type { Role } from '../../__generated__/graphql';

/** What the app needs to know about the signed-in account. */
export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
    name
    role
    municipality {
      id
      name
    }
    cluster {
      id
      name
    }
  }
`);

export interface ViewerData {
  __typename?: 'Viewer';
  id: string;
  email: string;
  name: string;
  role: Role;
  municipality: { __typename?: 'Municipality'; id: string; name: string } | null;
  cluster: { __typename?: 'Cluster'; id: string; name: string } | null;
}
