import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { Role } from '../../graphql/schemaTypes';

export interface AuthConfigData {
  authConfig: {
    __typename?: 'AuthConfig';
    demoMode: boolean;
    demoAccounts: { __typename?: 'DemoAccount'; role: Role; email: string; label: string }[];
  };
}

export const AUTH_CONFIG_QUERY: TypedDocumentNode<AuthConfigData, Record<string, never>> = gql`
  query AuthConfig {
    authConfig {
      demoMode
      demoAccounts {
        role
        email
        label
      }
    }
  }
`;

/** Whether the sign-in page offers demo accounts. */
export function useAuthConfig() {
  return useQuery(AUTH_CONFIG_QUERY);
}
