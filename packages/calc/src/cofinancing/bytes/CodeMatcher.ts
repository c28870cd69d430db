/**
 * Finds which of a few known codes (the sectors, contact types, age groups or bases) a CSV cell's bytes
 * spell, without decoding them: candidates are picked by length and the first and last byte, then
 * compared byte by byte, so the answer is exactly that of a Map lookup on the decoded text.
 */
export class CodeMatcher {
  private readonly heads = new Int16Array(32 * 256).fill(-1);
  private readonly next: Int16Array;
  private readonly bytes: Uint8Array[];

  constructor(codes: readonly string[]) {
    const encoder = new TextEncoder();
    this.bytes = codes.map((c) => encoder.encode(c));
    this.next = new Int16Array(codes.length).fill(-1);
    this.bytes.forEach((code, i) => {
      if (code.length === 0 || code.length >= 32) throw new RangeError(`Code "${codes[i]}" cannot be matched`);
      const key = keyOf(code, 0, code.length);
      this.next[i] = this.heads[key] as number;
      this.heads[key] = i;
    });
  }

  /** The index of the code that bytes [start, end) spell, or -1. */
  match(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length <= 0 || length >= 32) return -1;
    for (let i = this.heads[keyOf(bytes, start, end)] as number; i >= 0; i = this.next[i] as number) {
      const code = this.bytes[i] as Uint8Array;
      if (code.length !== length) continue;
      let j = 0;
      while (j < length && code[j] === bytes[start + j]) j++;
      if (j === length) return i;
    }
    return -1;
  }
}

function keyOf(bytes: Uint8Array, start: number, end: number): number {
  return ((end - start) << 8) | ((bytes[start] as number) ^ (bytes[end - 1] as number));
}
