// The parser's feature templates: the words, tags and attached children around the top of the
// stack and the front of the buffer, their distance and valency, and conjunctions of them
// (after Zhang and Nivre 2011, "Transition-based dependency parsing with rich non-local
// features", adapted to arc-hybrid, where a word on the stack has no head yet).

import { hashString, mix } from '../hash';
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

const bucket = (d: number) => (d < 5 ? d : d < 7 ? 5 : d < 10 ? 6 : 7);

export function parserFeatures(input: ParserInput, st: ParseState, out: Uint32Array): number {
  const { n } = st;
  const lex = input.lex;
  const norm = lex.norm;
  const tags = input.tags;
  const W = (i: number) => (i < 0 ? NONE : i === n ? ROOT : norm[i]);
  const P = (i: number) => (i < 0 ? 0 : i === n ? 31 : tags[i] + 1);
  const L = (i: number) => (i < 0 ? 0 : st.labels[i]);
  const child = (a: Int32Array, i: number) => (i < 0 ? -1 : a[i]);

  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b(0);
  const b1 = st.b(1);
  const b2 = st.b(2);
  const s0w = W(s0);
  const s0p = P(s0);
  const s1w = W(s1);
  const s1p = P(s1);
  const b0w = W(b0);
  const b0p = P(b0);
  const b1w = W(b1);
  const b1p = P(b1);
  const b2p = P(b2);
  const s0wp = mix(s0w, s0p);
  const s1wp = mix(s1w, s1p);
  const b0wp = mix(b0w, b0p);

  const s0l1 = child(st.left1, s0);
  const s0l2 = child(st.left2, s0);
  const s0r1 = child(st.right1, s0);
  const s0r2 = child(st.right2, s0);
  const s1l1 = child(st.left1, s1);
  const s1r1 = child(st.right1, s1);
  const b0l1 = child(st.left1, b0);
  const b0l2 = child(st.left2, b0);

  const d = s0 >= 0 && b0 >= 0 ? bucket(b0 - s0) : 0;
  const d1 = s0 >= 0 && s1 >= 0 ? bucket(s0 - s1) : 0;
  const s0vl = s0 >= 0 ? st.leftCount[s0] : 0;
  const s0vr = s0 >= 0 ? st.rightCount[s0] : 0;
  const b0vl = b0 >= 0 ? st.leftCount[b0] : 0;
  const s0ls = s0 >= 0 ? st.leftLabels[s0] : 0;
  const s0rs = s0 >= 0 ? st.rightLabels[s0] : 0;
  const b0ls = b0 >= 0 ? st.leftLabels[b0] : 0;

  let k = 0;
  const f1 = (t: number, a: number) => {
    out[k++] = mix(T[t], a);
  };
  const f2 = (t: number, a: number, b: number) => {
    out[k++] = mix(mix(T[t], a), b);
  };
  const f3 = (t: number, a: number, b: number, c: number) => {
    out[k++] = mix(mix(mix(T[t], a), b), c);
  };

  out[k++] = T[0];
  // single words
  f1(1, s0w);
  f1(2, s0p);
  f1(3, s0wp);
  f1(4, s1w);
  f1(5, s1p);
  f1(6, s1wp);
  f1(7, P(s2));
  f1(8, b0w);
  f1(9, b0p);
  f1(10, b0wp);
  f1(11, b1w);
  f1(12, b1p);
  f1(13, mix(b1w, b1p));
  f1(14, W(b2));
  f1(15, b2p);
  // pairs
  f2(16, s0wp, b0wp);
  f2(17, s0wp, b0w);
  f2(18, s0w, b0wp);
  f2(19, s0wp, b0p);
  f2(20, s0p, b0wp);
  f2(21, s0w, b0w);
  f2(22, s0p, b0p);
  f2(23, b0p, b1p);
  f2(24, s1wp, s0wp);
  f2(25, s1w, s0w);
  f2(26, s1p, s0p);
  f2(27, s1wp, s0p);
  f2(28, s1p, s0wp);
  f2(29, s0p, b1p);
  f2(30, s0w, b1w);
  // triples of tags
  f3(31, b0p, b1p, b2p);
  f3(32, s0p, b0p, b1p);
  f3(33, s1p, s0p, b0p);
  f3(34, s0p, P(s0l1), b0p);
  f3(35, s0p, P(s0r1), b0p);
  f3(36, s0p, b0p, P(b0l1));
  f3(37, s1p, P(s1r1), s0p);
  f3(38, s1p, s0p, P(s0l1));
  f3(39, s1p, s0p, P(s0r1));
  f3(40, P(s2), s1p, s0p);
  // distance
  f2(41, s0w, d);
  f2(42, s0p, d);
  f2(43, b0w, d);
  f2(44, b0p, d);
  f3(45, s0w, b0w, d);
  f3(46, s0p, b0p, d);
  f3(47, s1p, s0p, d1);
  f3(48, s1w, s0w, d1);
  // valency
  f2(49, s0w, s0vr);
  f2(50, s0p, s0vr);
  f2(51, s0w, s0vl);
  f2(52, s0p, s0vl);
  f2(53, b0w, b0vl);
  f2(54, b0p, b0vl);
  // children
  f1(55, W(s0l1));
  f1(56, P(s0l1));
  f1(57, L(s0l1));
  f1(58, W(s0r1));
  f1(59, P(s0r1));
  f1(60, L(s0r1));
  f1(61, W(b0l1));
  f1(62, P(b0l1));
  f1(63, L(b0l1));
  f1(64, L(s1r1));
  f1(65, P(s1r1));
  f1(66, L(s1l1));
  // second children
  f1(67, W(s0l2));
  f1(68, P(s0l2));
  f1(69, L(s0l2));
  f1(70, W(s0r2));
  f1(71, P(s0r2));
  f1(72, L(s0r2));
  f1(73, W(b0l2));
  f1(74, P(b0l2));
  f1(75, L(b0l2));
  f3(76, s0p, L(s0l1), L(s0l2));
  f3(77, s0p, L(s0r1), L(s0r2));
  f3(78, b0p, L(b0l1), L(b0l2));
  f3(79, s0p, P(s0l1), P(s0l2));
  f3(80, s0p, P(s0r1), P(s0r2));
  f3(81, b0p, P(b0l1), P(b0l2));
  // label sets
  f2(82, s0w, s0rs);
  f2(83, s0p, s0rs);
  f2(84, s0w, s0ls);
  f2(85, s0p, s0ls);
  f2(86, b0w, b0ls);
  f2(87, b0p, b0ls);
  // the child's label with its head
  f3(88, s0p, L(s0r1), b0p);
  f3(89, s0p, L(s0l1), b0p);
  f3(90, b0p, L(b0l1), s0p);
  f2(91, s0wp, L(s0r1));
  f2(92, b0wp, L(b0l1));
  // affixes and shapes: what the word is like when its tag is wrong or it was never seen
  const S = (a: Uint32Array, i: number) => (i < 0 ? NONE : i === n ? ROOT : a[i]);
  f1(93, S(lex.suffix3, s0));
  f1(94, S(lex.suffix3, b0));
  f1(95, S(lex.suffix3, b1));
  f2(96, S(lex.suffix3, s0), b0p);
  f2(97, s0p, S(lex.suffix3, b0));
  f2(98, S(lex.shape, s0), S(lex.shape, b0));
  // commas between the two words an arc would join: coordination, appositions, clause edges
  const commas = (a: number, b: number) => (a < 0 || b < 0 ? 0 : Math.min(3, lex.commasBefore[Math.min(b, n)] - lex.commasBefore[a + 1]));
  f3(99, s1p, s0p, commas(s1, s0));
  f3(100, s0p, b0p, commas(s0, b0));
  f3(101, s0w, b0p, commas(s0, b0));
  return k;
}
