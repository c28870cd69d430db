import { graphql } from '../../__generated__';
import { useQuery } from '@apollo/client/react';
import type { Role } from '../../__generated__/graphql';

export interface AuthConfigData {
  authConfig: {
    __typename?: 'AuthConfig';
    demoMode: boolean;
    demoAccounts: { __typename?: 'DemoAccount'; role: Role; email: string; label: string }[];
  };
}

export const AUTH_CONFIG_QUERY = graphql(`
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
`);

/** Whether the sign-in page offers demo accounts. */
export function useAuthConfig() {
  return useQuery(AUTH_CONFIG_QUERY);
}
