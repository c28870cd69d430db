// The one parser of calendar dates a user types: ISO `2027-02-15` and Danish `15.2.2027` (also
// `15.02.2027`). The API's `Date` scalar and the web forms both use it, so a date is parsed and validated
// once, in one place; a day that does not exist (`30.2.2027`) is refused, never rolled over to March.

export type DateProblem = 'DATE_FORMAT' | 'DATE_DOES_NOT_EXIST';
export type ParsedDate = { ok: true; iso: string } | { ok: false; problem: DateProblem };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DANISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a typed date; the ISO form `yyyy-mm-dd` of the day, or what is wrong with the text. */
export function parseCalendarDate(text: string): ParsedDate {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const danish = iso ? null : DANISH.exec(trimmed);
  if (!iso && !danish) return { ok: false, problem: 'DATE_FORMAT' };
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : [Number(danish?.[3]), Number(danish?.[2]), Number(danish?.[1])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: 'DATE_DOES_NOT_EXIST' };
  }
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** The UTC midnight a calendar date is stored as (PostgreSQL `date` through Prisma). */
export function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A stored calendar date (UTC midnight) as `yyyy-mm-dd`. */
export function dateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar day n days after (n < 0: before) an ISO day: "2026-12-31", 1 -> "2027-01-01". */
export function shiftDay(iso: string, n: number): string {
  const d = isoToDate(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return dateToIso(d);
}
