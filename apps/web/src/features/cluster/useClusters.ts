import { graphql } from '../../__generated__';
import { useQuery } from '@apollo/client/react';
import type { ClusterKind, MemberRole, PartnerKind, SourceFieldsFragment } from '../../__generated__/graphql';
import type { GrantData } from '../overview/fragments';

export interface ClusterData {
  __typename?: 'Cluster';
  id: string;
  name: string;
  kind: ClusterKind;
  region: { __typename?: 'Region'; id: string; name: string };
  members: {
    __typename?: 'ClusterMember';
    id: string;
    kind: PartnerKind;
    name: string;
    role: MemberRole;
    representedBy: string | null;
    source: SourceFieldsFragment | null;
  }[];
  meetings: {
    __typename?: 'ClusterMeeting';
    id: string;
    date: string;
    title: string;
    place: string | null;
    agendaItems: {
      __typename?: 'AgendaItem';
      id: string;
      number: number;
      title: string;
      recommendation: string | null;
      decision: string | null;
      source: SourceFieldsFragment | null;
    }[];
    source: SourceFieldsFragment | null;
  }[];
  grants: GrantData[];
  source: SourceFieldsFragment | null;
}

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
      meetings {
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
