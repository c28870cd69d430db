import { formatNumber } from './formatNumber';

/** `1.234.567 kr.`; decimals only when asked for (`1.234,50 kr.`). */
export function formatKroner(value: number, decimals = 0): string {
  return `${formatNumber(value, decimals)} kr.`;
}
