// Part-of-speech tagging: a greedy left-to-right averaged perceptron over the word, its affixes
// and shape, its neighbours and the two tags before it (Collins 2002; Honnibal's "A good
// part-of-speech tagger in about 200 lines of Python"), predicting Universal POS tags.

import { hashString, mix32 } from './hash';
import { AFTER, BEFORE, type Lexical } from './lexical';
import { argmax, type LinearModel } from './linear-model';

export const UPOS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;
export type Upos = (typeof UPOS)[number];

const T = Array.from({ length: 40 }, (_, i) => hashString(`tagger:${i}`));
const MAX_FEATURES = 40;

const at = (a: Uint32Array, i: number, n: number) => (i < 0 ? BEFORE[-i - 1] : i >= n ? AFTER[i - n] : a[i]);

/**
 * The features of word `i`, given the tags chosen for the two words before it (tag index + 1,
 * 0 before the sentence). Returns how many were written into `out`.
 */
export function taggerFeatures(lex: Lexical, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  const { n, norm, shape, suffix3 } = lex;
  const w = norm[i];
  const wp = at(norm, i - 1, n);
  const wn = at(norm, i + 1, n);
  let k = 0;
  out[k++] = T[0];
  out[k++] = mix32(T[1], w);
  out[k++] = mix32(T[2], lex.suffix1[i]);
  out[k++] = mix32(T[3], lex.suffix2[i]);
  out[k++] = mix32(T[4], suffix3[i]);
  out[k++] = mix32(T[5], lex.suffix4[i]);
  out[k++] = mix32(T[6], lex.prefix1[i]);
  out[k++] = mix32(T[7], lex.prefix3[i]);
  out[k++] = mix32(T[8], shape[i]);
  out[k++] = mix32(T[9], lex.flags[i]);
  out[k++] = mix32(T[10], wp);
  out[k++] = mix32(T[11], at(norm, i - 2, n));
  out[k++] = mix32(T[12], wn);
  out[k++] = mix32(T[13], at(norm, i + 2, n));
  out[k++] = mix32(T[14], at(suffix3, i - 1, n));
  out[k++] = mix32(T[15], at(suffix3, i + 1, n));
  out[k++] = mix32(T[16], at(shape, i - 1, n));
  out[k++] = mix32(T[17], at(shape, i + 1, n));
  out[k++] = mix32(T[18], prev1);
  out[k++] = mix32(mix32(T[19], prev1), prev2);
  out[k++] = mix32(mix32(T[20], prev1), w);
  out[k++] = mix32(mix32(T[21], wp), w);
  out[k++] = mix32(mix32(T[22], w), wn);
  out[k++] = mix32(mix32(T[23], prev1), suffix3[i]);
  out[k++] = mix32(mix32(T[24], prev1), wn);
  out[k++] = mix32(mix32(T[25], shape[i]), prev1);
  return k;
}

export class Tagger {
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly scores = new Int32Array(UPOS.length);

  constructor(private readonly model: LinearModel) {}

  /** UPOS index of each word. */
  tag(lex: Lexical): Uint8Array {
    const tags = new Uint8Array(lex.n);
    let prev1 = 0;
    let prev2 = 0;
    for (let i = 0; i < lex.n; i++) {
      const k = taggerFeatures(lex, i, prev1, prev2, this.features);
      this.scores.fill(0);
      this.model.score(this.features, k, this.scores);
      const t = argmax(this.scores, UPOS.length);
      tags[i] = t;
      prev2 = prev1;
      prev1 = t + 1;
    }
    return tags;
  }
}
