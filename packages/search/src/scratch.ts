// Buffers lent for the length of one step of a search (ADR 085), instead of new typed arrays of the
// candidates' or the index's size each time: at 100,000 offers a pass of first searches allocated about
// 600 MB outside V8's heap, and every 64 MB of it started a full collection of the heap (about 640 MB of
// index), which slowed the searches it ran beside more than their own work did. The engine is synchronous
// and never reentrant, so one buffer per use suffices; each use owns its slot, and what it returns from one
// is valid until that use runs again (named where it is returned).
import { tableFloat64, tableInt32, tableUint16, tableUint8 } from './tableMemory';
const int32 = new Map<string, Int32Array>();
const float64 = new Map<string, Float64Array>();
const uint8 = new Map<string, Uint8Array>();
const uint16 = new Map<string, Uint16Array>();

function lend<T extends Int32Array | Float64Array | Uint8Array | Uint16Array>(
  slots: Map<string, T>,
  slot: string,
  n: number,
  make: (n: number) => T,
): T {
  let buffer = slots.get(slot);
  if (!buffer || buffer.length < n) slots.set(slot, (buffer = make(Math.max(n, 2 * (buffer?.length ?? 0), 256))));
  return buffer.subarray(0, n) as T;
}

/** `n` numbers of the slot's buffer, as the last user of the slot left them. */
export const scratchInt32 = (slot: string, n: number): Int32Array => lend(int32, slot, n, (k) => tableInt32(k));
export const scratchFloat64 = (slot: string, n: number): Float64Array => lend(float64, slot, n, (k) => tableFloat64(k));
export const scratchUint8 = (slot: string, n: number): Uint8Array => lend(uint8, slot, n, (k) => tableUint8(k));
/** `n` counters of the slot's buffer, set to 0. */
export const zeroedUint16 = (slot: string, n: number): Uint16Array =>
  lend(uint16, slot, n, (k) => tableUint16(k)).fill(0);
