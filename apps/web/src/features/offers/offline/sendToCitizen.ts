// One send to a citizen, by e-mail or SMS, for the form and the offline queue alike (ADR 053, ADR 063).
import type { ApolloClient } from '@apollo/client';
import { SEND_OFFER_BY_SMS_MUTATION, SEND_OFFER_MUTATION } from '../offerMutations';

export type SendChannel = 'email' | 'sms';

export interface CitizenSend {
  offerId: string;
  channel: SendChannel;
  /** The citizen's address or number: in memory for this send only. */
  to: string;
  /** The citizen's language (null = Danish). */
  language: string | null;
  /** Made once per send and kept with every try: the server sends a key once (ADR 063). */
  sendKey: string;
}

/**
 * A new idempotency key for one send: a version 4 UUID. `crypto.randomUUID` exists only in a secure
 * context (HTTPS, localhost); an intranet name over plain HTTP gets the same from `getRandomValues`.
 */
export function newSendKey(): string {
  const secure = crypto as Partial<Pick<Crypto, 'randomUUID'>>;
  if (typeof secure.randomUUID === 'function') return secure.randomUUID.call(crypto);
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Sends and answers how it went (`via`). 'no-cache': the variables hold the citizen's address, and Apollo
 * would otherwise keep them in its cache (ROOT_MUTATION) for the life of the tab.
 */
export async function sendToCitizen(client: ApolloClient, send: CitizenSend): Promise<string> {
  const common = { offerId: send.offerId, language: send.language, idempotencyKey: send.sendKey };
  if (send.channel === 'sms') {
    const { data } = await client.mutate({
      mutation: SEND_OFFER_BY_SMS_MUTATION,
      variables: { ...common, phone: send.to },
      fetchPolicy: 'no-cache',
    });
    countInCache(client, send.offerId, data?.sendOfferBySms.sendCount);
    return data?.sendOfferBySms.via ?? 'outbox';
  }
  const { data } = await client.mutate({
    mutation: SEND_OFFER_MUTATION,
    variables: { ...common, email: send.to },
    fetchPolicy: 'no-cache',
  });
  countInCache(client, send.offerId, data?.sendOfferToCitizen.sendCount);
  return data?.sendOfferToCitizen.via ?? 'outbox';
}

/**
 * The offer's new send count into the cache by hand (the send itself is 'no-cache'), so the offer page's
 * "Sendt til borgere n gange" is right at once, without a reload.
 */
function countInCache(client: ApolloClient, offerId: string, sendCount: number | undefined): void {
  if (sendCount === undefined) return;
  const id = client.cache.identify({ __typename: 'Offer', id: offerId });
  if (id) client.cache.modify({ id, fields: { sendCount: () => sendCount } });
}
