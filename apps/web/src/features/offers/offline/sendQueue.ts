// The queue of "Send til borger" made without a network (ADR 053): the page's memory only, never storage,
// so it is lost when the tab closes (the worker is told so). A pure reducer, so the rules are unit-tested.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorMessage } from '../../../components/errorMessage';

import type { CitizenSend } from './sendToCitizen';

export type { SendChannel } from './sendToCitizen';

/**
 * One send waiting for the network: the citizen's address or number, held in memory until it goes, with
 * the idempotency key of its first try (a try whose answer was lost may have gone: ADR 063).
 */
export interface QueuedSend extends CitizenSend {
  key: number;
  offerName: string;
  /** Why the server refused it (Danish); a refused send stays, said so, until the worker removes it. */
  problem: string | null;
}

export interface SendQueueState {
  /** The account the queue belongs to; another account signing in empties it. */
  owner: string | null;
  items: QueuedSend[];
  /** A send is under way. */
  sending: boolean;
  /** The server did not answer: wait for the network to come back (or "Prøv igen"). */
  stalled: boolean;
  /** The session has ended: wait until the worker has signed in again. */
  waitingForSignIn: boolean;
  /** How many went since the queue last had something added (for "n udsendelser fra køen er sendt"). */
  sent: number;
  nextKey: number;
}

export const emptyQueue: SendQueueState = {
  owner: null,
  items: [],
  sending: false,
  stalled: false,
  waitingForSignIn: false,
  sent: 0,
  nextKey: 1,
};

export type SendQueueAction =
  | { type: 'add'; owner: string; send: Omit<QueuedSend, 'key' | 'problem'> }
  | { type: 'remove'; key: number }
  | { type: 'clear' }
  | { type: 'start' }
  | { type: 'went'; key: number }
  | { type: 'refused'; key: number; problem: string }
  | { type: 'stall' }
  | { type: 'signInNeeded' }
  | { type: 'done' }
  /** The network came back, another account state, or "Prøv igen": a new chance for what waits. */
  | { type: 'resume' }
  | { type: 'dismiss' };

export function sendQueueReducer(state: SendQueueState, action: SendQueueAction): SendQueueState {
  switch (action.type) {
    case 'add': {
      // A queue left by another account is not this one's to send.
      const items = state.owner === action.owner ? state.items : [];
      const item: QueuedSend = { ...action.send, key: state.nextKey, problem: null };
      return { ...state, owner: action.owner, items: [...items, item], sent: 0, nextKey: state.nextKey + 1 };
    }
    case 'remove':
      return { ...state, items: state.items.filter((item) => item.key !== action.key) };
    case 'clear':
      return { ...emptyQueue, nextKey: state.nextKey };
    case 'start':
      return { ...state, sending: true };
    case 'went':
      return state.items.some((item) => item.key === action.key)
        ? { ...state, items: state.items.filter((item) => item.key !== action.key), sent: state.sent + 1 }
        : state;
    case 'refused':
      return {
        ...state,
        items: state.items.map((item) => (item.key === action.key ? { ...item, problem: action.problem } : item)),
      };
    case 'stall':
      return { ...state, sending: false, stalled: true };
    case 'signInNeeded':
      return { ...state, sending: false, waitingForSignIn: true };
    case 'done':
      return { ...state, sending: false };
    case 'resume':
      return state.stalled || state.waitingForSignIn ? { ...state, stalled: false, waitingForSignIn: false } : state;
    case 'dismiss':
      return { ...state, sent: 0 };
  }
}

/** The sends that may still go (not refused). */
export const pendingSends = (state: SendQueueState): QueuedSend[] => state.items.filter((item) => !item.problem);

/** Whether the queue should try now: something to send, a network, and nothing it must wait for. */
export const shouldSend = (state: SendQueueState, online: boolean): boolean =>
  online && !state.sending && !state.stalled && !state.waitingForSignIn && pendingSends(state).length > 0;

/**
 * What a failed send means: the session ended (sign in again), the server refused it (said so, in the
 * server's Danish words), or no answer (wait for the network).
 */
export function sendFailure(
  error: unknown,
): { kind: 'signIn' } | { kind: 'refused'; problem: string } | { kind: 'network' } {
  if (CombinedGraphQLErrors.is(error)) {
    if (error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return { kind: 'signIn' };
    return { kind: 'refused', problem: errorMessage(error) };
  }
  return { kind: 'network' };
}
