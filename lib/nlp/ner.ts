// Named-entity recognition: person, organization, location and miscellaneous names as BILOU
// spans (Ratinov and Roth 2009 found BILOU better than BIO), chosen greedily left to right by an
// averaged perceptron over the word, its shape and neighbours, the tagger's tags, the names we
// already know (gazetteer), and what the same word was taken for earlier in the document.

import nameConnectors from './data/name-connectors.json';
import { type Gazetteer, MAX_ENTRY_WORDS } from './gazetteer';
import { hashString, mix32 } from './hash';
import { AFTER, BEFORE, FLAG_CAPITALISED, FLAG_FIRST, type Lexical } from './lexical';
import type { LinearModel } from './linear-model';

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
/** O, then B- I- L- U- of each type. */
export const NER_LABELS = ['O', ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

const B = 1;
const I = 2;
const L = 3;
const U = 4;
const part = (label: number) => (label === 0 ? 0 : ((label - 1) % 4) + 1);
const entityType = (label: number): number => (label === 0 ? -1 : Math.floor((label - 1) / 4));
const label = (type: number, p: number) => 1 + type * 4 + p - 1;

/** Whether `label` may follow `prev` (and end the sentence, when `last`). */
export function allowedAfter(prev: number, next: number, last: boolean): boolean {
  const open = part(prev) === B || part(prev) === I;
  if (open) {
    if (entityType(next) !== entityType(prev)) return false;
    return last ? part(next) === L : part(next) === I || part(next) === L;
  }
  const p = part(next);
  return p === 0 || p === U || (p === B && !last);
}

/** The best label the gold one can still become after `prev` (used in training). */
export function reachable(prev: number, gold: number, last: boolean): number {
  if (allowedAfter(prev, gold, last)) return gold;
  const t = entityType(gold);
  const open = part(prev) === B || part(prev) === I;
  if (open) return label(entityType(prev), last ? L : I);
  if (t < 0) return 0;
  const p = part(gold);
  return label(t, p === I ? (last ? U : B) : p === L ? U : p);
}

/** One sentence as the recogniser reads it. */
export interface NerSentence {
  lex: Lexical;
  tags: Uint8Array;
}

/** What the recogniser knows of the whole document while it reads one sentence. */
export interface NerContext {
  /** Per word of the current sentence: up to four features from the known names covering it. */
  gazetteer: GazetteerFeatures;
  /** Per word: the kind bits of every known name covering it, or-ed. */
  gazetteerBits: Uint8Array;
  /** Type (+1, 0 for none) the same capitalised word was last given in this document. */
  history: Map<number, number>;
  /** Words the document also prints capitalised in the middle of a sentence. */
  capitalisedInside: Set<number>;
  /** The sentence is written in capitals (a headline). */
  shouting: boolean;
}

const T = Array.from({ length: 60 }, (_, i) => hashString(`ner:${i}`));
export const MAX_NER_FEATURES = 64;

const at = (a: Uint32Array, i: number, n: number) => (i < 0 ? BEFORE[-i - 1] : i >= n ? AFTER[i - n] : a[i]);
const tagAt = (t: Uint8Array, i: number) => (i < 0 || i >= t.length ? 31 : t[i]);

export function nerFeatures(
  s: NerSentence,
  ctx: NerContext,
  i: number,
  prev1: number,
  prev2: number,
  out: Uint32Array,
): number {
  const { lex, tags } = s;
  const { n, norm, shape } = lex;
  const w = norm[i];
  const sh = shape[i];
  let k = 0;
  out[k++] = T[0];
  out[k++] = mix32(T[1], w);
  out[k++] = mix32(T[2], lex.cased[i]);
  out[k++] = mix32(T[3], lex.prefix3[i]);
  out[k++] = mix32(T[4], lex.suffix2[i]);
  out[k++] = mix32(T[5], lex.suffix3[i]);
  out[k++] = mix32(T[6], lex.suffix4[i]);
  out[k++] = mix32(T[7], sh);
  out[k++] = mix32(T[8], lex.flags[i]);
  out[k++] = mix32(T[9], at(norm, i - 1, n));
  out[k++] = mix32(T[10], at(norm, i - 2, n));
  out[k++] = mix32(T[11], at(norm, i + 1, n));
  out[k++] = mix32(T[12], at(norm, i + 2, n));
  out[k++] = mix32(T[13], at(lex.cased, i - 1, n));
  out[k++] = mix32(T[14], at(lex.cased, i + 1, n));
  out[k++] = mix32(T[15], at(shape, i - 1, n));
  out[k++] = mix32(T[16], at(shape, i + 1, n));
  out[k++] = mix32(mix32(mix32(T[17], at(shape, i - 1, n)), sh), at(shape, i + 1, n));
  out[k++] = mix32(T[18], tagAt(tags, i - 1));
  out[k++] = mix32(T[19], tags[i]);
  out[k++] = mix32(T[20], tagAt(tags, i + 1));
  out[k++] = mix32(mix32(T[21], tags[i]), tagAt(tags, i + 1));
  out[k++] = mix32(mix32(T[22], tagAt(tags, i - 1)), tags[i]);
  out[k++] = mix32(T[23], prev1);
  out[k++] = mix32(mix32(T[24], prev1), prev2);
  out[k++] = mix32(mix32(T[25], prev1), w);
  out[k++] = mix32(mix32(T[26], prev1), sh);
  out[k++] = mix32(mix32(T[27], prev1), tags[i]);
  out[k++] = mix32(mix32(T[28], at(norm, i - 1, n)), w);
  out[k++] = mix32(mix32(T[29], w), at(norm, i + 1, n));
  out[k++] = mix32(mix32(T[30], sh), at(norm, i + 1, n));
  out[k++] = mix32(mix32(T[31], at(norm, i - 1, n)), sh);
  const bits = ctx.gazetteerBits;
  out[k++] = mix32(T[32], bits[i]);
  out[k++] = mix32(T[33], i > 0 ? bits[i - 1] : 0);
  out[k++] = mix32(T[34], i + 1 < n ? bits[i + 1] : 0);
  out[k++] = mix32(mix32(T[35], bits[i]), prev1);
  const g = ctx.gazetteer;
  for (let j = 0; j < g.count[i]; j++) out[k++] = g.features[i * GAZ_PER_WORD + j];
  const capitalised = (lex.flags[i] & FLAG_CAPITALISED) !== 0;
  if (capitalised) {
    out[k++] = mix32(T[36], ctx.history.get(lex.cased[i]) ?? 0);
    out[k++] = mix32(mix32(T[37], ctx.history.get(lex.cased[i]) ?? 0), sh);
  }
  const unsure = (lex.flags[i] & FLAG_FIRST) !== 0 || ctx.shouting;
  if (unsure) {
    out[k++] = mix32(mix32(T[38], ctx.capitalisedInside.has(w) ? 1 : 0), ctx.shouting ? 1 : 0);
    out[k++] = mix32(mix32(T[39], w), ctx.shouting ? 1 : 0);
  }
  return k;
}

const GAZ_PER_WORD = 4;

/** Flat per-word feature lists: word i's are features[4i .. 4i + count[i]). */
export interface GazetteerFeatures {
  features: Uint32Array;
  count: Uint8Array;
}

/** Per word, features from the known names covering it (at most four, longest first). */
function gazetteerContext(gaz: Gazetteer, forms: string[]): { features: GazetteerFeatures; bits: Uint8Array } {
  const n = forms.length;
  const features = new Uint32Array(n * GAZ_PER_WORD);
  const count = new Uint8Array(n);
  const bits = new Uint8Array(n);
  const matches = gaz.matches(forms);
  if (matches.length > 1) matches.sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const m of matches) {
    const single = m.end - m.start === 1;
    for (let j = m.start; j < m.end; j++) {
      bits[j] |= m.bits;
      const p = single ? U : j === m.start ? B : j === m.end - 1 ? L : I;
      if (count[j] < GAZ_PER_WORD) {
        features[j * GAZ_PER_WORD + count[j]++] = mix32(
          mix32(mix32(T[40], m.bits), p),
          Math.min(m.end - m.start, MAX_ENTRY_WORDS),
        );
      }
    }
  }
  return { features: { features, count }, bits };
}

/** Pre-pass over a document: the capitalised words it prints mid-sentence. */
function capitalisedInside(sentences: NerSentence[]): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    if (isShouting(s.lex)) continue;
    for (let i = 1; i < s.lex.n; i++) if (s.lex.flags[i] & FLAG_CAPITALISED) out.add(s.lex.norm[i]);
  }
  return out;
}

/** A sentence with no lower-case letters and more than two words: a headline in capitals. */
function isShouting(lex: Lexical): boolean {
  return lex.n > 2 && lex.forms.every((f) => !/\p{Ll}/u.test(f)) && lex.forms.some((f) => /\p{Lu}/u.test(f));
}

/** Remembers the types given to capitalised words, for the rest of the document. */
function remember(history: Map<number, number>, lex: Lexical, labels: Uint8Array): void {
  for (let i = 0; i < lex.n; i++) {
    if (lex.flags[i] & FLAG_CAPITALISED) history.set(lex.cased[i], entityType(labels[i]) + 1);
  }
}

export interface EntitySpan {
  /** Word indices within the sentence, end exclusive. */
  start: number;
  end: number;
  type: EntityType;
}

const connectors = new Set(nameConnectors.words);

/** Whether a word may stand inside a name: anything not in lower case, or a connector. */
export function canContinueName(form: string): boolean {
  if (!/^\p{Ll}/u.test(form)) return true;
  const lower = form.toLowerCase();
  return connectors.has(lower) || nameConnectors.prefixes.some((p) => lower.startsWith(p));
}

export function spansOf(labels: Uint8Array): EntitySpan[] {
  const out: EntitySpan[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const p = part(labels[i]);
    if (p === U) out.push({ start: i, end: i + 1, type: ENTITY_TYPES[entityType(labels[i])] });
    else if (p === B) start = i;
    else if (p === L && start >= 0) {
      out.push({ start, end: i + 1, type: ENTITY_TYPES[entityType(labels[i])] });
      start = -1;
    }
  }
  return out;
}

/**
 * Reads a document's sentences in order, each with what the document has shown so far: the
 * sentence's known names, and the types earlier sentences gave its capitalised words. `label`
 * chooses one sentence's labels (the recogniser's decoding, or a training step).
 */
export function readDocument(
  gazetteer: Gazetteer,
  sentences: NerSentence[],
  label: (s: NerSentence, ctx: NerContext) => Uint8Array,
): Uint8Array[] {
  const history = new Map<number, number>();
  const inside = capitalisedInside(sentences);
  return sentences.map((s) => {
    const gaz = gazetteerContext(gazetteer, s.lex.forms);
    const labels = label(s, {
      gazetteer: gaz.features,
      gazetteerBits: gaz.bits,
      history,
      capitalisedInside: inside,
      shouting: isShouting(s.lex),
    });
    remember(history, s.lex, labels);
    return labels;
  });
}

export class EntityRecognizer {
  private readonly features = new Uint32Array(MAX_NER_FEATURES);
  private readonly scores = new Int32Array(NER_LABELS.length);

  constructor(
    private readonly model: LinearModel,
    private readonly gazetteer: Gazetteer,
  ) {}

  /** BILOU labels of every word of every sentence of one document, in order. */
  recognise(sentences: NerSentence[]): Uint8Array[] {
    return readDocument(this.gazetteer, sentences, (s, ctx) => this.decode(s, ctx));
  }

  private decode(s: NerSentence, ctx: NerContext): Uint8Array {
    const n = s.lex.n;
    const labels = new Uint8Array(n);
    let p1 = 0;
    let p2 = 0;
    for (let i = 0; i < n; i++) {
      // greedy BILOU decoding must go on with a name once begun: a lower-case word that cannot
      // stand inside one ends it at the word before ("Labour Minister Jane Doe called on …")
      if ((part(p1) === B || part(p1) === I) && !canContinueName(s.lex.forms[i])) {
        p1 = label(entityType(p1), part(p1) === B ? U : L);
        labels[i - 1] = p1;
      }
      const k = nerFeatures(s, ctx, i, p1, p2, this.features);
      this.scores.fill(0);
      this.model.score(this.features, k, this.scores);
      const last = i === n - 1;
      let best = -1;
      for (let c = 0; c < NER_LABELS.length; c++) {
        if (allowedAfter(p1, c, last) && (best < 0 || this.scores[c] > this.scores[best])) best = c;
      }
      labels[i] = best;
      p2 = p1;
      p1 = best;
    }
    return labels;
  }
}
