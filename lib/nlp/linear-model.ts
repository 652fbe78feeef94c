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
  /** Class index of each entry. */
  classes: Uint8Array;
  /** Quantised weight of each entry. */
  weights: Int16Array;
}

export class LinearModel {
  readonly nClasses: number;
  private readonly rowStart: Uint32Array;
  private readonly classes: Uint8Array;
  private readonly weights: Int16Array;
  private readonly slotKey: Uint32Array;
  private readonly slotRow: Int32Array;
  private readonly mask: number;

  constructor(arrays: LinearModelArrays, nClasses: number) {
    this.nClasses = nClasses;
    // files keep row lengths, which compress to a byte each; the look-ups want offsets
    this.rowStart = new Uint32Array(arrays.keys.length + 1);
    for (let r = 0; r < arrays.keys.length; r++) this.rowStart[r + 1] = this.rowStart[r] + arrays.rowLength[r];
    this.classes = arrays.classes;
    this.weights = arrays.weights;
    // open addressing at load factor ≤ 0.5: a miss (most features at run time) ends fast
    let size = 1;
    while (size < arrays.keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slotKey = new Uint32Array(size);
    this.slotRow = new Int32Array(size).fill(-1);
    for (let r = 0; r < arrays.keys.length; r++) {
      const key = arrays.keys[r];
      let i = fmix(key) & this.mask;
      while (this.slotRow[i] !== -1) i = (i + 1) & this.mask;
      this.slotKey[i] = key;
      this.slotRow[i] = r;
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

  /** Adds the rows of `features[0..n)` into `scores` (which the caller zeroes). */
  score(features: Uint32Array, n: number, scores: Int32Array): void {
    const { slotKey, slotRow, mask, rowStart, classes, weights } = this;
    for (let f = 0; f < n; f++) {
      const key = features[f];
      let i = fmix(key) & mask;
      let row = slotRow[i];
      while (row !== -1 && slotKey[i] !== key) {
        i = (i + 1) & mask;
        row = slotRow[i];
      }
      if (row === -1) continue;
      for (let e = rowStart[row], end = rowStart[row + 1]; e < end; e++) scores[classes[e]] += weights[e];
    }
  }
}

/** The highest-scoring of the first `n` classes. */
export function argmax(scores: Int32Array, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (scores[c] > scores[best]) best = c;
  return best;
}
