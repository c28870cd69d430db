// Memory for the engine's tables of an index's size (ADR 086): the tables it keeps per index (ranks, concepts'
// flags, document lists, filter tables; each bounded by the engine's own limits) and the buffers it lends.
// V8 counts the memory of an ordinary ArrayBuffer as "external" and starts a full collection of the heap for
// every 64 MB of it allocated since the last one; at 100,000 offers that heap is the index, about 640 MB, and
// the collections the cached tables started while they filled slowed the first searches beside them more
// than the searches' own work. A SharedArrayBuffer's memory is not counted so (V8 leaves shared backing
// stores out of the per-isolate accounting): these tables are allocated there where the runtime has one
// (Node.js; a browser only when cross-origin isolated, and its offline index is small). They are freed as
// any buffer is, when nothing holds them; the caches that hold them are bounded by their own limits.
const Shared: typeof SharedArrayBuffer | undefined =
  typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : undefined;

function memory(bytes: number): ArrayBufferLike {
  return Shared ? new Shared(bytes) : new ArrayBuffer(bytes);
}

export const tableUint8 = (n: number): Uint8Array => new Uint8Array(memory(n));
export const tableUint16 = (n: number): Uint16Array => new Uint16Array(memory(2 * n));
export const tableInt32 = (n: number): Int32Array => new Int32Array(memory(4 * n));
export const tableFloat32 = (n: number): Float32Array => new Float32Array(memory(4 * n));
export const tableFloat64 = (n: number): Float64Array => new Float64Array(memory(8 * n));

/** A table of its own holding a copy of `from`. */
export function tableCopyInt32(from: Int32Array): Int32Array {
  const out = tableInt32(from.length);
  out.set(from);
  return out;
}
