import { graphql } from '../../__generated__';
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
