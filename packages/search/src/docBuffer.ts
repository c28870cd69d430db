// A list of document numbers being filled during a search, in a typed array that doubles when full
// (ADR 082). Pushing tens of thousands of numbers onto a plain array cost several times the loop that found
// them at 100,000 offers (7–9 ms against 0.2–1.3 ms for 54,000 documents): the array grows through the
// garbage-collected heap, while a typed array's store lies outside it and grows by one copy. Stores outgrown
// or released are kept for the next buffers (a first search fills hundreds of lists, and making a typed
// array costs more than making a plain one).
import { tableCopyInt32, tableInt32 } from './tableMemory';
const NONE: Int32Array = new Int32Array(0);
/** Spare stores, at most this many (at 100,015 offers a store is at most 131,072 documents, 512 kB). */
const MAX_SPARE = 16;
const spare: Int32Array[] = [];

/** The smallest spare store that holds `atLeast` documents, or a new one. */
function store(atLeast: number): Int32Array {
  let best = -1;
  for (let i = 0; i < spare.length; i++) {
    const length = (spare[i] as Int32Array).length;
    if (length >= atLeast && (best < 0 || length < (spare[best] as Int32Array).length)) best = i;
  }
  if (best < 0) return tableInt32(atLeast);
  const s = spare[best] as Int32Array;
  spare[best] = spare[spare.length - 1] as Int32Array;
  spare.pop();
  return s;
}

function recycle(s: Int32Array): void {
  if (s === NONE) return;
  if (spare.length < MAX_SPARE) spare.push(s);
  else {
    // Keep the larger stores: a small one is cheap to make again.
    let smallest = 0;
    for (let i = 1; i < spare.length; i++)
      if ((spare[i] as Int32Array).length < (spare[smallest] as Int32Array).length) smallest = i;
    if ((spare[smallest] as Int32Array).length < s.length) spare[smallest] = s;
  }
}

export class DocBuffer {
  // No store until the first push: many lists a search fills (a rare lexeme's) stay empty.
  private store: Int32Array = NONE;
  length = 0;
  push(doc: number): void {
    if (this.length === this.store.length) this.grow();
    this.store[this.length++] = doc;
  }
  private grow(): void {
    const grown = store(Math.max(64, this.store.length * 2));
    grown.set(this.store.subarray(0, this.length));
    recycle(this.store);
    this.store = grown;
  }
  /** The documents pushed so far, as a view of the store (valid until the next push or `release`). */
  view(): Int32Array {
    return this.store.subarray(0, this.length);
  }
  /** The documents pushed so far, as an array of their own. */
  copy(): Int32Array {
    return tableCopyInt32(this.view());
  }
  /** Gives the store back for other buffers; this one is empty after (no view of it may be read again). */
  release(): void {
    recycle(this.store);
    this.store = NONE;
    this.length = 0;
  }
}

/**
 * One instance kept for the module's life (ADR 089): V8 holds a class's hidden class (map) only weakly, from
 * its constructor's transitions, so with no instance alive through a full collection (between searches) the
 * map is collected and every optimized function that checked it is thrown away ("weak objects" in
 * `--trace-deopt`), to run unoptimized in the next searches until it is optimized again.
 */
export const keptDocBuffer = new DocBuffer();
