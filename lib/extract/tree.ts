// Views of one sentence's dependency tree the demand reader needs: each token's dependents and
// the token range its subtree covers. Built once per parsed sentence in one pass over its
// tokens (the parser's trees are projective, so a subtree is one contiguous range).
import type { Doc, Token } from '../nlp';

export interface Tree {
  doc: Doc;
  children: number[][];
  /** Subtree range of each token, [lo, hi] inclusive (token indices into doc.tokens). */
  lo: Int32Array;
  hi: Int32Array;
}

export function buildTree(doc: Doc): Tree {
  const n = doc.tokens.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (const t of doc.tokens) {
    lo[t.i] = t.i;
    hi[t.i] = t.i;
    if (t.head >= 0) children[t.head].push(t.i);
  }
  // widen each head by its dependents, deepest first: depth is bounded by the sentence length
  for (const s of doc.sentences) {
    if (!s.parsed) continue;
    const depth = new Int32Array(s.end - s.start);
    const order: number[] = [];
    for (let k = s.start; k < s.end; k++) {
      let d = 0;
      for (let h = doc.tokens[k].head; h >= 0 && d <= s.end - s.start; h = doc.tokens[h].head) d++;
      depth[k - s.start] = d;
      order.push(k);
    }
    order.sort((a, b) => depth[b - s.start] - depth[a - s.start]);
    for (const k of order) {
      const h = doc.tokens[k].head;
      if (h < 0) continue;
      if (lo[k] < lo[h]) lo[h] = lo[k];
      if (hi[k] > hi[h]) hi[h] = hi[k];
    }
  }
  return { doc, children, lo, hi };
}

/** The relation without its subtype ("nsubj:pass" → "nsubj"). */
export const baseDep = (t: Token) => t.dep.split(':')[0];

/** The case word of a nominal dependent ("for" of "for a ceasefire"), lower-cased. */
export function caseOf(tree: Tree, k: number): string {
  for (const c of tree.children[k]) {
    const t = tree.doc.tokens[c];
    if (t.dep === 'case' || (t.dep === 'mark' && t.upos === 'ADP')) return t.text.toLowerCase();
  }
  return '';
}

/** The marker word of a clause ("on" of "on keeping"), lower case; "" when none. */
function markOf(tree: Tree, k: number): string {
  for (const c of tree.children[k]) if (tree.doc.tokens[c].dep === 'mark') return tree.doc.tokens[c].text.toLowerCase();
  return '';
}

/** Dependents of k matching a cue relation: "obj", "xcomp", or "obl:for" (obl or nmod with case "for"). */
export function dependentsBy(tree: Tree, k: number, relation: string): number[] {
  const [rel, word] = relation.split(':');
  return tree.children[k].filter((c) => {
    const t = tree.doc.tokens[c];
    if (word === undefined || word === 'agent' || word === 'poss') return t.dep === relation;
    if (rel === 'obl' || rel === 'nmod') {
      if ((baseDep(t) === 'obl' || baseDep(t) === 'nmod') && caseOf(tree, c) === word) return true;
      // "insisted on keeping troops", "called for ending the war": a gerund after the preposition
      // is an adverbial clause marked by it (not "for the deal to be dropped", which has a subject)
      return (
        rel === 'obl' &&
        baseDep(t) === 'advcl' &&
        /ing$/i.test(t.text) &&
        markOf(tree, c) === word &&
        !tree.children[c].some((x) => baseDep(tree.doc.tokens[x]) === 'nsubj')
      );
    }
    return t.dep === relation;
  });
}
