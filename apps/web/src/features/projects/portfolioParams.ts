import type { PortfolioFilter, WorkStatus } from '../../__generated__/graphql';

/** Projects per page of the portfolio list. */
export const PAGE_SIZE = 50;

/** The URL parameters of the portfolio list (Danish, as users see them). */
export const FILTER_PARAMS = ['tema', 'ejer', 'status', 'aar', 'opmaerksomhed', 'lukkede'] as const;

const STATUSES: readonly WorkStatus[] = [
  'NOT_STARTED',
  'PLANNED',
  'IN_PROGRESS',
  'AWAITING',
  'DONE',
  'PAUSED',
  'CANCELLED',
];

/** A typed year the API can take: 2000–2100, else none. */
export function yearOf(text: string | null): number | null {
  if (!text || !/^\s*\d{4}\s*$/.test(text)) return null;
  const year = Number(text.trim());
  return year >= 2000 && year <= 2100 ? year : null;
}

/** The API filter the URL's parameters describe. */
export function filterFrom(params: URLSearchParams): PortfolioFilter {
  const filter: PortfolioFilter = {};
  const theme = params.get('tema');
  if (theme) filter.themeId = theme;
  const owner = params.get('ejer');
  if (owner) filter.ownerUnitId = owner;
  const status = params.get('status') as WorkStatus | null;
  if (status && STATUSES.includes(status)) filter.status = [status];
  const year = yearOf(params.get('aar'));
  if (year) filter.year = year;
  if (params.get('opmaerksomhed') === '1') filter.needsAttention = true;
  if (params.get('lukkede') === '1') filter.includeClosed = true;
  return filter;
}

/** The 1-based page in the URL (`side`), 1 when absent or nonsense. */
export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('side'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** Whether any filter is set (the empty state then offers to clear them). */
export function hasFilters(params: URLSearchParams): boolean {
  return FILTER_PARAMS.some((key) => params.get(key));
}

/** The server's Excel export of the portfolio (GET /api/projects/export.xlsx), with the list's filters. */
export function exportHref(params: URLSearchParams): string {
  const query = new URLSearchParams();
  for (const key of FILTER_PARAMS) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return `/api/projects/export.xlsx${text ? `?${text}` : ''}`;
}
