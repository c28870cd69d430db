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
 * Learning from searches where nothing is opened (issue 11, ADR 054). `settledText` is the text searched
 * now, `hitsShown` whether its hits are on screen. When the worker starts a new search, or leaves the
 * search page, without opening a hit of a search whose hits were shown, that search's text is reported
 * once; the server keeps only its lexicon and vocabulary words, counted per municipality and day, never
 * who searched. Returns the function to call when a hit is opened. A failed report is lost (a help, not
 * a record); closing the browser tab reports nothing.
 */
export function useNotOpenedReport(settledText: string | null, hitsShown: boolean): () => void {
  const client = useApolloClient();
  const pending = useRef<string | null>(null);
  const clientRef = useRef(client);
  clientRef.current = client;

  const send = useCallback((text: string) => {
    void clientRef.current
      // 'no-cache': the search text may hold what the citizen said; not kept in Apollo's cache.
      .mutate({ mutation: REPORT_SEARCH_NOT_OPENED_MUTATION, variables: { text }, fetchPolicy: 'no-cache' })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    const text = settledText?.trim() ?? '';
    const previous = pending.current;
    // An emptied box decides nothing yet: the next text is a refinement or a new search.
    if (previous && text && isNewSearch(previous, text)) {
      send(previous);
      pending.current = null;
    }
    if (text && hitsShown) pending.current = text;
  }, [settledText, hitsShown, send]);

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
