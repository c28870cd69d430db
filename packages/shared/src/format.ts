// Danish number, money, date and time formats (Retskrivningsordbogen / Sprognævnet conventions):
// thousands separated by '.', decimal comma, dates as d.m.yyyy, times as 14.05, quarters as
// "4. kvt. 2016". Numbers come from Intl's da-DK locale; every date and time is the one in Copenhagen
// (Europe/Copenhagen), whatever the time zone of the machine that formats it. Zod-free: the browser
// imports this file directly.

const TIME_ZONE = 'Europe/Copenhagen';
// signDisplay 'negative': a value that rounds to zero is "0", never "-0".
const integer = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0, signDisplay: 'negative' });
const decimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2, signDisplay: 'negative' });
const fixed = new Map<number, Intl.NumberFormat>();

function withDigits(fractionDigits: number): Intl.NumberFormat {
  let format = fixed.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('da-DK', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      signDisplay: 'negative',
    });
    fixed.set(fractionDigits, format);
  }
  return format;
}

const upToDigits = new Map<number, Intl.NumberFormat>();
function upTo(maxFractionDigits: number): Intl.NumberFormat {
  let format = upToDigits.get(maxFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('da-DK', { maximumFractionDigits: maxFractionDigits, signDisplay: 'negative' });
    upToDigits.set(maxFractionDigits, format);
  }
  return format;
}

/** 1234567 -> "1.234.567"; (2.5, 1) -> "2,5"; -1234 -> "-1.234" (a hyphen-minus, as Intl da-DK writes it). */
export function formatNumber(value: number, fractionDigits = 0): string {
  return fractionDigits === 0 ? integer.format(value) : withDigits(fractionDigits).format(value);
}

/**
 * 1234567 -> "1.234.567 kr."; (1234567.89, 2) -> "1.234.567,89 kr."; -1234 -> "-1.234 kr.". The same
 * as Intl's da-DK DKK currency format, but with an ordinary space before "kr." (Intl writes a no-break
 * space), as the project's texts and tests write it.
 */
export function formatKr(value: number, fractionDigits = 0): string {
  return `${formatNumber(value, fractionDigits)} kr.`;
}

/** 2.5 -> "2,5"; 2 -> "2" (at most two decimals, or as many as asked for). */
export function formatDecimal(value: number, maxFractionDigits = 2): string {
  return maxFractionDigits === 2 ? decimal.format(value) : upTo(maxFractionDigits).format(value);
}

/** "1 mio. kr." style for large round amounts in charts' axes. */
export function formatKrShort(value: number): string {
  if (Math.abs(value) >= 1_000_000) return `${decimal.format(value / 1_000_000)} mio. kr.`;
  if (Math.abs(value) >= 1_000) return `${decimal.format(value / 1_000)} t. kr.`;
  return formatKr(value);
}

/** 0.255 -> "25,5 %" (at most one decimal) */
export function formatPercent(fraction: number): string {
  return `${formatDecimal(fraction * 100, 1)} %`;
}

/** 2.5 -> "2,5 år" (one decimal) */
export function formatYears(value: number): string {
  return `${formatDecimal(value, 1)} år`;
}

const copenhagen = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of an instant on the wall clock in Copenhagen. */
export function copenhagenParts(value: string | Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const parts = copenhagen.formatToParts(typeof value === 'string' ? new Date(value) : value);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

function calendarDay(value: string | Date): { year: number; month: number; day: number } {
  const date = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  if (date) return { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
  return copenhagenParts(value);
}

/**
 * "2023-04-26" -> "26.4.2023" (a calendar date, as it is); a timestamp or a Date -> the day it was in
 * Copenhagen ("2026-01-14T23:30:00Z", 00:30 local time, -> "15.1.2026"), not the UTC day.
 */
export function formatDate(value: string | Date): string {
  const { year, month, day } = calendarDay(value);
  return `${day}.${month}.${year}`;
}

const two = (n: number) => String(n).padStart(2, '0');

/** A timestamp -> its time of day in Copenhagen, "00.30" (Danish writes a dot between hours and minutes). */
export function formatTime(value: string | Date): string {
  const { hour, minute } = copenhagenParts(value);
  return `${two(hour)}.${two(minute)}`;
}

/** A timestamp -> "15.1.2026 kl. 00.30", day and time in Copenhagen. */
export function formatDateTime(value: string | Date): string {
  return `${formatDate(value)} kl. ${formatTime(value)}`;
}

/**
 * A clock time as schedules and meetings store it, "16:30" (HH:MM, also in GraphQL and the forms), as Danish
 * writes it, "16.30" (Retskrivningsordbogen: a full stop between hours and minutes). Other text as it is.
 */
export function formatClock(hhmm: string): string {
  return hhmm.replace(/^(\d{1,2}):(\d{2})$/, '$1.$2');
}

/** A session's or a meeting's times: "kl. 16.30–18.00", "kl. 16.30" without an end, "" without a start. */
export function formatClockRange(from: string | null | undefined, to?: string | null): string {
  if (!from) return '';
  return to ? `kl. ${formatClock(from)}–${formatClock(to)}` : `kl. ${formatClock(from)}`;
}

/** (2016, 4) -> "4. kvt. 2016" */
export function formatQuarter(year: number, quarter: number): string {
  return `${quarter}. kvt. ${year}`;
}

/** The quarter a calendar date or an instant falls in, in Copenhagen: "2026-12-31T23:30:00Z" -> 1st of 2027. */
export function quarterOf(value: string | Date): { year: number; quarter: number } {
  const { year, month } = calendarDay(value);
  return { year, quarter: Math.ceil(month / 3) };
}

/** A number as the forms' inputs show it, for parseDanishInput to read back: "1.200.000", "3,5". */
export function formatInputNumber(value: number): string {
  return formatDecimal(value, 6);
}
