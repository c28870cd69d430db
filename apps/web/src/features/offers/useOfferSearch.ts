import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useViewer } from '../auth/useViewer';
import { isNetworkError } from '../../graphql/isNetworkError';
import { catalogueOwner } from './offline/offlineStore';
import { useOfflineCatalogue } from './offline/useOfflineCatalogue';
import { useOfflineEngine } from './offline/useOfflineEngine';
import { useOnline } from './offline/useOnline';
import { SEARCH_OFFERS_QUERY, type OfferSearchData, type OfferSearchInput } from './searchQueries';

type Result = OfferSearchData['searchOffers'];

export interface OfferSearchState {
  result: Result | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => void;
  /** Set when the hits come from the local copy: when that copy was fetched (ISO). */
  offlineSince: string | null;
  /** Offline without a local copy to search. */
  offlineWithoutCopy: boolean;
  /** The query text whose results are on screen now (for the keystroke bench), or null while loading. */
  renderedQuery: string | null;
}

/**
 * Server search while there is a network; the local copy of the catalogue when the browser is offline
 * or the request fails for want of a network.
 */
export function useOfferSearch(input: OfferSearchInput | null): OfferSearchState {
  const online = useOnline();
  const viewer = useViewer().data?.me;
  const owner = viewer ? catalogueOwner(viewer) : undefined;
  const catalogue = useOfflineCatalogue(owner, online);
  const { data, previousData, loading, error, refetch } = useQuery(SEARCH_OFFERS_QUERY, {
    variables: { input: input ?? {} },
    skip: input === null || !online,
    // Not normalised into the cache: writing 30 offers with their places and times and reading them back
    // was most of the time from response to rendered hits on a throttled CPU (ADR 066). Nothing else reads
    // a search's offers from the cache, and each keystroke's answer is new anyway.
    fetchPolicy: 'no-cache',
  });
  const cutOff = !online || (Boolean(error) && !data && isNetworkError(error));
  const engine = useOfflineEngine(cutOff && Boolean(catalogue));
  const local = useMemo(
    () =>
      cutOff && catalogue && input && engine
        ? { __typename: 'OfferSearchResult' as const, ...engine.searchOffline(catalogue, input) }
        : undefined,
    [cutOff, catalogue, input, engine],
  );
  const retry = () => void refetch().catch(() => undefined);
  if (local && catalogue) {
    return {
      result: local,
      loading: false,
      error: undefined,
      refetch: retry,
      offlineSince: catalogue.savedAt,
      offlineWithoutCopy: false,
      renderedQuery: input?.text ?? '',
    };
  }
  return {
    result: cutOff ? undefined : (data ?? previousData)?.searchOffers,
    // Offline with a copy, while the engine's chunk loads: loading, not "no copy".
    loading: (online && loading) || (cutOff && Boolean(catalogue) && input !== null),
    error: cutOff || data ? undefined : error,
    refetch: retry,
    offlineSince: null,
    offlineWithoutCopy: cutOff && input !== null && !catalogue,
    renderedQuery: data && !loading ? (input?.text ?? '') : null,
  };
}
