import type { MunicipalLayerRow } from '@sundhed/search';
import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { OFFLINE_CATALOGUE_QUERY, OFFLINE_STATUSES } from './offlineQuery';
import { readCatalogue, writeCatalogue } from './offlineStore';
import type { OfflineCatalogue, OfflineOffer } from './offlineTypes';

const PAGE = 100;
const MAX_OFFERS = 2000;
/** A copy younger than this is not fetched again when the search page opens. */
export const FRESH_MS = 10 * 60 * 1000;

/**
 * The local copy of the caller's offers (every status) for offline search. While online it is refreshed when
 * missing or older than 10 minutes (pages of 100 through searchOffers, no text = every offer).
 */
export function useOfflineCatalogue(owner: string | undefined, online: boolean): OfflineCatalogue | null {
  const client = useApolloClient();
  const [catalogue, setCatalogue] = useState<OfflineCatalogue | null>(() => (owner ? readCatalogue(owner) : null));

  useEffect(() => {
    if (!owner) return;
    const stored = readCatalogue(owner);
    setCatalogue(stored);
    if (!online || (stored && Date.now() - Date.parse(stored.savedAt) < FRESH_MS)) return;
    let cancelled = false;
    void (async () => {
      const offers: OfflineOffer[] = [];
      let synonymGroups: string[][] = [];
      let vocabularyLayer: MunicipalLayerRow[] = [];
      for (let offset = 0; offset < MAX_OFFERS; offset += PAGE) {
        const { data } = await client.query({
          query: OFFLINE_CATALOGUE_QUERY,
          variables: { input: { statuses: [...OFFLINE_STATUSES], limit: PAGE, offset } },
          fetchPolicy: 'no-cache',
        });
        if (!data || cancelled) return;
        offers.push(...data.searchOffers.hits.map((h) => h.offer));
        synonymGroups = data.searchSynonyms;
        vocabularyLayer = data.searchVocabularyLayer.map(({ __typename: _, ...row }) => row);
        if (offers.length >= data.searchOffers.total || data.searchOffers.hits.length < PAGE) break;
      }
      const next = { owner, savedAt: new Date().toISOString(), offers, synonymGroups, vocabularyLayer };
      writeCatalogue(next);
      if (!cancelled) setCatalogue(next);
    })().catch(() => undefined); // no copy this time; the next visit online tries again
    return () => {
      cancelled = true;
    };
  }, [client, owner, online]);

  return catalogue;
}
