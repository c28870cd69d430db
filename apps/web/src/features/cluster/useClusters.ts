import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ClusterKind, MemberRole, PartnerKind, SourceData } from '../../graphql/schemaTypes';
import { SOURCE_FIELDS } from '../../graphql/sourceFields';
import { GRANT_FIELDS } from '../overview/fragments';
import type { GrantData } from '../overview/overviewTypes';

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
    source: SourceData | null;
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
      source: SourceData | null;
    }[];
    source: SourceData | null;
  }[];
  grants: GrantData[];
  source: SourceData | null;
}

export const CLUSTERS_QUERY: TypedDocumentNode<{ clusters: ClusterData[] }, Record<string, never>> = gql`
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
  ${GRANT_FIELDS}
  ${SOURCE_FIELDS}
`;

/** The clusters of the account's municipality or secretariat, with members, meetings and grants. */
export function useClusters() {
  return useQuery(CLUSTERS_QUERY);
}
