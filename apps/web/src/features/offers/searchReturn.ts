// "Tilbage til søgningen" (issue 12): the offer page's address carries the search it was opened from
// (the search page's own query string, `?q=…&needCategory=…`, in one parameter), so the way back shows
// the same query and filters, after a reload or on a shared link too.
const PARAM = 'fra';

/** The address of a page under /tilbud (`path`) opened from the search whose query string is `search`. */
export function pageFromSearch(path: string, search: string): string {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query ? `${path}?${new URLSearchParams({ [PARAM]: query }).toString()}` : path;
}

/** The address of an offer opened from the search whose query string is `search` ("?q=…" or ""). */
export function offerFromSearch(id: string, search: string, sub = ''): string {
  return pageFromSearch(`/tilbud/${id}${sub}`, search);
}

/** The search to go back to: only a query string under /tilbud, never another path. */
export function searchFromOffer(params: URLSearchParams): string {
  const query = new URLSearchParams(params.get(PARAM) ?? '').toString();
  return query ? `/tilbud?${query}` : '/tilbud';
}

/** The search an offer page was opened from, as the query string to pass on to its own links. */
export const passSearch = (params: URLSearchParams): string => params.get(PARAM) ?? '';

/** A page's address in a language of the hand-out's list (`sprog=ar`); Danish ('') as it is. */
export function withLanguage(path: string, language: string): string {
  if (!language) return path;
  return `${path}${path.includes('?') ? '&' : '?'}sprog=${encodeURIComponent(language)}`;
}
