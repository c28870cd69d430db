import { graphql } from '../../__generated__';
import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { isNetworkError } from '../../graphql/isNetworkError';
import { readRememberedViewer } from './rememberedViewer';

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

/**
 * The signed-in account (null when signed out), from the cache after the shell has loaded it. Without a
 * network, the account remembered on this device (see rememberedViewer), so the app still opens offline.
 */
export function useViewer() {
  const result = useQuery(ME_QUERY);
  if (result.error && !result.data && isNetworkError(result.error)) {
    const me = readRememberedViewer();
    if (me) return { ...result, data: { me }, error: undefined, loading: false };
  }
  return result;
}

/** Pages anyone may open: they never ask who is signed in. */
const PUBLIC_PATHS = /^\/(log-ind|offentligt\/)/;

/**
 * Starts `me` for a signed-in page as the app boots, before React has rendered anything, so the answer
 * travels while the first page's module loads; the shell's useViewer then joins the request in flight
 * or reads the cache. A failure is left to useViewer, which asks again and shows it.
 */
export function askViewerEarly(client: ApolloClient, pathname: string): void {
  if (PUBLIC_PATHS.test(pathname)) return;
  client.query({ query: ME_QUERY }).catch(() => undefined);
}
