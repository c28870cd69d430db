/**
 * Number parsing straight from the bytes of a CSV cell, for the shapes that dominate an activity
 * file. Each function returns exactly what the string parsers (Number, parseDanishNumber) return for
 * that shape, or NOT_PLAIN when the cell has another shape and the string path must decide.
 */
export const NOT_PLAIN = -1;

/** Plain digits, at most 15 of them (exact in a double, as Number() gives); otherwise NOT_PLAIN. */
export function digitsAt(bytes: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return NOT_PLAIN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = (bytes[i] as number) - 48;
    if (c < 0 || c > 9) return NOT_PLAIN;
    value = value * 10 + c;
  }
  return value;
}

/**
 * A non-negative amount as parseDanishNumber reads it when the cell is plain digits, or a digit first
 * and a decimal comma ("12.345,50", dots only as thousands separators: the arithmetic of
 * parseDanishDecimal in packages/shared/src/parseNumber.ts, on bytes, in one pass). NOT_PLAIN for
 * every other cell, valid or not (signs, spaces, a decimal point, an exponent, misplaced dots), which
 * the string path then reads.
 */
export function danishAmountAt(bytes: Uint8Array, start: number, end: number): number {
  if (end <= start) return NOT_PLAIN;
  let value = 0;
  let sinceDot = -1;
  let i = start;
  for (; i < end; i++) {
    const c = bytes[i] as number;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      if (sinceDot >= 0) sinceDot++;
    } else if (c === 44) break;
    else if (c === 46) {
      const at = i - start;
      if (sinceDot === 0 || (sinceDot > 0 && sinceDot !== 3) || (sinceDot === -1 && (at === 0 || at > 3)))
        return NOT_PLAIN;
      sinceDot = 0;
    } else return NOT_PLAIN;
  }
  if (i === end) return sinceDot === -1 && end - start <= 15 ? value : NOT_PLAIN;
  if (i === start || (sinceDot >= 0 && sinceDot !== 3)) return NOT_PLAIN;
  let fraction = 0;
  let scale = 1;
  for (i++; i < end; i++) {
    const c = (bytes[i] as number) - 48;
    if (c < 0 || c > 9) return NOT_PLAIN;
    fraction = fraction * 10 + c;
    scale *= 10;
  }
  return scale === 1 ? value : (value * scale + fraction) / scale;
}
