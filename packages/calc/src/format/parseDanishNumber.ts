/**
 * Parses a number as written in a Danish or an international CSV export. Returns NaN when the text
 * is not a number.
 *
 * - A comma is always the decimal mark ("1.234,50", "12,5"); dots are then thousands separators.
 * - Without a comma, dots in the shape "1.234.567" are thousands separators when `danishDots` is set
 *   (semicolon-separated files, as Danish Excel writes them); otherwise a dot is a decimal point.
 */
const DANISH_GROUPED = /^-?\d{1,3}(\.\d{3})+$/;
const PLAIN = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const WITH_COMMA = /^-?(\d{1,3}(\.\d{3})*|\d+),\d*$/;

/** Plain digits only: the common case, parsed without a regular expression. */
function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

export function parseDanishNumber(text: string, danishDots: boolean): number {
  if (isDigits(text)) return Number(text);
  const s = text.trim();
  if (s === '') return Number.NaN;
  if (s.includes(',')) {
    if (!WITH_COMMA.test(s)) return Number.NaN;
    return Number(s.replace(/\./g, '').replace(',', '.'));
  }
  if (danishDots && DANISH_GROUPED.test(s)) return Number(s.replace(/\./g, ''));
  return PLAIN.test(s) ? Number(s) : Number.NaN;
}
