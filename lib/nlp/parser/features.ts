// The parser's feature templates: the words, tags and attached children around the top of the
// stack and the front of the buffer, their distance and valency, and conjunctions of them
// (after Zhang and Nivre 2011, "Transition-based dependency parsing with rich non-local
// features", adapted to arc-hybrid, where a word on the stack has no head yet).

import { hashString, mix32 } from '../hash';
import type { Lexical } from '../lexical';
import type { ParseState } from './state';

const T = Array.from({ length: 110 }, (_, i) => hashString(`parser:${i}`));
const NONE = hashString('-NONE-');
const ROOT = hashString('-ROOT-');
export const MAX_PARSER_FEATURES = 110;

/** The words of a sentence as the parser reads them: hashed forms and tag indices. */
export interface ParserInput {
  lex: Lexical;
  /** UPOS index of each word. */
  tags: Uint8Array;
}

// small helpers rather than closures inside parserFeatures: it runs twice per word
const at = (a: Uint32Array, n: number, i: number) => (i < 0 ? NONE : i === n ? ROOT : a[i]);
const tagOf = (tags: Uint8Array, n: number, i: number) => (i < 0 ? 0 : i === n ? 31 : tags[i] + 1);
const labelOf = (st: ParseState, i: number) => (i < 0 ? 0 : st.labels[i]);
const childOf = (a: Int32Array, i: number) => (i < 0 ? -1 : a[i]);
const commasBetween = (lex: Lexical, n: number, a: number, b: number) =>
  a < 0 || b < 0 ? 0 : Math.min(3, lex.commasBefore[Math.min(b, n)] - lex.commasBefore[a + 1]);

const bucket = (d: number) => (d < 5 ? d : d < 7 ? 5 : d < 10 ? 6 : 7);

export function parserFeatures(input: ParserInput, st: ParseState, out: Uint32Array): number {
  const { n } = st;
  const lex = input.lex;
  const norm = lex.norm;
  const tags = input.tags;

  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b(0);
  const b1 = st.b(1);
  const b2 = st.b(2);
  const s0w = at(norm, n, s0);
  const s0p = tagOf(tags, n, s0);
  const s1w = at(norm, n, s1);
  const s1p = tagOf(tags, n, s1);
  const b0w = at(norm, n, b0);
  const b0p = tagOf(tags, n, b0);
  const b1w = at(norm, n, b1);
  const b1p = tagOf(tags, n, b1);
  const b2p = tagOf(tags, n, b2);
  const s0wp = mix32(s0w, s0p);
  const s1wp = mix32(s1w, s1p);
  const b0wp = mix32(b0w, b0p);

  const s0l1 = childOf(st.left1, s0);
  const s0l2 = childOf(st.left2, s0);
  const s0r1 = childOf(st.right1, s0);
  const s0r2 = childOf(st.right2, s0);
  const s1l1 = childOf(st.left1, s1);
  const s1r1 = childOf(st.right1, s1);
  const b0l1 = childOf(st.left1, b0);
  const b0l2 = childOf(st.left2, b0);

  const d = s0 >= 0 && b0 >= 0 ? bucket(b0 - s0) : 0;
  const d1 = s0 >= 0 && s1 >= 0 ? bucket(s0 - s1) : 0;
  const s0vl = s0 >= 0 ? st.leftCount[s0] : 0;
  const s0vr = s0 >= 0 ? st.rightCount[s0] : 0;
  const b0vl = b0 >= 0 ? st.leftCount[b0] : 0;
  const s0ls = s0 >= 0 ? st.leftLabels[s0] : 0;
  const s0rs = s0 >= 0 ? st.rightLabels[s0] : 0;
  const b0ls = b0 >= 0 ? st.leftLabels[b0] : 0;

  let k = 0;

  out[k++] = T[0];
  // single words
  out[k++] = mix32(T[1], s0w);
  out[k++] = mix32(T[2], s0p);
  out[k++] = mix32(T[3], s0wp);
  out[k++] = mix32(T[4], s1w);
  out[k++] = mix32(T[5], s1p);
  out[k++] = mix32(T[6], s1wp);
  out[k++] = mix32(T[7], tagOf(tags, n, s2));
  out[k++] = mix32(T[8], b0w);
  out[k++] = mix32(T[9], b0p);
  out[k++] = mix32(T[10], b0wp);
  out[k++] = mix32(T[11], b1w);
  out[k++] = mix32(T[12], b1p);
  out[k++] = mix32(T[13], mix32(b1w, b1p));
  out[k++] = mix32(T[14], at(norm, n, b2));
  out[k++] = mix32(T[15], b2p);
  // pairs
  out[k++] = mix32(mix32(T[16], s0wp), b0wp);
  out[k++] = mix32(mix32(T[17], s0wp), b0w);
  out[k++] = mix32(mix32(T[18], s0w), b0wp);
  out[k++] = mix32(mix32(T[19], s0wp), b0p);
  out[k++] = mix32(mix32(T[20], s0p), b0wp);
  out[k++] = mix32(mix32(T[21], s0w), b0w);
  out[k++] = mix32(mix32(T[22], s0p), b0p);
  out[k++] = mix32(mix32(T[23], b0p), b1p);
  out[k++] = mix32(mix32(T[24], s1wp), s0wp);
  out[k++] = mix32(mix32(T[25], s1w), s0w);
  out[k++] = mix32(mix32(T[26], s1p), s0p);
  out[k++] = mix32(mix32(T[27], s1wp), s0p);
  out[k++] = mix32(mix32(T[28], s1p), s0wp);
  out[k++] = mix32(mix32(T[29], s0p), b1p);
  out[k++] = mix32(mix32(T[30], s0w), b1w);
  // triples of tags
  out[k++] = mix32(mix32(mix32(T[31], b0p), b1p), b2p);
  out[k++] = mix32(mix32(mix32(T[32], s0p), b0p), b1p);
  out[k++] = mix32(mix32(mix32(T[33], s1p), s0p), b0p);
  out[k++] = mix32(mix32(mix32(T[34], s0p), tagOf(tags, n, s0l1)), b0p);
  out[k++] = mix32(mix32(mix32(T[35], s0p), tagOf(tags, n, s0r1)), b0p);
  out[k++] = mix32(mix32(mix32(T[36], s0p), b0p), tagOf(tags, n, b0l1));
  out[k++] = mix32(mix32(mix32(T[37], s1p), tagOf(tags, n, s1r1)), s0p);
  out[k++] = mix32(mix32(mix32(T[38], s1p), s0p), tagOf(tags, n, s0l1));
  out[k++] = mix32(mix32(mix32(T[39], s1p), s0p), tagOf(tags, n, s0r1));
  out[k++] = mix32(mix32(mix32(T[40], tagOf(tags, n, s2)), s1p), s0p);
  // distance
  out[k++] = mix32(mix32(T[41], s0w), d);
  out[k++] = mix32(mix32(T[42], s0p), d);
  out[k++] = mix32(mix32(T[43], b0w), d);
  out[k++] = mix32(mix32(T[44], b0p), d);
  out[k++] = mix32(mix32(mix32(T[45], s0w), b0w), d);
  out[k++] = mix32(mix32(mix32(T[46], s0p), b0p), d);
  out[k++] = mix32(mix32(mix32(T[47], s1p), s0p), d1);
  out[k++] = mix32(mix32(mix32(T[48], s1w), s0w), d1);
  // valency
  out[k++] = mix32(mix32(T[49], s0w), s0vr);
  out[k++] = mix32(mix32(T[50], s0p), s0vr);
  out[k++] = mix32(mix32(T[51], s0w), s0vl);
  out[k++] = mix32(mix32(T[52], s0p), s0vl);
  out[k++] = mix32(mix32(T[53], b0w), b0vl);
  out[k++] = mix32(mix32(T[54], b0p), b0vl);
  // children
  out[k++] = mix32(T[55], at(norm, n, s0l1));
  out[k++] = mix32(T[56], tagOf(tags, n, s0l1));
  out[k++] = mix32(T[57], labelOf(st, s0l1));
  out[k++] = mix32(T[58], at(norm, n, s0r1));
  out[k++] = mix32(T[59], tagOf(tags, n, s0r1));
  out[k++] = mix32(T[60], labelOf(st, s0r1));
  out[k++] = mix32(T[61], at(norm, n, b0l1));
  out[k++] = mix32(T[62], tagOf(tags, n, b0l1));
  out[k++] = mix32(T[63], labelOf(st, b0l1));
  out[k++] = mix32(T[64], labelOf(st, s1r1));
  out[k++] = mix32(T[65], tagOf(tags, n, s1r1));
  out[k++] = mix32(T[66], labelOf(st, s1l1));
  // second children
  out[k++] = mix32(T[67], at(norm, n, s0l2));
  out[k++] = mix32(T[68], tagOf(tags, n, s0l2));
  out[k++] = mix32(T[69], labelOf(st, s0l2));
  out[k++] = mix32(T[70], at(norm, n, s0r2));
  out[k++] = mix32(T[71], tagOf(tags, n, s0r2));
  out[k++] = mix32(T[72], labelOf(st, s0r2));
  out[k++] = mix32(T[73], at(norm, n, b0l2));
  out[k++] = mix32(T[74], tagOf(tags, n, b0l2));
  out[k++] = mix32(T[75], labelOf(st, b0l2));
  out[k++] = mix32(mix32(mix32(T[76], s0p), labelOf(st, s0l1)), labelOf(st, s0l2));
  out[k++] = mix32(mix32(mix32(T[77], s0p), labelOf(st, s0r1)), labelOf(st, s0r2));
  out[k++] = mix32(mix32(mix32(T[78], b0p), labelOf(st, b0l1)), labelOf(st, b0l2));
  out[k++] = mix32(mix32(mix32(T[79], s0p), tagOf(tags, n, s0l1)), tagOf(tags, n, s0l2));
  out[k++] = mix32(mix32(mix32(T[80], s0p), tagOf(tags, n, s0r1)), tagOf(tags, n, s0r2));
  out[k++] = mix32(mix32(mix32(T[81], b0p), tagOf(tags, n, b0l1)), tagOf(tags, n, b0l2));
  // label sets
  out[k++] = mix32(mix32(T[82], s0w), s0rs);
  out[k++] = mix32(mix32(T[83], s0p), s0rs);
  out[k++] = mix32(mix32(T[84], s0w), s0ls);
  out[k++] = mix32(mix32(T[85], s0p), s0ls);
  out[k++] = mix32(mix32(T[86], b0w), b0ls);
  out[k++] = mix32(mix32(T[87], b0p), b0ls);
  // the child's label with its head
  out[k++] = mix32(mix32(mix32(T[88], s0p), labelOf(st, s0r1)), b0p);
  out[k++] = mix32(mix32(mix32(T[89], s0p), labelOf(st, s0l1)), b0p);
  out[k++] = mix32(mix32(mix32(T[90], b0p), labelOf(st, b0l1)), s0p);
  out[k++] = mix32(mix32(T[91], s0wp), labelOf(st, s0r1));
  out[k++] = mix32(mix32(T[92], b0wp), labelOf(st, b0l1));
  // affixes and shapes: what the word is like when its tag is wrong or it was never seen
  out[k++] = mix32(T[93], at(lex.suffix3, n, s0));
  out[k++] = mix32(T[94], at(lex.suffix3, n, b0));
  out[k++] = mix32(T[95], at(lex.suffix3, n, b1));
  out[k++] = mix32(mix32(T[96], at(lex.suffix3, n, s0)), b0p);
  out[k++] = mix32(mix32(T[97], s0p), at(lex.suffix3, n, b0));
  out[k++] = mix32(mix32(T[98], at(lex.shape, n, s0)), at(lex.shape, n, b0));
  // commas between the two words an arc would join: coordination, appositions, clause edges
  out[k++] = mix32(mix32(mix32(T[99], s1p), s0p), commasBetween(lex, n, s1, s0));
  out[k++] = mix32(mix32(mix32(T[100], s0p), b0p), commasBetween(lex, n, s0, b0));
  out[k++] = mix32(mix32(mix32(T[101], s0w), b0p), commasBetween(lex, n, s0, b0));
  return k;
}
