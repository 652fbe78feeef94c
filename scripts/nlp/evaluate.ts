// Accuracy of the language core on annotated data, shared by the trainers (which report dev
// figures as they write a model) and by `npm run eval:nlp`.

import type { ConlluSentence } from '../../lib/nlp/conllu';
import { tagWords } from '../../lib/nlp/headlines';
import { ENTITY_TYPES, type EntityRecognizer, type NerSentence, spansOf } from '../../lib/nlp/ner';
import type { Parser } from '../../lib/nlp/parser';
import { type Tagger, UPOS } from '../../lib/nlp/tagger';

export interface TreebankScores {
  words: number;
  upos: number;
  uas: number;
  las: number;
}

/** UPOS accuracy, UAS and LAS over gold words (punctuation included, as CoNLL 2018 counts). */
export function scoreTreebank(sentences: ConlluSentence[], tagger: Tagger, parser?: Parser): TreebankScores {
  let words = 0;
  let upos = 0;
  let uas = 0;
  let las = 0;
  for (const s of sentences) {
    const { lex, tags } = tagWords(
      tagger,
      s.words.map((w) => w.form),
    );
    const tree = parser?.parse({ lex, tags });
    s.words.forEach((w, i) => {
      words++;
      if (UPOS[tags[i]] === w.upos) upos++;
      if (tree && tree.heads[i] + 1 === w.head) {
        uas++;
        if (parser?.labels[tree.labels[i]] === w.deprel) las++;
      }
    });
  }
  return { words, upos: upos / words, uas: uas / words, las: las / words };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const prf = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
};

export const formatPrf = (c: Counts) => {
  const { p, r, f } = prf(c);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`;
};

/** Exact-span counts per entity type over documents of gold-labelled sentences (BILOU). */
export function scoreEntities(
  docs: { sentences: (NerSentence & { gold: number[] })[] }[],
  recogniser: EntityRecognizer,
): Record<string, Counts> {
  const counts: Record<string, Counts> = Object.fromEntries(
    [...ENTITY_TYPES, 'all'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
  );
  const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
  for (const doc of docs) {
    const predicted = recogniser.recognise(doc.sentences);
    doc.sentences.forEach((s, i) => {
      const gold = new Set(spansOf(Uint8Array.from(s.gold)).map(key));
      for (const p of spansOf(predicted[i])) {
        const hit = gold.delete(key(p));
        counts[p.type][hit ? 'tp' : 'fp']++;
        counts.all[hit ? 'tp' : 'fp']++;
      }
      for (const g of gold) {
        counts[g.split(':')[2]].fn++;
        counts.all.fn++;
      }
    });
  }
  return counts;
}
