import type { MunicipalLayerRow } from '@sundhed/search';
import { useEffect, useRef, useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { reportCatalogueVersion } from './localFirst';
import { OFFLINE_CATALOGUE_QUERY, OFFLINE_STATUSES } from './offlineQuery';
import { readCatalogue, writeCatalogue } from './offlineStore';
import type { OfflineCatalogue, OfflineOffer } from './offlineTypes';

const PAGE = 100;
const MAX_OFFERS = 2000;
/** A copy younger than this is not fetched again when the search page opens. */
export const FRESH_MS = 10 * 60 * 1000;

/**
 * Fetches the caller's offers (pages of 100 through searchOffers, no text = every offer) and stores them.
 * The copy's version is the catalogue version all pages were searched at, or null when they differ (a write
 * between two pages) or the server could not tell (ADR 076); the last page's version is what the server told.
 */
async function fetchCopy(client: ApolloClient, owner: string, live: () => boolean): Promise<OfflineCatalogue | null> {
  const offers: OfflineOffer[] = [];
  let synonymGroups: string[][] = [];
  let vocabularyLayer: MunicipalLayerRow[] = [];
  const versions = new Set<string | null>();
  for (let offset = 0; offset < MAX_OFFERS; offset += PAGE) {
    const { data } = await client.query({
      query: OFFLINE_CATALOGUE_QUERY,
      variables: { input: { statuses: [...OFFLINE_STATUSES], limit: PAGE, offset } },
      fetchPolicy: 'no-cache',
    });
    if (!data || !live()) return null;
    offers.push(...data.searchOffers.hits.map((h) => h.offer));
    synonymGroups = data.searchSynonyms;
    vocabularyLayer = data.searchVocabularyLayer.map(({ __typename: _, ...row }) => row);
    versions.add(data.searchOffers.catalogueVersion ?? null);
    reportCatalogueVersion(owner, data.searchOffers.catalogueVersion);
    if (offers.length >= data.searchOffers.total || data.searchOffers.hits.length < PAGE) break;
  }
  const [only] = versions;
  const version = versions.size === 1 ? (only ?? null) : null;
  const next = { owner, savedAt: new Date().toISOString(), offers, synonymGroups, vocabularyLayer, version };
  writeCatalogue(next);
  return next;
}

/**
 * The local copy of the caller's offers (every status) for offline search, and online for answering
 * keystrokes while it is current (ADR 076). While online it is fetched when missing or older than 10
 * minutes, and again when the server tells a catalogue version (`toldVersion`) the copy was not made at
 * (once per told version).
 */
export function useOfflineCatalogue(
  owner: string | undefined,
  online: boolean,
  toldVersion: string | null = null,
): OfflineCatalogue | null {
  const client = useApolloClient();
  const [catalogue, setCatalogue] = useState<OfflineCatalogue | null>(() => (owner ? readCatalogue(owner) : null));
  /** Fetches of the copy in flight (a count: StrictMode runs an effect twice). */
  const fetching = useRef(0);
  const fetchedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!owner) return;
    const stored = readCatalogue(owner);
    setCatalogue(stored);
    if (!online || (stored && Date.now() - Date.parse(stored.savedAt) < FRESH_MS)) return;
    let cancelled = false;
    fetching.current++;
    void fetchCopy(client, owner, () => !cancelled)
      .then((next) => {
        if (next && !cancelled) setCatalogue(next);
      })
      .catch(() => undefined) // no copy this time; the next visit online tries again
      .finally(() => fetching.current--);
    return () => {
      cancelled = true;
    };
  }, [client, owner, online]);

  // Whose page this is now: a fetch started for someone else, or after the page closed, is dropped.
  const current = useRef<string | undefined>(owner);
  useEffect(() => {
    current.current = owner;
    return () => {
      current.current = undefined;
    };
  }, [owner]);
  const copyVersion = catalogue?.version;
  useEffect(() => {
    // The server answered at a version the copy was not made at: the copy is fetched again (ADR 076). Not
    // cancelled when the told version moves on (the fetch's own pages tell one): once per told version.
    if (!owner || !online || !toldVersion || copyVersion === toldVersion) return;
    if (fetching.current > 0 || fetchedFor.current === toldVersion) return;
    // The state may not hold the stored copy yet (the account just became known): the store decides.
    if (readCatalogue(owner)?.version === toldVersion) return;
    fetchedFor.current = toldVersion;
    fetching.current++;
    const live = () => current.current === owner;
    void fetchCopy(client, owner, live)
      .then((next) => {
        if (next && live()) setCatalogue(next);
      })
      .catch(() => undefined)
      .finally(() => fetching.current--);
  }, [client, owner, online, toldVersion, copyVersion]);

  return catalogue;
}
