import { graphql } from '../../__generated__';
import type { ViewerFieldsFragment } from '../../__generated__/graphql';

/** What the app needs to know about the signed-in account. */
export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
    name
    role
    isAdministrator
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

export type ViewerData = ViewerFieldsFragment;
