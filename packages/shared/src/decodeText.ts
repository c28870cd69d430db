// A CSV file's bytes to text (issue 12): Excel on Danish Windows saves "CSV (semikolonsepareret)" in
// Windows-1252, not UTF-8, and reading those bytes as UTF-8 garbles every æ, ø and å ("M�lgrupper").
// A file that is valid UTF-8 (with or without BOM) is read as UTF-8; any other is read as Windows-1252,
// which maps every byte to a character, so it can always be read (and a wrong guess shows in the header).

/**
 * Windows-1252's characters at 0x80–0x9F (WHATWG Encoding); 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay as they
 * are. Node 20's decoder reads those bytes as Latin-1 control characters, so they are mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The WHATWG TextDecoder of browsers and Node (this package is built without DOM or Node types). */
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(bytes: Uint8Array): string };

export type TextEncodingName = 'utf-8' | 'windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252')
      .decode(bytes)
      .replace(/[\u0080-\u009f]/g, (c: string) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
    return { text, encoding: 'windows-1252' };
  }
}

/** A text that was read as UTF-8 from bytes that were not (the replacement character stands for them). */
export const hasUndecodableBytes = (text: string): boolean => text.includes('\uFFFD');
