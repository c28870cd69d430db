import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { ME_QUERY } from '../../auth/useViewer';
import {
  emptyQueue,
  pendingSends,
  sendFailure,
  sendQueueReducer,
  shouldSend,
  type QueuedSend,
  type SendQueueAction,
  type SendQueueState,
} from './sendQueue';
import { sendToCitizen } from './sendToCitizen';
import { useOnline } from './useOnline';

export interface SendQueue {
  state: SendQueueState;
  online: boolean;
  add: (owner: string, send: Omit<QueuedSend, 'key' | 'problem'>) => void;
  remove: (key: number) => void;
  /** "Ryd kø": forgets every queued address at once. */
  clear: () => void;
  /** "Prøv igen" after the server did not answer. */
  retry: () => void;
  dismiss: () => void;
}

const SendQueueContext = createContext<SendQueue | null>(null);

/** The queue, or null outside the app's provider (a page rendered alone in a test). */
export function useSendQueue(): SendQueue | null {
  return useContext(SendQueueContext);
}

/** The signed-in account's id, asking the server when the cache does not know (after an offline start). */
async function signedIn(client: ApolloClient, known: string | null): Promise<string | null> {
  if (known) return known;
  const { data } = await client.query({ query: ME_QUERY, fetchPolicy: 'network-only' });
  return data?.me?.id ?? null;
}

/** Sends what waits, one by one, while the network and the session hold; the reducer records each outcome. */
async function flush(
  client: ApolloClient,
  state: SendQueueState,
  meId: string | null,
  current: () => QueuedSend[],
  dispatch: (action: SendQueueAction) => void,
): Promise<void> {
  dispatch({ type: 'start' });
  let me: string | null;
  try {
    me = await signedIn(client, meId);
  } catch {
    dispatch({ type: 'stall' });
    return;
  }
  if (!me) {
    dispatch({ type: 'signInNeeded' });
    return;
  }
  if (me !== state.owner) {
    dispatch({ type: 'clear' }); // another account is signed in: the queue was not theirs
    return;
  }
  for (const item of pendingSends(state)) {
    if (!current().some((waiting) => waiting.key === item.key)) continue; // removed meanwhile
    try {
      await sendToCitizen(client, item);
      dispatch({ type: 'went', key: item.key });
    } catch (error) {
      const failure = sendFailure(error);
      if (failure.kind === 'refused') {
        dispatch({ type: 'refused', key: item.key, problem: failure.problem });
        continue;
      }
      if (failure.kind === 'signIn') {
        dispatch({ type: 'signInNeeded' });
        // The app shows the sign-in page; the queue goes once the worker has signed in again.
        client.cache.writeQuery({ query: ME_QUERY, data: { me: null } });
      } else dispatch({ type: 'stall' });
      return;
    }
  }
  dispatch({ type: 'done' });
}

/**
 * Holds the offline send queue for the whole app (above the routes, so it outlives the sign-in page) in
 * React state only. It sends when the browser is online and the queue's account is signed in.
 */
export function SendQueueProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const online = useOnline();
  // Only what the app already knows: no request of its own until there is something to send.
  const meId = useQuery(ME_QUERY, { fetchPolicy: 'cache-only' }).data?.me?.id ?? null;
  const [state, dispatch] = useReducer(sendQueueReducer, emptyQueue);
  // What a round reads when it starts and while it runs (a removed send is skipped).
  const latest = useRef({ state, meId });
  useEffect(() => {
    latest.current = { state, meId };
  }, [state, meId]);

  useEffect(() => {
    if (meId && state.owner && meId !== state.owner) dispatch({ type: 'clear' });
  }, [meId, state.owner]);

  // A new chance: the network came back, or an account signed in (not when the session just ended).
  useEffect(() => {
    if (online) dispatch({ type: 'resume' });
  }, [online]);
  useEffect(() => {
    if (meId) dispatch({ type: 'resume' });
  }, [meId]);

  // Only a change of `go` starts a round (a round's own 'start' turns it off until the round ends).
  const go = shouldSend(state, online);
  useEffect(() => {
    if (!go) return;
    const { state: start, meId: known } = latest.current;
    void flush(client, start, known, () => latest.current.state.items, dispatch);
  }, [go, client]);

  const add = useCallback(
    (owner: string, send: Omit<QueuedSend, 'key' | 'problem'>) => dispatch({ type: 'add', owner, send }),
    [],
  );
  const value = useMemo<SendQueue>(
    () => ({
      state,
      online,
      add,
      remove: (key) => dispatch({ type: 'remove', key }),
      clear: () => dispatch({ type: 'clear' }),
      retry: () => dispatch({ type: 'resume' }),
      dismiss: () => dispatch({ type: 'dismiss' }),
    }),
    [state, online, add],
  );
  return <SendQueueContext.Provider value={value}>{children}</SendQueueContext.Provider>;
}
