import { useEffect, useMemo, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { isNetworkError } from '../../../graphql/isNetworkError';
import { useViewer } from '../../auth/useViewer';
import { OFFER_QUERY } from '../offerQueries';
import { catalogueOwner, readCatalogue } from './offlineStore';
import type { OfflineOffer } from './offlineTypes';
import { useOnline } from './useOnline';

/**
 * The offer from the server; without a network (the browser offline, or the request failed for want of
 * one) the offer from the device's copy of the catalogue (ADR 053), with when that copy was fetched.
 */
export function useOfferOrCopy(id: string) {
  const online = useOnline();
  const query = useQuery(OFFER_QUERY, { variables: { id } });
  const viewer = useViewer().data?.me;
  const cutOff = !query.data && (!online || (Boolean(query.error) && isNetworkError(query.error)));
  // Apollo does not ask again by itself: when the network returns, fetch the offer the copy stood in for,
  // or the page keeps saying "Du er offline" without the parts that need the server. Asked once per return
  // of the network, once the request made offline has failed: the network may come back while it is still
  // on its way (a server that cannot be reached while online is not asked again and again).
  const askWhenOnline = useRef(!online);
  const { refetch, error } = query;
  useEffect(() => {
    if (!online) askWhenOnline.current = true;
    else if (askWhenOnline.current && error && isNetworkError(error)) {
      askWhenOnline.current = false;
      void refetch().catch(() => undefined);
    }
  }, [online, error, refetch]);
  const owner = viewer ? catalogueOwner(viewer) : null;
  const copy = useMemo(() => (cutOff && owner ? readCatalogue(owner) : null), [cutOff, owner]);
  const copied: OfflineOffer | null = copy?.offers.find((offer) => offer.id === id) ?? null;
  return { ...query, cutOff, copied, savedAt: copy?.savedAt ?? null };
}
