// Arc-hybrid builds projective trees only. About 2.5% of the training trees are not projective:
// they are lifted (Nivre and Nilsson 2005), each crossing arc's dependent re-attached to its
// grandparent until no arc crosses, so the oracle always has a reachable gold tree.

/** heads: head of each word, `root` for the root word. Returns a projective copy. */
export function projectivise(heads: readonly number[], root: number): number[] {
  const h = [...heads];
  const dominates = (a: number, d: number) => {
    for (let x = d, steps = 0; x !== root && steps <= h.length; x = h[x], steps++) if (x === a) return true;
    return a === root;
  };
  for (;;) {
    let worst = -1;
    let worstSpan = Number.POSITIVE_INFINITY;
    for (let d = 0; d < h.length; d++) {
      const head = h[d];
      if (head === root) continue;
      const [a, b] = head < d ? [head, d] : [d, head];
      for (let k = a + 1; k < b; k++) {
        if (!dominates(head, k)) {
          if (b - a < worstSpan) {
            worst = d;
            worstSpan = b - a;
          }
          break;
        }
      }
    }
    if (worst < 0) return h;
    h[worst] = h[h[worst]];
  }
}
