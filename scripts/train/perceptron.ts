// The averaged perceptron (Collins 2002; the lazy averaging of Daumé's thesis) as the trainers
// use it: dense rows of float weights per feature, averaged at the end, then pruned and
// quantised into the sparse integer rows that `LinearModel` reads.

import type { LinearModelArrays } from '../../lib/nlp/linear-model';

/** A model before quantisation: like LinearModelArrays with float weights. */
export interface FloatModel {
  keys: Uint32Array;
  rowStart: Uint32Array;
  classes: Uint8Array;
  weights: Float32Array;
}

/**
 * The shipped form of a model: entries with |weight| < minAbs dropped (and rows left empty with
 * them), the rest scaled so that the largest maps to the 16-bit limit, and rounded. (Clipping the
 * few huge weights to keep more precision for the rest cost the parser 13 points of attachment
 * score: the large weights are the ones that decide.)
 */
export function quantise(
  m: FloatModel,
  { minAbs = 0 }: { minAbs?: number } = {},
): { arrays: LinearModelArrays; stats: { rows: number; entries: number; scale: number } } {
  let top = 0;
  for (const w of m.weights) top = Math.max(top, Math.abs(w));
  const scale = 32767 / (top || 1);
  const keys: number[] = [];
  const rowLength: number[] = [];
  const classes: number[] = [];
  const weights: number[] = [];
  for (let r = 0; r < m.keys.length; r++) {
    const before = classes.length;
    for (let e = m.rowStart[r]; e < m.rowStart[r + 1]; e++) {
      const w = m.weights[e];
      if (Math.abs(w) < minAbs) continue;
      const q = Math.round(w * scale);
      if (q === 0) continue;
      classes.push(m.classes[e]);
      weights.push(q);
    }
    if (classes.length === before) continue;
    keys.push(m.keys[r]);
    rowLength.push(classes.length - before);
  }
  return {
    arrays: {
      keys: Uint32Array.from(keys),
      rowLength: Uint8Array.from(rowLength),
      classes: Uint8Array.from(classes),
      weights: Int16Array.from(weights),
    },
    stats: { rows: keys.length, entries: classes.length, scale },
  };
}

export class AveragedPerceptron {
  readonly nClasses: number;
  private readonly rowOf = new Map<number, number>();
  private keys: number[] = [];
  private w: Float32Array;
  // float64: summed over millions of steps, float32 would drop the small late increments
  private total: Float64Array;
  private stamp: Int32Array;
  /** Training instances seen: the clock the averages are taken over. */
  private clock = 1;

  /**
   * @param allowed when given, only these features get weights: the trainers drop features seen
   *   too rarely to learn from, which keeps training memory and the model small.
   */
  constructor(
    nClasses: number,
    private readonly allowed?: Set<number>,
  ) {
    this.nClasses = nClasses;
    this.w = new Float32Array(1 << 16);
    this.total = new Float64Array(1 << 16);
    this.stamp = new Int32Array(1 << 16);
  }

  get features(): number {
    return this.keys.length;
  }

  /** Sums the current weights of `features[0..n)` into `scores` (zeroed here). */
  score(features: Uint32Array, n: number, scores: Float64Array): void {
    scores.fill(0);
    const C = this.nClasses;
    for (let f = 0; f < n; f++) {
      const row = this.rowOf.get(features[f]);
      if (row === undefined) continue;
      const base = row * C;
      for (let c = 0; c < C; c++) scores[c] += this.w[base + c];
    }
  }

  /** Call once per training instance, whether or not it updates. */
  tick(): void {
    this.clock++;
  }

  update(features: Uint32Array, n: number, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let f = 0; f < n; f++) {
      if (this.allowed && !this.allowed.has(features[f])) continue;
      const base = this.row(features[f]) * this.nClasses;
      this.add(base + truth, 1);
      this.add(base + guess, -1);
    }
  }

  /**
   * Adds `by` to class `cls` of each feature's row: a ranking update, where the right answer and
   * the guess have feature vectors of their own (train-punctuation.ts).
   */
  nudge(features: Uint32Array, n: number, cls: number, by: number): void {
    for (let f = 0; f < n; f++) {
      if (this.allowed && !this.allowed.has(features[f])) continue;
      this.add(this.row(features[f]) * this.nClasses + cls, by);
    }
  }

  private add(i: number, v: number): void {
    this.total[i] += (this.clock - this.stamp[i]) * this.w[i];
    this.stamp[i] = this.clock;
    this.w[i] += v;
  }

  private row(key: number): number {
    let row = this.rowOf.get(key);
    if (row !== undefined) return row;
    row = this.keys.length;
    this.rowOf.set(key, row);
    this.keys.push(key);
    const need = (row + 1) * this.nClasses;
    if (need > this.w.length) {
      let size = this.w.length;
      while (size < need) size *= 2;
      const grow = <T extends Float32Array | Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
        const b = make(size);
        b.set(a);
        return b;
      };
      this.w = grow(this.w, (n) => new Float32Array(n));
      this.total = grow(this.total, (n) => new Float64Array(n));
      this.stamp = grow(this.stamp, (n) => new Int32Array(n));
    }
    return row;
  }

  /** Averaged weights of one row (for inspection and export). */
  averaged(row: number): Float64Array {
    const C = this.nClasses;
    const out = new Float64Array(C);
    for (let c = 0; c < C; c++) {
      const i = row * C + c;
      out[c] = (this.total[i] + (this.clock - this.stamp[i]) * this.w[i]) / this.clock;
    }
    return out;
  }

  /** The averaged model as sparse float rows, keys ascending, exact zeros left out. */
  averagedModel(): FloatModel {
    const C = this.nClasses;
    const order = this.keys.map((k, r) => [k >>> 0, r]).sort((x, y) => x[0] - y[0]);
    const keys: number[] = [];
    const rowStart: number[] = [0];
    const classes: number[] = [];
    const weights: number[] = [];
    for (const [key, r] of order) {
      const a = this.averaged(r);
      const before = classes.length;
      for (let c = 0; c < C; c++) {
        if (Math.abs(a[c]) > 1e-6) {
          classes.push(c);
          weights.push(a[c]);
        }
      }
      if (classes.length === before) continue;
      keys.push(key);
      rowStart.push(classes.length);
    }
    return {
      keys: Uint32Array.from(keys),
      rowStart: Uint32Array.from(rowStart),
      classes: Uint8Array.from(classes),
      weights: Float32Array.from(weights),
    };
  }
}
