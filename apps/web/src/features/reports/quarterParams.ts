import { previousQuarter, today } from '../../shared';

/** The first year the app has documents for: the strategy 2016–2017. */
export const FIRST_REPORT_YEAR = 2016;

const whole = (text: string | null) => (text && /^\d{1,4}$/.test(text) ? Number(text) : null);

/**
 * The quarter in the address (`?aar=2026&kvartal=4`), else the last finished quarter by the shared clock.
 * What the address names is passed on as it is: the API answers in Danish when it is no finished quarter.
 */
export function chosenQuarter(params: URLSearchParams): { year: number; quarter: number } {
  const fallback = previousQuarter(today());
  return {
    year: whole(params.get('aar')) ?? fallback.year,
    quarter: whole(params.get('kvartal')) ?? fallback.quarter,
  };
}

/** The years the chooser offers: the first report year to this year, newest first. */
export function reportYears(): number[] {
  const last = Number(today().slice(0, 4));
  return Array.from({ length: last - FIRST_REPORT_YEAR + 1 }, (_, i) => last - i);
}

/** Where the PDF of a quarter is fetched (apps/api/src/features/reports/pdfRoute.ts). */
export const pdfHref = (q: { year: number; quarter: number }) =>
  `/api/reports/quarterly.pdf?year=${q.year}&quarter=${q.quarter}`;
