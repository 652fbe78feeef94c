// Punctuation re-attached by the rule UD's own treebanks are normalised with (after Udapi's
// ud.FixPunct): a mark hangs on the head of a neighbouring phrase, paired marks on the head of
// what they enclose, and a sentence's final mark never on what follows it. The greedy parser
// attaches a fifth of all marks elsewhere, as each of them is one more choice made alone; the
// rule keeps its choice wherever that is one of the heads the rule allows. Measured on the UD
// dev files (scripts/nlp/eval.ts).

import { UPOS } from '../tagger';
import type { ParserInput } from './features';

const PUNCT = UPOS.indexOf('PUNCT');
const PAIRED: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '"': '"', '“': '”', '‘': '’' };
const FINAL = new Set(['.', '?', '!']);

const OPENING = 1;
const CLOSING = 2;

/**
 * Re-attaches the punctuation of one parsed sentence in place. Marks with children of their own
 * are left alone. Each mark looks at the chains of heads above its neighbours, so the cost is
 * bounded by the sentence's length (itself bounded, lib/nlp/sentences.ts) times its depth.
 */
export function attachPunctuation(input: ParserInput, heads: Int32Array, labels: Uint8Array, punct: number): void {
  const n = heads.length;
  const { tags } = input;
  const forms = input.lex.forms;
  const isPunct = (i: number) => tags[i] === PUNCT;
  const children = new Uint16Array(n);
  for (let i = 0; i < n; i++) if (heads[i] >= 0) children[heads[i]]++;
  // each word's leftmost and rightmost descendant, itself included
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  for (let i = 0; i < n; i++) first[i] = last[i] = i;
  const extend = (i: number) => {
    for (let h = heads[i], step = 0; h >= 0 && step < n; h = heads[h], step++) {
      if (i < first[h]) first[h] = i;
      if (i > last[h]) last[h] = i;
    }
  };
  for (let i = 0; i < n; i++) extend(i);
  const dominates = (a: number, x: number) => {
    for (let h = x, step = 0; h >= 0 && step <= n; h = heads[h], step++) if (h === a) return true;
    return false;
  };
  const move = (p: number, to: number) => {
    if (heads[p] === to) return;
    children[heads[p]]--;
    heads[p] = to;
    children[to]++;
    labels[p] = punct;
    extend(p);
  };

  const kind = new Uint8Array(n);
  for (let open = 0; open < n; open++) {
    const closer = PAIRED[forms[open]];
    if (!closer || kind[open] || !isPunct(open) || children[open]) continue;
    let depth = 0;
    let close = -1;
    for (let i = open + 1; i < n && close < 0; i++) {
      if (forms[i] === closer && isPunct(i)) {
        if (depth === 0) close = i;
        else depth--;
      } else if (forms[i] === forms[open]) depth++;
    }
    if (close < 0 || children[close] || heads[open] < 0 || heads[close] < 0) continue;
    // the words inside whose heads lie outside: the marks go on the first and the last of them
    let inFirst = -1;
    let inLast = -1;
    for (let i = open + 1; i < close; i++) {
      if (isPunct(i) || (heads[i] > open && heads[i] < close)) continue;
      if (inFirst < 0) inFirst = i;
      inLast = i;
    }
    if (inFirst < 0) continue;
    move(open, inFirst);
    move(close, inLast);
    kind[open] = OPENING;
    kind[close] = CLOSING;
  }

  for (let p = 0; p < n; p++) {
    if (!isPunct(p) || kind[p] || children[p] || heads[p] < 0) continue;
    // "U.S." split as "U.S" + ".": a dot on the word before it is that word's
    if (forms[p] === '.' && heads[p] === p - 1) continue;
    let l = p - 1;
    while (l >= 0 && isPunct(l)) {
      if (kind[l] === OPENING && heads[l] !== p) {
        l = -1;
        break;
      }
      l--;
    }
    let r = FINAL.has(forms[p]) ? n : p + 1;
    while (r < n && isPunct(r)) {
      if (kind[r] === CLOSING && heads[r] !== p) {
        r = n;
        break;
      }
      r++;
    }
    // climb from each neighbour while the phrase it heads stays on its side of the mark
    let keep = false;
    let left = -1;
    if (l >= 0) {
      left = l;
      keep ||= heads[p] === l;
      while (heads[left] >= 0 && heads[left] < p && last[left] < p) {
        left = heads[left];
        keep ||= heads[p] === left;
      }
    }
    let right = -1;
    let keepRight = false;
    if (r < n) {
      right = r;
      keepRight ||= heads[p] === r;
      while (heads[right] >= 0 && heads[right] > p && first[right] > p) {
        right = heads[right];
        keepRight ||= heads[p] === right;
      }
    }
    // the lower of the two tops; the parser's own choice stands when it is on that one's path
    let to: number;
    if (left >= 0 && right >= 0 && dominates(right, left)) to = left;
    else if (left >= 0 && right >= 0 && dominates(left, right)) {
      to = right;
      keep = keepRight;
    } else if (left >= 0) {
      to = left;
      keep ||= keepRight;
    } else if (right >= 0) {
      to = right;
      keep = keepRight;
    } else continue;
    if (!keep) move(p, to);
  }
}
