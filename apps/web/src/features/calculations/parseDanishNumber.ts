/**
 * A number as a Danish user types it: "2,5", "1.200.000", "1.234,50"; also "2.5". Null when it is
 * not a number. (The calc package has its own parser, but its module graph is not for the browser.)
 */
export function parseDanishNumber(text: string): number | null {
  const t = text.replace(/\s/g, '').replace(/^−/, '-');
  let normal: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(t)) normal = t.replace(',', '.');
  else if (/^-?\d+\.\d+$/.test(t)) normal = t;
  else return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

const inputFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 6 });

/** A number as the inputs show it: "1.200.000", "3,5". */
export function formatInputNumber(value: number): string {
  return inputFormat.format(value);
}
