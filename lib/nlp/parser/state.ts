// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the root at
// the end of the buffer (Ballesteros and Nivre 2013), which gives every sentence exactly one
// root. Words wait on the stack until they are attached:
//   SHIFT        push the buffer's front b0
//   LEFT(l)      s0 ← b0: the stack's top becomes a dependent of b0, and is popped
//   RIGHT(l)     s1 → s0: the stack's top becomes a dependent of the word below it, and is popped
// A sentence of n words takes exactly 2n transitions, so parsing is linear in its length.

export const SHIFT = 0;

/** The parse of one sentence in progress, with what the features read kept up to date. */
export class ParseState {
  readonly n: number;
  /** Word indices; the top is stack[size - 1]. */
  readonly stack: Int32Array;
  size = 0;
  /** Front of the buffer; n is the root. */
  front = 0;
  readonly heads: Int32Array;
  /** Label index + 1 of each word's arc, 0 while unattached. */
  readonly labels: Uint8Array;
  // leftmost and second leftmost, rightmost and second rightmost child (-1 for none)
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Uint8Array;
  readonly rightCount: Uint8Array;
  /** Bit sets of the labels of each word's left and right children (label index mod 32). */
  readonly leftLabels: Uint32Array;
  readonly rightLabels: Uint32Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    this.heads = new Int32Array(n + 1).fill(-1);
    this.labels = new Uint8Array(n + 1);
    this.left1 = new Int32Array(n + 1).fill(-1);
    this.left2 = new Int32Array(n + 1).fill(-1);
    this.right1 = new Int32Array(n + 1).fill(-1);
    this.right2 = new Int32Array(n + 1).fill(-1);
    this.leftCount = new Uint8Array(n + 1);
    this.rightCount = new Uint8Array(n + 1);
    this.leftLabels = new Uint32Array(n + 1);
    this.rightLabels = new Uint32Array(n + 1);
  }

  get done(): boolean {
    return this.size === 0 && this.front === this.n;
  }

  canShift(): boolean {
    return this.front < this.n;
  }

  /** Only the last word standing may attach to the root. */
  canLeft(): boolean {
    return this.size > 0 && (this.front < this.n || this.size === 1);
  }

  canRight(): boolean {
    return this.size > 1;
  }

  s(k: number): number {
    return k < this.size ? this.stack[this.size - 1 - k] : -1;
  }

  /** b(0) is the front; -1 past the root. */
  b(k: number): number {
    const i = this.front + k;
    return i <= this.n ? i : -1;
  }

  shift(): void {
    this.stack[this.size++] = this.front++;
  }

  left(label: number): void {
    this.attach(this.stack[--this.size], this.front, label);
  }

  right(label: number): void {
    const dep = this.stack[--this.size];
    this.attach(dep, this.stack[this.size - 1], label);
  }

  private attach(dep: number, head: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label + 1;
    const bit = 1 << (label & 31);
    if (dep < head) {
      // arcs to a head come leftmost last: each new left child is further left
      this.left2[head] = this.left1[head];
      this.left1[head] = dep;
      this.leftCount[head]++;
      this.leftLabels[head] |= bit;
    } else {
      this.right2[head] = this.right1[head];
      this.right1[head] = dep;
      this.rightCount[head]++;
      this.rightLabels[head] |= bit;
    }
  }
}
