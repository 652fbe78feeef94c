// A trained linear classifier as it ships: sparse rows of quantised weights, one row per feature
// hash. Scoring a token sums the rows of its features into integer class scores, so the hot
// path is table look-ups and integer adds, with no floats and no strings.

import { fmix } from './hash';
import type { ModelArray } from './model-file';

export interface LinearModelArrays {
  /** Feature hashes, ascending; row r belongs to keys[r]. */
  keys: Uint32Array;
  /** Number of entries in each row (a row has at most one per class). */
  rowLength: Uint8Array;
  /** Class index of each entry, ascending within a row (as the trainers' dense rows give them). */
  classes: Uint8Array;
  /** Quantised weight of each entry. */
  weights: Int16Array;
}

// Entries and slots are packed so that a hit reads two cache lines (its slot, then its row) and
// a miss one: the tables of the parser's model (339k rows) do not fit in a core's cache, and
// separate key, row, offset, class and weight arrays cost a memory access each.
const CLASS_BITS = 8;
const CLASS_MASK = (1 << CLASS_BITS) - 1;
const LENGTH_BITS = 8;
const LENGTH_MASK = (1 << LENGTH_BITS) - 1;
/** A row's first entry must fit beside its length in a positive int32. */
const MAX_ENTRIES = 2 ** (31 - LENGTH_BITS);
const EMPTY = -1;

export class LinearModel {
  readonly nClasses: number;
  /** Each entry as weight << 8 | class: the class in the low byte, the weight sign-extended above. */
  private readonly entries: Int32Array;
  /** Pairs of (key, first entry << 8 | row length), EMPTY in the second for a free slot. */
  private readonly slots: Int32Array;
  /** Mask of a slot pair's index into `slots`: (table size - 1) * 2. */
  private readonly mask: number;
  /** The rows `score` found, reused from call to call. */
  private hits = new Int32Array(128);

  constructor(arrays: LinearModelArrays, nClasses: number) {
    this.nClasses = nClasses;
    const { keys, rowLength, classes, weights } = arrays;
    if (nClasses > CLASS_MASK + 1) throw new Error(`a linear model has at most ${CLASS_MASK + 1} classes`);
    if (weights.length >= MAX_ENTRIES) throw new Error(`a linear model must have fewer than ${MAX_ENTRIES} entries`);
    this.entries = new Int32Array(weights.length);
    // open addressing at load factor ≤ 0.5: a miss (a fifth of the parser's look-ups) ends fast
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = (size - 1) << 1;
    this.slots = new Int32Array(size * 2);
    for (let i = 1; i < this.slots.length; i += 2) this.slots[i] = EMPTY;
    let start = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r];
      let i = (fmix(key) << 1) & this.mask;
      while (this.slots[i + 1] !== EMPTY) i = (i + 2) & this.mask;
      this.slots[i] = key;
      this.slots[i + 1] = (start << LENGTH_BITS) | rowLength[r];
      for (let e = start; e < start + rowLength[r]; e++) {
        if (e > start && classes[e] <= classes[e - 1])
          throw new Error('a linear model row lists its classes out of order');
        this.entries[e] = (weights[e] << CLASS_BITS) | classes[e];
      }
      start += rowLength[r];
    }
  }

  static fromArrays(arrays: Record<string, ModelArray>, nClasses: number, prefix = ''): LinearModel {
    return new LinearModel(
      {
        keys: arrays[`${prefix}keys`] as Uint32Array,
        rowLength: arrays[`${prefix}rowLength`] as Uint8Array,
        classes: arrays[`${prefix}classes`] as Uint8Array,
        weights: arrays[`${prefix}weights`] as Int16Array,
      },
      nClasses,
    );
  }

  /**
   * Adds the rows of `features[0..n)` into `scores` (which the caller zeroes), for the classes
   * below `below` only: a caller that knows the others cannot win skips their entries, which
   * each row keeps after its lower classes (rows list classes in ascending order).
   */
  score(features: Uint32Array, n: number, scores: Int32Array, below = this.nClasses): void {
    const { slots, mask, entries } = this;
    if (this.hits.length < n) this.hits = new Int32Array(n);
    const hits = this.hits;
    // all the probes first, then all the rows: the probes' cache misses, independent of each
    // other, overlap instead of each waiting behind the previous row's adds
    let h = 0;
    for (let f = 0; f < n; f++) {
      // keys are compared as int32, the type the slots hold them in
      const key = features[f] | 0;
      let i = (fmix(key) << 1) & mask;
      let row = slots[i + 1];
      while (row !== EMPTY && slots[i] !== key) {
        i = (i + 2) & mask;
        row = slots[i + 1];
      }
      if (row !== EMPTY) hits[h++] = row;
    }
    for (let r = 0; r < h; r++) {
      const row = hits[r];
      for (let e = row >>> LENGTH_BITS, end = e + (row & LENGTH_MASK); e < end; e++) {
        const entry = entries[e];
        const c = entry & CLASS_MASK;
        if (c >= below) break;
        scores[c] += entry >> CLASS_BITS;
      }
    }
  }
}

/** The highest-scoring of the first `n` classes. */
export function argmax(scores: Int32Array, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (scores[c] > scores[best]) best = c;
  return best;
}
