import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { Role } from '../../graphql/schemaTypes';
import { ME_QUERY } from './useViewer';
import { VIEWER_FIELDS, type ViewerData } from './viewerFields';

export const SIGN_IN_MUTATION: TypedDocumentNode<{ signIn: ViewerData }, { email: string; password: string }> = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...ViewerFields
    }
  }
  ${VIEWER_FIELDS}
`;

export const SIGN_IN_DEMO_MUTATION: TypedDocumentNode<{ signInDemo: ViewerData }, { role: Role }> = gql`
  mutation SignInDemo($role: Role!) {
    signInDemo(role: $role) {
      ...ViewerFields
    }
  }
  ${VIEWER_FIELDS}
`;

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
