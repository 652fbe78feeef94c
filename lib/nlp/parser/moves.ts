// Moves as classifier classes: 0 is SHIFT, 1..L attach s0 to b0 with label l (LEFT), L+1..2L
// attach s0 to s1 (RIGHT). The root's label is used exactly for the arc to the root.

import { ParseState, SHIFT } from './state';

export class Moves {
  readonly count: number;

  constructor(
    readonly labels: readonly string[],
    readonly rootLabel: number,
  ) {
    this.count = 1 + 2 * labels.length;
  }

  isLeft(move: number): boolean {
    return move >= 1 && move <= this.labels.length;
  }

  label(move: number): number {
    return this.isLeft(move) ? move - 1 : move - 1 - this.labels.length;
  }

  left(label: number): number {
    return 1 + label;
  }

  right(label: number): number {
    return 1 + this.labels.length + label;
  }

  valid(st: ParseState, move: number): boolean {
    if (move === SHIFT) return st.canShift();
    const label = this.label(move);
    if (this.isLeft(move)) {
      if (!st.canLeft()) return false;
      return (st.front === st.n) === (label === this.rootLabel);
    }
    return st.canRight() && label !== this.rootLabel;
  }

  /**
   * The one valid move where there is only one: SHIFT onto an empty stack, and the last word's
   * arc to the root. -1 where the classifier must choose. (Together a tenth to a fifth of all
   * moves, more the shorter the sentences; a forced move needs no features or scores.)
   */
  forced(st: ParseState): number {
    if (st.size === 0) return SHIFT;
    if (st.size === 1 && st.front === st.n) return this.left(this.rootLabel);
    return -1;
  }

  /**
   * How many classes (from 0) can hold the best valid move: with a single word on the stack and
   * the root not yet reached, only SHIFT and LEFT, so the RIGHT classes need no scores.
   */
  classesNeeded(st: ParseState): number {
    return st.size === 1 && st.front < st.n ? 1 + this.labels.length : this.count;
  }

  /** The best-scoring valid move, without a call per class (this runs twice per word). */
  best(st: ParseState, scores: Int32Array): number {
    let best = -1;
    let top = Number.NEGATIVE_INFINITY;
    if (st.canShift()) {
      best = SHIFT;
      top = scores[SHIFT];
    }
    const L = this.labels.length;
    if (st.canLeft()) {
      if (st.front === st.n) {
        const m = this.left(this.rootLabel);
        if (scores[m] > top) {
          best = m;
          top = scores[m];
        }
      } else {
        for (let l = 0; l < L; l++) {
          if (l !== this.rootLabel && scores[1 + l] > top) {
            best = 1 + l;
            top = scores[1 + l];
          }
        }
      }
    }
    if (st.canRight()) {
      for (let l = 0; l < L; l++) {
        if (l !== this.rootLabel && scores[1 + L + l] > top) {
          best = 1 + L + l;
          top = scores[1 + L + l];
        }
      }
    }
    return best;
  }

  apply(st: ParseState, move: number): void {
    if (move === SHIFT) st.shift();
    else if (this.isLeft(move)) st.left(this.label(move));
    else st.right(this.label(move));
  }
}

export { ParseState };
