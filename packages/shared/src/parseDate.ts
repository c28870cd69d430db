// The Danish date parser for forms and files: "15.2.2027", "15.02.2027" and "2027-02-15" are all the
// calendar date "2027-02-15". A date that does not exist (30.2.2027, 29.2.2026) is refused, not rolled
// over into the next month as Date would. Zod-free: the browser imports this file directly.

const DANISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "15.2.2027" or "2027-02-15" -> "2027-02-15"; null when the text is not a date that exists. */
export function parseDanishDate(text: string): string | null {
  const s = text.trim();
  const danish = DANISH.exec(s);
  const iso = danish ? null : ISO.exec(s);
  if (!danish && !iso) return null;
  const [year, month, day] = danish
    ? [Number(danish[3]), Number(danish[2]), Number(danish[1])]
    : [Number(iso![1]), Number(iso![2]), Number(iso![3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
