/**
 * Interns short byte sequences (the repeated text cells of an activity file: municipality code,
 * sector, contact type, age group, diagnosis group) so each distinct value is decoded to a string
 * once, not once per line. Open addressing over a hash of the bytes; a hit is confirmed byte by byte,
 * so a collision can never return another value.
 */
const MAX_ENTRIES = 1 << 16;
const MAX_KEY_BYTES = 256;
const MAX_PROBE = 32;

export class ByteDictionary {
  private slots = new Int32Array(1 << 10).fill(-1);
  private mask = (1 << 10) - 1;
  private pool = new Uint8Array(1 << 12);
  private poolUsed = 0;
  private offsets = new Int32Array(256);
  private lengths = new Int32Array(256);
  private hashes = new Int32Array(256);
  private readonly strings: string[] = [];
  private size = 0;

  /**
   * The entry of bytes [start, end), added if new; -1 when the value is too long or the dictionary is
   * full (a column of mostly distinct values), so the caller decodes it itself.
   */
  lookup(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length > MAX_KEY_BYTES) return -1;
    let hash = 0x811c9dc5 ^ length;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
    let slot = hash & this.mask;
    // A bounded probe: values whose hashes collide beyond it are decoded by the caller, so no file
    // can make the lookups quadratic.
    for (let probe = 0; ; probe++) {
      const entry = this.slots[slot] as number;
      if (entry < 0) break;
      if (this.hashes[entry] === hash && this.lengths[entry] === length && this.same(entry, bytes, start, length))
        return entry;
      if (probe === MAX_PROBE) return -1;
      slot = (slot + 1) & this.mask;
    }
    if (this.size >= MAX_ENTRIES) return -1;
    return this.add(bytes, start, end, hash, slot);
  }

  /** The decoded text of an entry. */
  text(entry: number): string {
    return this.strings[entry] as string;
  }

  private same(entry: number, bytes: Uint8Array, start: number, length: number): boolean {
    const offset = this.offsets[entry] as number;
    for (let i = 0; i < length; i++) if (this.pool[offset + i] !== bytes[start + i]) return false;
    return true;
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number, slot: number): number {
    const entry = this.size++;
    const length = end - start;
    if (entry === this.offsets.length) {
      this.offsets = grow(this.offsets);
      this.lengths = grow(this.lengths);
      this.hashes = grow(this.hashes);
    }
    while (this.poolUsed + length > this.pool.length) this.pool = grow(this.pool);
    this.pool.set(bytes.subarray(start, end), this.poolUsed);
    this.offsets[entry] = this.poolUsed;
    this.lengths[entry] = length;
    this.hashes[entry] = hash;
    this.poolUsed += length;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, length).toString('utf8');
    this.strings.push(text);
    this.slots[slot] = entry;
    if (this.size * 2 > this.slots.length) this.rehash();
    return entry;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let entry = 0; entry < this.size; entry++) {
      let slot = (this.hashes[entry] as number) & this.mask;
      while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = entry;
    }
  }
}

function grow<T extends Int32Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
