// Danish number, money and date formats (Retskrivningsordbogen / Sprognævnet conventions):
// thousands separated by '.', decimal comma, dates as d.m.yyyy, quarters as "4. kvt. 2016".

const integer = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** 1234567 -> "1.234.567" */
export function formatNumber(value: number, fractionDigits = 0): string {
  if (fractionDigits === 0) return integer.format(value);
  return new Intl.NumberFormat('da-DK', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** 1234567 -> "1.234.567 kr." */
export function formatKr(value: number): string {
  return `${integer.format(value)} kr.`;
}

/** 2.5 -> "2,5" (at most two decimals) */
export function formatDecimal(value: number): string {
  return decimal.format(value);
}

/** "2023-04-26" or a Date -> "26.4.2023" */
export function formatDate(value: string | Date): string {
  const iso = typeof value === 'string' ? value : value.toISOString();
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d}.${m}.${y}`;
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
