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

/** A new idempotency key for one send. */
export const newSendKey = (): string => crypto.randomUUID();

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
    return data?.sendOfferBySms.via ?? 'outbox';
  }
  const { data } = await client.mutate({
    mutation: SEND_OFFER_MUTATION,
    variables: { ...common, email: send.to },
    fetchPolicy: 'no-cache',
  });
  return data?.sendOfferToCitizen.via ?? 'outbox';
}
