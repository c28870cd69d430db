// Danish number, money and date formats (Retskrivningsordbogen / Sprognævnet conventions):
// thousands separated by '.', decimal comma, dates as d.m.yyyy, quarters as "4. kvt. 2016".

const integer = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** 1234567 -> "1.234.567" */
export function formatNumber(value: number, fractionDigits = 0): string {
  if (fractionDigits === 0) return integer.format(value);
  return new Intl.NumberFormat('da-DK', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** 1234567 -> "1.234.567 kr." */
export function formatKr(value: number): string {
  return `${integer.format(value)} kr.`;
}

/** 2.5 -> "2,5" (at most two decimals) */
export function formatDecimal(value: number): string {
  return decimal.format(value);
}

const copenhagenDay = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
});

/**
 * "2023-04-26" -> "26.4.2023" (a calendar date, as it is); a timestamp or a Date -> the day it was in
 * Copenhagen ("2026-01-14T23:30:00Z", 00:30 local time, -> "15.1.2026"), not the UTC day.
 */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return `${d}.${m}.${y}`;
  }
  const parts = copenhagenDay.formatToParts(typeof value === 'string' ? new Date(value) : value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('day')}.${part('month')}.${part('year')}`;
}

/** (2016, 4) -> "4. kvt. 2016" */
export function formatQuarter(year: number, quarter: number): string {
  return `${quarter}. kvt. ${year}`;
}

/** "1 mio. kr." style for large round amounts in charts' axes. */
export function formatKrShort(value: number): string {
  if (Math.abs(value) >= 1_000_000) return `${decimal.format(value / 1_000_000)} mio. kr.`;
  if (Math.abs(value) >= 1_000) return `${decimal.format(value / 1_000)} t. kr.`;
  return formatKr(value);
}

/** 0.255 -> "25,5 %" (at most one decimal) */
export function formatPercent(fraction: number): string {
  return `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(fraction * 100)} %`;
}

/** 2.5 -> "2,5 år" (one decimal) */
export function formatYears(value: number): string {
  return `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(value)} år`;
}
