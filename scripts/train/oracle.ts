// The dynamic oracle of arc-hybrid (Goldberg and Nivre 2013): the cost of a move is the number
// of gold arcs it makes unreachable, plus one for a gold arc given the wrong label. Any move of
// cost 0 still leads to the best tree reachable, so the parser can learn from its own mistakes.

import type { Moves } from '../../lib/nlp/parser/moves';
import { type ParseState, SHIFT } from '../../lib/nlp/parser/state';

export interface Gold {
  /** Gold head of each word (projectivised); n for the root. */
  heads: number[];
  labels: number[];
}

/** Fills `costs` for every move (Infinity for invalid ones). */
export function moveCosts(st: ParseState, gold: Gold, moves: Moves, onStack: Uint8Array, costs: Float64Array): void {
  const { heads, labels } = gold;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.front;
  onStack.fill(0);
  for (let i = 0; i < st.size; i++) onStack[st.stack[i]] = 1;
  // dependents of s0 still in the buffer are lost by any move that pops s0
  let s0Children = 0;
  if (s0 >= 0) for (let d = b0; d < st.n; d++) if (heads[d] === s0) s0Children++;
  costs.fill(Number.POSITIVE_INFINITY);
  if (st.canShift()) {
    let c = heads[b0] !== s0 && heads[b0] < st.n && onStack[heads[b0]] ? 1 : 0;
    for (let i = 0; i < st.size; i++) if (heads[st.stack[i]] === b0) c++;
    costs[SHIFT] = c;
  }
  const L = moves.labels.length;
  if (st.canLeft()) {
    const h = heads[s0];
    const lost = h !== b0 && (h === s1 || h > b0) ? 1 : 0;
    for (let l = 0; l < L; l++) {
      const m = moves.left(l);
      if (moves.valid(st, m)) costs[m] = lost + s0Children + (h === b0 && labels[s0] !== l ? 1 : 0);
    }
  }
  if (st.canRight()) {
    const h = heads[s0];
    const lost = h !== s1 && h >= b0 ? 1 : 0;
    for (let l = 0; l < L; l++) {
      const m = moves.right(l);
      if (moves.valid(st, m)) costs[m] = lost + s0Children + (h === s1 && labels[s0] !== l ? 1 : 0);
    }
  }
}
