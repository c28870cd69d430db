import { graphql } from '../../__generated__';
import type { LocalAccountsQuery } from '../../__generated__/graphql';

export type LocalAccountData = LocalAccountsQuery['localAccounts'][number];

/** The local accounts (demo, emergency administrator) an administrator manages on /konti. */
export const LOCAL_ACCOUNTS_QUERY = graphql(`
  query LocalAccounts {
    localAccounts {
      id
      email
      name
      role
      disabledAt
      isAdministrator
    }
  }
`);

export const SET_ACCOUNT_DISABLED_MUTATION = graphql(`
  mutation SetAccountDisabled($email: String!, $disabled: Boolean!) {
    setAccountDisabled(email: $email, disabled: $disabled)
  }
`);
