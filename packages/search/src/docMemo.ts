// A prepared concept's memo of best matches (ADR 080): per document asked, the score and the kind of its best
// match, in an open-addressed table of typed arrays (ADR 082). Two Maps held the same before: a first search
// that scored ten thousand hits in full ("kaster op efter maden" at 100,015 offers) spent 15 % of its time
// inserting into them, and each score was a number object the collector then walked.
const EMPTY = 0;

export class DocMemo {
  /** Per slot, the document + 1 (0: empty). */
  private docs = new Int32Array(0);
  private points = new Float64Array(0);
  private kindsAt = new Uint16Array(0);
  size = 0;
  /** 32 − log2 of the table's length: the hash's high bits index it. */
  private shift = 32;

  /** The slot holding the document, or -1. */
  find(doc: number): number {
    const docs = this.docs;
    if (!docs.length) return -1;
    const mask = docs.length - 1;
    for (let slot = hash(doc, this.shift); ; slot = (slot + 1) & mask) {
      const held = docs[slot] as number;
      if (held === doc + 1) return slot;
      if (held === EMPTY) return -1;
    }
  }
  score(slot: number): number {
    return this.points[slot] as number;
  }
  kind(slot: number): number {
    return this.kindsAt[slot] as number;
  }
  /** Remembers a document not yet held. */
  add(doc: number, score: number, kind: number): void {
    if (2 * (this.size + 1) > this.docs.length) this.grow();
    const docs = this.docs;
    const mask = docs.length - 1;
    let slot = hash(doc, this.shift);
    while (docs[slot] !== EMPTY) slot = (slot + 1) & mask;
    docs[slot] = doc + 1;
    this.points[slot] = score;
    this.kindsAt[slot] = kind;
    this.size++;
  }
  /** The bytes its tables take. */
  bytes(): number {
    return this.docs.length * (4 + 8 + 2);
  }
  private grow(): void {
    const { docs, points, kindsAt } = this;
    const capacity = Math.max(64, docs.length * 2);
    this.shift = 32 - Math.log2(capacity);
    this.docs = new Int32Array(capacity);
    this.points = new Float64Array(capacity);
    this.kindsAt = new Uint16Array(capacity);
    this.size = 0;
    for (let slot = 0; slot < docs.length; slot++) {
      const held = docs[slot] as number;
      if (held !== EMPTY) this.add(held - 1, points[slot] as number, kindsAt[slot] as number);
    }
  }
}

/** A document number spread over a table of 2^(32 − shift) slots (Knuth's multiplicative hash: the high bits). */
function hash(doc: number, shift: number): number {
  return Math.imul(doc, 0x9e3779b1) >>> shift;
}
