import { useCallback, useEffect, useRef } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { fold } from '../../../shared';
import { REPORT_SEARCH_NOT_OPENED_MUTATION } from './searchMissQueries';

/**
 * Whether `next` starts a new search rather than refining `previous` as the worker types or deletes
 * ("rygest" → "rygestop" refines; "rygestop" → "gigt" is new). Compared folded, word by word prefix.
 */
export function isNewSearch(previous: string, next: string): boolean {
  const a = fold(previous).trim();
  const b = fold(next).trim();
  return !(a.startsWith(b) || b.startsWith(a));
}

/**
 * Learning from searches where nothing is opened (issue 11, ADR 054): `shownText` is the text whose hits
 * are on screen (null while none are). When the worker leaves the search page, or starts a new search,
 * without opening a hit of the previous one, its text is reported once; the server keeps only its
 * lexicon and vocabulary words, counted per municipality and day, never who searched. Returns the
 * function to call when a hit is opened. A report that fails is lost (it is a help, not a record).
 */
export function useNotOpenedReport(shownText: string | null): () => void {
  const client = useApolloClient();
  const pending = useRef<string | null>(null);
  const clientRef = useRef(client);
  clientRef.current = client;

  const send = useCallback((text: string) => {
    void clientRef.current
      .mutate({ mutation: REPORT_SEARCH_NOT_OPENED_MUTATION, variables: { text } })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    const text = shownText?.trim();
    if (!text) return;
    const previous = pending.current;
    if (previous && isNewSearch(previous, text)) send(previous);
    pending.current = text;
  }, [shownText, send]);

  useEffect(
    () => () => {
      if (pending.current) send(pending.current);
      pending.current = null;
    },
    [send],
  );

  return useCallback(() => {
    pending.current = null;
  }, []);
}
