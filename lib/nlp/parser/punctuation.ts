// Punctuation re-attached after parsing. UD's treebanks are normalised with one rule (Udapi's
// ud.FixPunct): a mark hangs on the head of a neighbouring phrase, paired marks on the head of
// what they enclose, and a sentence's final mark never on what follows it. The greedy parser
// attaches a fifth of all marks elsewhere, each being one more choice made alone. Here paired
// marks follow the rule; every other mark takes one of the heads the rule allows (the chains of
// heads above its two neighbours), chosen by a small trained model (scripts/train/
// train-punctuation.ts) that reads the rest of the tree as parsed. Measured on the UD dev files
// (scripts/nlp/eval.ts).

import { hashString, mix32 } from '../hash';
import type { Lexical } from '../lexical';
import type { LinearModel } from '../linear-model';
import { UPOS } from '../tagger';

const PUNCT = UPOS.indexOf('PUNCT');
const PAIRED: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
]);
const FINAL = new Set(['.', '?', '!']);

const OPENING = 1;
const CLOSING = 2;

/** A sentence's tree as the re-attachment reads it. */
export interface MarkedTree {
  forms: readonly string[];
  /** Hash of each word's normalised form (lib/nlp/lexical.ts). */
  words: Uint32Array;
  /** UPOS index of each word. */
  tags: Uint8Array;
  /** Head of each word, -1 for the root; marks' heads are rewritten in place. */
  heads: Int32Array;
  /** Hash of each word's relation to its head. */
  relations: Uint32Array;
}

/** A head a mark may take: a word on the chain above its left (side 0) or right (side 1) neighbour. */
export interface MarkCandidate {
  word: number;
  side: 0 | 1;
  /** Steps up the chain from the neighbour. */
  rank: number;
  /** The last word of its chain. */
  top: boolean;
}

/** Each word's leftmost and rightmost descendant among the words that are not marks. */
export interface Extents {
  first: Int32Array;
  last: Int32Array;
}

export function extentsOf(tree: MarkedTree): Extents {
  const { heads, tags } = tree;
  const n = heads.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  for (let i = 0; i < n; i++) first[i] = last[i] = i;
  for (let i = 0; i < n; i++) {
    if (tags[i] === PUNCT) continue;
    for (let h = heads[i], step = 0; h >= 0 && step < n; h = heads[h], step++) {
      if (i < first[h]) first[h] = i;
      if (i > last[h]) last[h] = i;
    }
  }
  return { first, last };
}

/**
 * Opening and closing marks of each pair (quotes, brackets), hung on the first and last word
 * inside whose head lies outside: what they enclose. Returns each word's role (0 for none).
 */
export function attachPairs(tree: MarkedTree, onMove: (mark: number) => void = () => {}): Uint8Array {
  const { forms, tags, heads } = tree;
  const n = heads.length;
  const kind = new Uint8Array(n);
  const hasChildren = childFlags(heads);
  for (let open = 0; open < n; open++) {
    if (tags[open] !== PUNCT) continue;
    const closer = PAIRED.get(forms[open]);
    if (!closer || kind[open] || hasChildren[open] || heads[open] < 0) continue;
    let depth = 0;
    let close = -1;
    for (let i = open + 1; i < n && close < 0; i++) {
      if (forms[i] === closer && tags[i] === PUNCT) {
        if (depth === 0) close = i;
        else depth--;
      } else if (forms[i] === forms[open]) depth++;
    }
    if (close < 0 || hasChildren[close] || heads[close] < 0) continue;
    let inFirst = -1;
    let inLast = -1;
    for (let i = open + 1; i < close; i++) {
      if (tags[i] === PUNCT || (heads[i] > open && heads[i] < close)) continue;
      if (inFirst < 0) inFirst = i;
      inLast = i;
    }
    if (inFirst < 0) continue;
    if (heads[open] !== inFirst) {
      heads[open] = inFirst;
      onMove(open);
    }
    if (heads[close] !== inLast) {
      heads[close] = inLast;
      onMove(close);
    }
    kind[open] = OPENING;
    kind[close] = CLOSING;
  }
  return kind;
}

/** Whether mark p is one the re-attachment decides: a leaf, not the root, not paired. */
export function isLooseMark(tree: MarkedTree, kind: Uint8Array, hasChildren: Uint8Array, p: number): boolean {
  const { forms, tags, heads } = tree;
  if (tags[p] !== PUNCT || kind[p] || hasChildren[p] || heads[p] < 0) return false;
  // "U.S" + ".": a dot on the word just before it belongs to that word
  return !(forms[p] === '.' && heads[p] === p - 1);
}

/** The heads mark p may take: up the chains above its neighbours while their phrases stay on one side. */
export function markCandidates(tree: MarkedTree, extents: Extents, kind: Uint8Array, p: number): MarkCandidate[] {
  const { forms, tags, heads } = tree;
  const n = heads.length;
  const out: MarkCandidate[] = [];
  let l = p - 1;
  while (l >= 0 && tags[l] === PUNCT) {
    if (kind[l] === OPENING && heads[l] !== p) {
      l = -1;
      break;
    }
    l--;
  }
  let r = FINAL.has(forms[p]) ? n : p + 1;
  while (r < n && tags[r] === PUNCT) {
    if (kind[r] === CLOSING && heads[r] !== p) {
      r = n;
      break;
    }
    r++;
  }
  if (l >= 0) {
    for (let w = l, rank = 0; ; w = heads[w], rank++) {
      const up = heads[w] >= 0 && heads[w] < p && extents.last[w] < p;
      out.push({ word: w, side: 0, rank, top: !up });
      if (!up) break;
    }
  }
  if (r < n) {
    for (let w = r, rank = 0; ; w = heads[w], rank++) {
      const up = heads[w] >= 0 && heads[w] > p && extents.first[w] > p;
      out.push({ word: w, side: 1, rank, top: !up });
      if (!up) break;
    }
  }
  return out;
}

const T = Array.from({ length: 24 }, (_, i) => hashString(`punct:${i}`));
const NONE = hashString('-NONE-');
export const MAX_MARK_FEATURES = 24;

const markForm = (form: string) => hashString(form.length > 3 ? form.slice(0, 3) : form);
const bucket = (d: number) => (d < 4 ? d : d < 7 ? 4 : d < 12 ? 5 : 6);

/** The features of hanging mark p on candidate c. */
export function markFeatures(tree: MarkedTree, p: number, c: MarkCandidate, out: Uint32Array): number {
  const { tags, heads, relations, forms } = tree;
  const n = heads.length;
  const w = c.word;
  const form = markForm(forms[p]);
  const where = mix32(mix32(c.side, Math.min(c.rank, 3)), c.top ? 1 : 0);
  const tag = tags[w];
  const rel = relations[w];
  const headTag = heads[w] >= 0 ? tags[heads[w]] : 31;
  const headRel = heads[w] >= 0 ? relations[heads[w]] : NONE;
  const prev = p > 0 ? tags[p - 1] : 31;
  const next = p + 1 < n ? tags[p + 1] : 31;
  const nextRel = p + 1 < n ? relations[p + 1] : NONE;
  const nextOnW = p + 1 < n && heads[p + 1] === w ? 1 : 0;
  const headSide = heads[w] < 0 ? 2 : heads[w] < p ? 0 : 1;
  const last = p === n - 1 ? 1 : 0;
  let k = 0;
  out[k++] = mix32(T[0], where);
  out[k++] = mix32(mix32(T[1], form), where);
  out[k++] = mix32(mix32(mix32(T[2], form), where), tag);
  out[k++] = mix32(mix32(mix32(T[3], form), where), rel);
  out[k++] = mix32(mix32(T[4], where), rel);
  out[k++] = mix32(mix32(mix32(T[5], tag), rel), c.side);
  out[k++] = mix32(mix32(mix32(mix32(T[6], form), c.side), next), tag);
  out[k++] = mix32(mix32(mix32(mix32(T[7], form), c.side), prev), tag);
  out[k++] = mix32(mix32(mix32(mix32(T[8], form), nextRel), nextOnW), where);
  out[k++] = mix32(mix32(mix32(T[9], form), bucket(Math.abs(w - p))), c.side);
  out[k++] = mix32(mix32(mix32(T[10], rel), headRel), c.side);
  out[k++] = mix32(mix32(mix32(mix32(T[11], form), last), where), tag);
  out[k++] = mix32(mix32(mix32(T[12], form), headSide), where);
  out[k++] = mix32(mix32(mix32(mix32(T[13], form), headTag), rel), c.side);
  out[k++] = mix32(mix32(mix32(T[14], form), mix32(prev, next)), where);
  out[k++] = mix32(mix32(mix32(mix32(T[15], rel), nextRel), nextOnW), c.side);
  // the words themselves: ", and", ", which", ", said" open different phrases
  const nextWord = p + 1 < n ? tree.words[p + 1] : NONE;
  const prevWord = p > 0 ? tree.words[p - 1] : NONE;
  out[k++] = mix32(mix32(mix32(T[16], form), nextWord), where);
  out[k++] = mix32(mix32(mix32(T[17], form), prevWord), where);
  out[k++] = mix32(mix32(mix32(T[18], form), tree.words[w]), c.side);
  out[k++] = mix32(mix32(mix32(mix32(T[19], form), nextWord), rel), c.side);
  return k;
}

/** Re-attaches the punctuation of one parsed sentence in place. */
export class Punctuation {
  private readonly features = new Uint32Array(MAX_MARK_FEATURES);
  private readonly scores = new Int32Array(1);
  private readonly relationKeys: Uint32Array;
  private readonly punctLabel: number;

  constructor(
    private readonly model: LinearModel,
    labels: readonly string[],
  ) {
    this.relationKeys = Uint32Array.from(labels, hashString);
    this.punctLabel = labels.indexOf('punct');
  }

  /**
   * Marks with children of their own, and a mark at the root, are left alone. Each mark looks at
   * the chains above its neighbours, so the cost is bounded by the sentence's length (itself
   * bounded, lib/nlp/sentences.ts) times its depth.
   */
  attach(lex: Lexical, tags: Uint8Array, heads: Int32Array, labels: Uint8Array): void {
    const relations = new Uint32Array(labels.length);
    for (let i = 0; i < labels.length; i++) relations[i] = this.relationKeys[labels[i]];
    const tree: MarkedTree = { forms: lex.forms, words: lex.norm, tags, heads, relations };
    const relabel = (mark: number) => {
      labels[mark] = this.punctLabel;
      relations[mark] = this.relationKeys[this.punctLabel];
    };
    const kind = attachPairs(tree, relabel);
    const extents = extentsOf(tree);
    // (counted again after the pairs moved: a mark they left may have no words of its own now)
    const hasChildren = childFlags(heads);
    for (let p = 0; p < heads.length; p++) {
      if (!isLooseMark(tree, kind, hasChildren, p)) continue;
      const candidates = markCandidates(tree, extents, kind, p);
      const best = this.choose(tree, p, candidates);
      if (best >= 0 && heads[p] !== best) {
        heads[p] = best;
        relabel(p);
      }
    }
  }

  /** The candidate word the model scores highest, -1 when there is none. */
  private choose(tree: MarkedTree, p: number, candidates: readonly MarkCandidate[]): number {
    let best = -1;
    let bestScore = 0;
    for (const c of candidates) {
      const k = markFeatures(tree, p, c, this.features);
      this.scores[0] = 0;
      this.model.score(this.features, k, this.scores, 1);
      if (best < 0 || this.scores[0] > bestScore) {
        best = c.word;
        bestScore = this.scores[0];
      }
    }
    return best;
  }
}

/** 1 for each word that heads another. */
export function childFlags(heads: Int32Array): Uint8Array {
  const flags = new Uint8Array(heads.length);
  for (const h of heads) if (h >= 0) flags[h] = 1;
  return flags;
}
