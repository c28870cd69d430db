import { graphql } from '../../__generated__';
import { useMutation } from '@apollo/client/react';
import { ME_QUERY } from './useViewer';

export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...ViewerFields
    }
  }
`);

export const SIGN_IN_DEMO_MUTATION = graphql(`
  mutation SignInDemo($role: Role!) {
    signInDemo(role: $role) {
      ...ViewerFields
    }
  }
`);

/** Both sign-in mutations; each stores the new viewer as `me` so the shell needs no extra round trip. */
export function useSignIn() {
  const [signIn, signInState] = useMutation(SIGN_IN_MUTATION, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: ME_QUERY, data: { me: data.signIn } });
    },
  });
  const [signInDemo, demoState] = useMutation(SIGN_IN_DEMO_MUTATION, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: ME_QUERY, data: { me: data.signInDemo } });
    },
  });
  return { signIn, signInDemo, loading: signInState.loading || demoState.loading };
}
