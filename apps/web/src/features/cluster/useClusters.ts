import { graphql } from '../../__generated__';
import { useQuery } from '@apollo/client/react';
import type { ClustersQuery } from '../../__generated__/graphql';

export type ClusterData = ClustersQuery['clusters'][number];

export const CLUSTERS_QUERY = graphql(`
  query Clusters {
    clusters {
      id
      name
      kind
      region {
        id
        name
      }
      members {
        id
        kind
        name
        role
        representedBy
        source {
          ...SourceFields
        }
      }
      meetings(last: 10) {
        id
        date
        title
        place
        agendaItems {
          id
          number
          title
          recommendation
          decision
          source {
            ...SourceFields
          }
        }
        source {
          ...SourceFields
        }
      }
      grants {
        ...GrantFields
      }
      source {
        ...SourceFields
      }
    }
  }
`);

/** The clusters of the account's municipality or secretariat, with members, meetings and grants. */
export function useClusters() {
  return useQuery(CLUSTERS_QUERY);
}
