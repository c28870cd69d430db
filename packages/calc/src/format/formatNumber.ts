/**
 * Danish number format: "." groups thousands, "," marks decimals (docs/reference/style.md: `1.234.567 kr.`).
 * Written by hand rather than with Intl so the output does not depend on the ICU data Node ships.
 */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0 && Math.abs(value) >= 0.5 * 10 ** -decimals;
  const fixed = Math.abs(value).toFixed(decimals);
  const [integerPart = '', fraction] = fixed.split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}
