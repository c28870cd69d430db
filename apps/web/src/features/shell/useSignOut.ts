import { graphql } from '../../__generated__';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { forgetViewer } from '../auth/rememberedViewer';
import { clearCatalogue } from '../offers/offline/offlineStore';

export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session, forgets every cached record and returns to the sign-in page. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SIGN_OUT_MUTATION);
  const run = async () => {
    try {
      await signOut();
    } finally {
      // Even if the server did not answer, nothing of the account may stay on screen.
      forgetViewer();
      clearCatalogue();
      await client.clearStore();
      void navigate('/log-ind', { replace: true }); // settles once the sign-in page has rendered
    }
  };
  return { signOut: run, loading };
}
