import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { emptyFilters, type SearchFilterValues } from './SearchFilters';

const FILTER_KEYS = Object.keys(emptyFilters) as (keyof SearchFilterValues)[];

/** The filters of a search address (`?q=…&age=…`). */
export function filtersFrom(params: URLSearchParams): SearchFilterValues {
  return {
    ...emptyFilters,
    ...Object.fromEntries(FILTER_KEYS.filter((k) => k !== 'freeOnly' && params.get(k)).map((k) => [k, params.get(k)])),
    freeOnly: params.get('freeOnly') === '1',
  };
}

/** The search page's query string (without "?") for a text and filters. */
export function searchAddress(text: string, filters: SearchFilterValues): string {
  const next = new URLSearchParams();
  if (text) next.set('q', text);
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === true) next.set(key, '1');
    else if (typeof value === 'string' && value) next.set(key, value);
  }
  return next.toString();
}

/**
 * How long the search must rest before the address follows it. Writing the address (history.replaceState
 * and the router's re-render) cost ~20 ms per keystroke on a 4× throttled CPU, on the keystroke's own path
 * before the request went out (ADR 066); a reload or a shared link needs it only once typing rests.
 */
const ADDRESS_REST_MS = 400;

/**
 * Keeps the address (`?q=…`) following `address` once it has rested ADDRESS_REST_MS; the returned flush
 * writes it at once (before a hit is opened, so the browser's Back returns to the same search).
 */
export function useAddressFollows(address: string): () => void {
  const [params, setParams] = useSearchParams();
  const written = params.toString();
  const latest = useRef({ address, written, setParams });
  useEffect(() => {
    latest.current = { address, written, setParams };
  });
  // The browser's path when the page opened (the search page's path does not change while it is mounted).
  const [page] = useState(() => window.location.pathname);
  // The address written when a hit was opened: the page stays mounted while the offer's route loads, and
  // its timer must not put the search back over the offer.
  const opened = useRef<string | null>(null);
  const flush = useCallback(() => {
    const { address: next, written: now, setParams: set } = latest.current;
    // A link (a hit, the menu) may already have pushed another page that is still loading: the router's
    // transition keeps this page rendered meanwhile, and a replace now would put the search back over it.
    if (window.location.pathname !== page || next === opened.current) return;
    if (next !== now) set(new URLSearchParams(next), { replace: true });
  }, [page]);
  // Once the router writes an address again (a hit opened in a new tab, then typing went on), the opened
  // address no longer stands: typing back to it must be written too.
  useEffect(() => {
    opened.current = null;
  }, [written]);
  useEffect(() => {
    if (address === written || address === opened.current) return undefined;
    const timer = setTimeout(flush, ADDRESS_REST_MS);
    return () => clearTimeout(timer);
  }, [address, written, flush]);
  // Opening a hit: the router's own replace, made in the same click as the link's push, was applied after
  // it and put the search back in place of the offer. The browser's entry is rewritten in place instead
  // (its state kept), so the link's push follows it and Back returns to the same search.
  return useCallback(() => {
    const { address: next, written: now } = latest.current;
    opened.current = next;
    if (next === now) return;
    const url = new URL(window.location.href);
    url.search = next;
    window.history.replaceState(window.history.state, '', url);
  }, []);
}

/**
 * The address that was current when `hits` arrived; it changes only with the hits, so memoised hit cards
 * keep their links while the next query is typed.
 */
export function useAddressOfHits(hits: unknown, address: string): string {
  const [pair, setPair] = useState({ hits, address });
  if (pair.hits !== hits) {
    // Adjusting state while rendering (React's pattern for values derived from props): no extra pass.
    const next = { hits, address };
    setPair(next);
    return next.address;
  }
  return pair.address;
}
