import { useEffect, useMemo, useRef } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { today } from '@sundhed/shared/clock';
import { useViewer } from '../auth/useViewer';
import { isNetworkError } from '../../graphql/isNetworkError';
import {
  copyAnswers,
  copyIsCurrent,
  dayOfVersion,
  reportCatalogueVersion,
  useCatalogueVersionReport,
} from './offline/localFirst';
import { catalogueOwner } from './offline/offlineStore';
import { useOfflineCatalogue } from './offline/useOfflineCatalogue';
import { useOfflineEngine } from './offline/useOfflineEngine';
import { useOnline } from './offline/useOnline';
import { useRestedValue } from './useRestedValue';
import { SEARCH_OFFERS_QUERY, type OfferSearchData, type OfferSearchInput } from './searchQueries';

type Result = OfferSearchData['searchOffers'];

/**
 * While the copy answers, how long typing must rest before the server is asked (ADR 076): as long as the
 * address waits (ADR 066). The server's answer counts the search ("Søgninger uden resultat") and tells
 * whether the copy is still current.
 */
export const SERVER_REST_MS = 400;

export interface OfferSearchState {
  result: Result | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => void;
  /** Set when the hits come from the local copy offline: when that copy was fetched (ISO). */
  offlineSince: string | null;
  /** Offline without a local copy to search. */
  offlineWithoutCopy: boolean;
  /** The query text whose results are on screen now (for the keystroke bench), or null while loading. */
  renderedQuery: string | null;
  /** Where the hits on screen come from: the server, or the current local copy while online (ADR 076). */
  answeredBy: 'server' | 'copy';
}

/**
 * Server search while there is a network; the local copy of the catalogue when the browser is offline
 * or the request fails for want of a network. Online, while the copy is current (its catalogue version is
 * the last one the server told, on the same day, for the same account: localFirst.ts), each keystroke is
 * answered from the copy by the server's engine and the server is asked once typing rests; its answer
 * confirms the copy (the hits on screen stay) or, at another version, replaces it and the copy is fetched
 * again (ADR 076).
 */
export function useOfferSearch(input: OfferSearchInput | null): OfferSearchState {
  const online = useOnline();
  const viewer = useViewer().data?.me;
  const owner = viewer ? catalogueOwner(viewer) : undefined;
  const report = useCatalogueVersionReport();
  const told = report && report.owner === owner ? report.version : null;
  const catalogue = useOfflineCatalogue(owner, online, told);
  const current = online && copyIsCurrent(catalogue, report, owner, today());
  // The engine's chunk (~340 kB gzip) loads at the first search once there is a copy the page may search
  // online (one with a version), not with the page: the server answers meanwhile. Offline: below (also when
  // a request fails for want of a network).
  const engineOnline = useOfflineEngine(Boolean(input !== null && catalogue && (!online || catalogue.version)));
  const fromCopy = current && engineOnline !== null && input !== null && copyAnswers(input);
  const rested = useRestedValue(input, SERVER_REST_MS);
  // While the copy answers, the server hears the text once typing has rested on it, and nothing meanwhile
  // (not even the text rested on before: asking it again would be a request per burst of typing). A text
  // the server was already asked for stays asked: when its answer makes the copy current before typing has
  // rested, skipping it and asking again at the rest would send the same search twice (each counted as a
  // search without results) and blank the hits in between.
  const asked = useRef<OfferSearchInput | null>(null);
  const serverInput = fromCopy ? (rested === input || asked.current === input ? input : null) : input;
  if (serverInput !== null) asked.current = serverInput;
  const { data, previousData, loading, error, refetch } = useQuery(SEARCH_OFFERS_QUERY, {
    variables: { input: serverInput ?? {} },
    skip: serverInput === null || !online,
    // Not normalised into the cache: writing 30 offers with their places and times and reading them back
    // was most of the time from response to rendered hits on a throttled CPU (ADR 066). Nothing else reads
    // a search's offers from the cache, and each keystroke's answer is new anyway.
    fetchPolicy: 'no-cache',
  });
  useEffect(() => {
    if (owner && data) reportCatalogueVersion(owner, data.searchOffers.catalogueVersion);
  }, [owner, data]);
  useFinalTextAsked(fromCopy ? input : null, serverInput);
  const cutOff = !online || (Boolean(error) && !data && isNetworkError(error));
  const engine = useOfflineEngine(cutOff && Boolean(catalogue)) ?? engineOnline;
  const offline = useMemo(
    () =>
      cutOff && catalogue && input && engine
        ? {
            __typename: 'OfferSearchResult' as const,
            catalogueVersion: null,
            ...engine.searchOffline(catalogue, input),
          }
        : undefined,
    [cutOff, catalogue, input, engine],
  );
  const version = fromCopy ? catalogue?.version : null;
  const local = useMemo(
    () =>
      !cutOff && version && catalogue && input && engine
        ? {
            __typename: 'OfferSearchResult' as const,
            catalogueVersion: version,
            // At the server's day the version names: the copy answers as the server did at that version.
            ...engine.searchOffline(catalogue, input, dayOfVersion(version)),
          }
        : undefined,
    [cutOff, version, catalogue, input, engine],
  );
  const retry = () => void refetch().catch(() => undefined);
  // What is on screen for which input: the answer first shown for a text stays while versions agree, so
  // hits never change between two answers of one version (the server's, shown before the copy was known
  // current, is not swapped for the copy's; the copy's is not swapped for the server's confirmation).
  const shown = useRef<{ input: OfferSearchInput | null; result: Result } | null>(null);
  if (offline && catalogue) {
    return {
      result: offline,
      loading: false,
      error: undefined,
      refetch: retry,
      offlineSince: catalogue.savedAt,
      offlineWithoutCopy: false,
      renderedQuery: input?.text ?? '',
      answeredBy: 'copy',
    };
  }
  // The server's error for the rested text stands over the copy's answers (a network error is the offline case).
  if (local && !(error && !data)) {
    const before = shown.current;
    const kept = before?.input === input && before.result.catalogueVersion === version ? before.result : local;
    shown.current = { input, result: kept };
    return {
      result: kept,
      loading: false,
      error: undefined,
      refetch: retry,
      offlineSince: null,
      offlineWithoutCopy: false,
      renderedQuery: input?.text ?? '',
      answeredBy: kept === local ? 'copy' : 'server',
    };
  }
  const server = cutOff ? undefined : (data ?? previousData)?.searchOffers;
  if (data && !loading && !cutOff) shown.current = { input: serverInput, result: data.searchOffers };
  return {
    result: server,
    // Offline with a copy, while the engine's chunk loads: loading, not "no copy".
    loading: (online && loading) || (cutOff && Boolean(catalogue) && input !== null),
    error: cutOff || data ? undefined : error,
    refetch: retry,
    offlineSince: null,
    offlineWithoutCopy: cutOff && input !== null && !catalogue,
    renderedQuery: data && !loading ? (input?.text ?? '') : null,
    answeredBy: 'server',
  };
}

/**
 * While the copy answers, the server hears a text only once typing rests on it. A text left before that (a
 * hit opened, the page left) is still asked, once, so that a search that found nothing is counted for
 * "Søgninger uden resultat" as when every text went to the server (ADR 041, 076).
 */
function useFinalTextAsked(answered: OfferSearchInput | null, asked: OfferSearchInput | null) {
  const client = useApolloClient();
  const pending = useRef<OfferSearchInput | null>(null);
  pending.current = answered && answered !== asked ? answered : null;
  useEffect(
    () => () => {
      const input = pending.current;
      if (input)
        void client
          .query({ query: SEARCH_OFFERS_QUERY, variables: { input }, fetchPolicy: 'no-cache' })
          .catch(() => undefined);
    },
    [client],
  );
}
