import { graphql } from '../../__generated__';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { forgetViewer } from '../auth/rememberedViewer';
import { forgetCatalogueVersion } from '../offers/offline/localFirst';
import { clearCatalogue } from '../offers/offline/offlineStore';
import { useSendQueue } from '../offers/offline/SendQueueProvider';

export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SIGN_OUT_EVERYWHERE_MUTATION = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

/** Ends the session (or with everywhere, every session of the account: "Log ud alle steder"), forgets every cached record and returns to the sign-in page. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const queue = useSendQueue();
  const [signOut, { loading }] = useMutation(SIGN_OUT_MUTATION);
  const [signOutEverywhere, { loading: endingAll }] = useMutation(SIGN_OUT_EVERYWHERE_MUTATION);
  const run = async (everywhere = false) => {
    try {
      if (everywhere) await signOutEverywhere();
      else await signOut();
    } finally {
      // Even if the server did not answer, nothing of the account may stay on screen.
      forgetViewer();
      clearCatalogue();
      forgetCatalogueVersion(); // the copy's answers wait for the next account's own version (ADR 076)
      queue?.clear(); // the citizens' addresses of unsent offline sends go too
      await client.clearStore();
      void navigate('/log-ind', { replace: true }); // settles once the sign-in page has rendered
    }
  };
  return { signOut: run, loading: loading || endingAll };
}
