// Features whose keys come back move after move: the bias, and the word, tag and label of a child
// that is missing (most words on the stack or at the buffer's front have no second child on a
// side, many none at all). Their rows are among the model's longest, 50 to 100 entries of its
// 109 classes, and these templates gave half of all the entries a move added. Summed into a dense
// vector once per combination of cases, they cost one pass over the classes instead of one per row.
//
// The scores are integer sums, so adding a pre-summed vector gives exactly the scores of adding
// its rows one by one; and each case checks that its keys are the ones it summed (recomputing
// when not), so the cases decide only how fast a move is scored, never what it scores.

import type { LinearModel } from '../linear-model';
import type { ParseState } from './state';

/** Template numbers (their places in parserFeatures' output) and when their keys are fixed. */
interface Case {
  positions: readonly number[];
  applies: (st: ParseState, s0: number, s1: number, b0: number) => boolean;
}

const none = (a: Int32Array, i: number) => i < 0 || a[i] < 0;
const onlyOne = (first: Int32Array, second: Int32Array, i: number) => i >= 0 && first[i] >= 0 && second[i] < 0;

// the positions follow the templates' order in parser/features.ts
const CASES: readonly Case[] = [
  { positions: [0], applies: () => true },
  // s0's leftmost and second leftmost child (templates 55-57, 67-69)
  { positions: [55, 56, 57, 67, 68, 69], applies: (st, s0) => none(st.left1, s0) },
  { positions: [67, 68, 69], applies: (st, s0) => onlyOne(st.left1, st.left2, s0) },
  // s0's rightmost and second rightmost child (58-60, 70-72)
  { positions: [58, 59, 60, 70, 71, 72], applies: (st, s0) => none(st.right1, s0) },
  { positions: [70, 71, 72], applies: (st, s0) => onlyOne(st.right1, st.right2, s0) },
  // b0's leftmost and second leftmost child (61-63, 73-75)
  { positions: [61, 62, 63, 73, 74, 75], applies: (st, _s0, _s1, b0) => none(st.left1, b0) },
  { positions: [73, 74, 75], applies: (st, _s0, _s1, b0) => onlyOne(st.left1, st.left2, b0) },
  // s1's rightmost child (64, 65) and leftmost (66)
  { positions: [64, 65], applies: (st, _s0, s1) => none(st.right1, s1) },
  { positions: [66], applies: (st, _s0, s1) => none(st.left1, s1) },
];

/** The cases that apply together, with their rows summed: one dense pass per move. */
interface Combination {
  positions: number[];
  /** 1 at each position the combination covers. */
  covered: Uint8Array;
  keys: Uint32Array;
  sum: Int32Array;
  known: boolean;
}

export class FixedRows {
  /** By the bit set of the cases that apply; each built when first met. */
  private readonly combinations: (Combination | undefined)[] = new Array(1 << CASES.length);
  /** The features no case covered, passed on to the model. */
  private readonly rest: Uint32Array;

  constructor(
    private readonly model: LinearModel,
    private readonly maxFeatures: number,
  ) {
    this.rest = new Uint32Array(maxFeatures);
  }

  /** Adds the rows of `features[0..k)` into `scores` (zeroed here) for the classes below `below`. */
  score(st: ParseState, features: Uint32Array, k: number, scores: Int32Array, below: number): void {
    const s0 = st.s(0);
    const s1 = st.s(1);
    const b0 = st.b(0);
    let set = 0;
    for (let c = 0; c < CASES.length; c++) if (CASES[c].applies(st, s0, s1, b0)) set |= 1 << c;
    const combination = this.combination(set);
    const sum = this.sum(combination, features);
    for (let j = 0; j < below; j++) scores[j] = sum[j];
    // the classes past `below` are never read; zero rather than left from the previous move
    scores.fill(0, below);
    const { covered } = combination;
    let m = 0;
    for (let f = 0; f < k; f++) if (!covered[f]) this.rest[m++] = features[f];
    this.model.score(this.rest, m, scores, below);
  }

  private combination(set: number): Combination {
    let found = this.combinations[set];
    if (!found) {
      const positions = CASES.filter((_, c) => set & (1 << c)).flatMap((c) => c.positions);
      const covered = new Uint8Array(this.maxFeatures);
      for (const p of positions) covered[p] = 1;
      found = {
        positions,
        covered,
        keys: new Uint32Array(positions.length),
        sum: new Int32Array(this.model.nClasses),
        known: false,
      };
      this.combinations[set] = found;
    }
    return found;
  }

  /** The combination's rows summed over all classes, for the keys `features` holds at its positions. */
  private sum(combination: Combination, features: Uint32Array): Int32Array {
    const { positions, keys, sum } = combination;
    let same = combination.known;
    for (let j = 0; j < positions.length && same; j++) same = keys[j] === features[positions[j]];
    if (!same) {
      for (let j = 0; j < positions.length; j++) keys[j] = features[positions[j]];
      sum.fill(0);
      this.model.score(keys, keys.length, sum);
      combination.known = true;
    }
    return sum;
  }
}
