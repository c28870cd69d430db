// Buffers lent for the length of one step of a search (ADR 085), instead of new typed arrays of the
// candidates' or the index's size each time: at 100,000 offers a pass of first searches allocated about
// 600 MB outside V8's heap, and every 64 MB of it started a full collection of the heap (about 640 MB of
// index), which slowed the searches it ran beside more than their own work did. The engine is synchronous
// and never reentrant, so one buffer per use suffices; each use owns its slot, and what it returns from one
// is valid until that use runs again (named where it is returned).
const int32 = new Map<string, Int32Array<ArrayBuffer>>();
const float64 = new Map<string, Float64Array<ArrayBuffer>>();
const uint8 = new Map<string, Uint8Array<ArrayBuffer>>();
const uint16 = new Map<string, Uint16Array<ArrayBuffer>>();

function lend<
  T extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Uint16Array<ArrayBuffer>,
>(slots: Map<string, T>, slot: string, n: number, make: (n: number) => T): T {
  let buffer = slots.get(slot);
  if (!buffer || buffer.length < n) slots.set(slot, (buffer = make(Math.max(n, 2 * (buffer?.length ?? 0), 256))));
  return buffer.subarray(0, n) as T;
}

/** `n` numbers of the slot's buffer, as the last user of the slot left them. */
export const scratchInt32 = (slot: string, n: number): Int32Array<ArrayBuffer> =>
  lend(int32, slot, n, (k) => new Int32Array(k));
export const scratchFloat64 = (slot: string, n: number): Float64Array<ArrayBuffer> =>
  lend(float64, slot, n, (k) => new Float64Array(k));
export const scratchUint8 = (slot: string, n: number): Uint8Array<ArrayBuffer> =>
  lend(uint8, slot, n, (k) => new Uint8Array(k));
/** `n` counters of the slot's buffer, set to 0. */
export const zeroedUint16 = (slot: string, n: number): Uint16Array<ArrayBuffer> =>
  lend(uint16, slot, n, (k) => new Uint16Array(k)).fill(0);
