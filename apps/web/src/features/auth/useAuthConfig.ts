import { graphql } from '../../__generated__';
import { useQuery } from '@apollo/client/react';

export const AUTH_CONFIG_QUERY = graphql(`
  query AuthConfig {
    authConfig {
      demoMode
      demoAccounts {
        role
        email
        label
      }
      providerSignIn
      samlSignIn
    }
  }
`);

/** Whether the sign-in page offers demo accounts and the municipality's identity provider. */
export function useAuthConfig() {
  return useQuery(AUTH_CONFIG_QUERY);
}
