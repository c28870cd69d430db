// The one Danish number parser: CSV imports (the one-million-row activity import spends its time
// here, so the common shapes are parsed without regular expressions or copies), the offer CSV and the
// number inputs of the forms. Zod-free: the browser imports this file directly.

/**
 * Parses a number as written in a Danish or an international CSV export. Returns NaN when the text
 * is not a number.
 *
 * - A comma is always the decimal mark ("1.234,50", "12,5"); dots are then thousands separators.
 * - Without a comma, dots in the shape "1.234.567" are thousands separators when `danishDots` is set
 *   (semicolon-separated files as Danish Excel writes them, and what a Danish user types); otherwise a
 *   dot is a decimal point. "2.5" is 2,5 either way.
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

/**
 * "12.345,50" without regular expressions or replaced copies: the shape of every tariff in a Danish
 * export. NaN when the text has another shape.
 */
function parseDanishDecimal(s: string): number {
  const comma = s.indexOf(',');
  let value = 0;
  let sinceDot = -1;
  for (let i = 0; i < comma; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (sinceDot === 0 || (sinceDot > 0 && sinceDot !== 3) || (sinceDot === -1 && (i === 0 || i > 3)))
        return Number.NaN;
      sinceDot = 0;
    } else if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      if (sinceDot >= 0) sinceDot++;
    } else return Number.NaN;
  }
  if (comma === 0 || (sinceDot >= 0 && sinceDot !== 3)) return Number.NaN;
  let fraction = 0;
  let scale = 1;
  for (let i = comma + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return Number.NaN;
    fraction = fraction * 10 + (c - 48);
    scale *= 10;
  }
  // Integer arithmetic until the one division keeps "1.234,50" exactly equal to 1234.5.
  return scale === 1 ? value : (value * scale + fraction) / scale;
}

export function parseDanishNumber(text: string, danishDots = true): number {
  if (isDigits(text)) return Number(text);
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57 && text.includes(',')) return parseDanishDecimal(text);
  const s = text.trim();
  if (s === '') return Number.NaN;
  if (s.includes(',')) {
    if (!WITH_COMMA.test(s)) return Number.NaN;
    return Number(s.replace(/\./g, '').replace(',', '.'));
  }
  if (danishDots && DANISH_GROUPED.test(s)) return Number(s.replace(/\./g, ''));
  return PLAIN.test(s) ? Number(s) : Number.NaN;
}

/**
 * A number as a Danish user types it in a form: "2,5", "1.200.000", "1 200 000", "−3" (a typographic
 * minus, as copied from a document). Null when it is not a finite number, or written with an exponent.
 */
export function parseDanishInput(text: string): number | null {
  const s = text.replace(/\s/g, '').replace(/^\u2212/, '-');
  if (/[eE]/.test(s)) return null;
  const value = parseDanishNumber(s, true);
  return Number.isFinite(value) ? value : null;
}

/**
 * A price in kroner as typed in a form: "1.234" or "1234" -> 1234, "250 kr." -> 250, "1.234,50" -> 1234.5
 * (the schema then says that øre are not allowed), "" -> null, anything else -> NaN.
 */
export function parseKronerInput(text: string): number | null {
  const s = text.trim().replace(/\s*kr\.?$/i, '');
  if (s === '') return null;
  return parseDanishInput(s) ?? Number.NaN;
}
