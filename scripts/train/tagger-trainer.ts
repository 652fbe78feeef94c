// Training the tagger, shared by train-tagger (the shipped model) and train-parser (which needs
// tags as noisy as the real tagger's on its own training data: ten-fold jackknifing).

import { lexical } from '../../lib/nlp/lexical';
import { LinearModel } from '../../lib/nlp/linear-model';
import { Tagger, taggerFeatures, UPOS } from '../../lib/nlp/tagger';
import { random, shuffle } from './corpora';
import { AveragedPerceptron, quantise } from './perceptron';

export interface TaggedSentence {
  forms: string[];
  /** UPOS indices. */
  tags: number[];
}

const UPOS_INDEX = new Map<string, number>(UPOS.map((t, i) => [t, i]));
export const uposIndex = (tag: string): number => UPOS_INDEX.get(tag) ?? UPOS_INDEX.get('X')!;

export function trainTagger(
  train: TaggedSentence[],
  { epochs = 8, seed = 7, log = false }: { epochs?: number; seed?: number; log?: boolean } = {},
): AveragedPerceptron {
  const model = new AveragedPerceptron(UPOS.length);
  const features = new Uint32Array(64);
  const scores = new Float64Array(UPOS.length);
  const rand = random(seed);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const ex of shuffle(train, rand)) {
      const lex = lexical(ex.forms);
      let p1 = 0;
      let p2 = 0;
      for (let i = 0; i < lex.n; i++) {
        const k = taggerFeatures(lex, i, p1, p2, features);
        model.score(features, k, scores);
        let guess = 0;
        for (let c = 1; c < UPOS.length; c++) if (scores[c] > scores[guess]) guess = c;
        model.update(features, k, ex.tags[i], guess);
        model.tick();
        if (guess === ex.tags[i]) right++;
        total++;
        // train on its own previous guesses, as it will run
        p2 = p1;
        p1 = guess + 1;
      }
    }
    if (log) console.log(`epoch ${epoch}: train accuracy ${(right / total).toFixed(4)}, ${model.features} features`);
  }
  return model;
}

/** Each sentence tagged by a tagger trained on the other nine tenths. */
export function jackknife(sentences: TaggedSentence[], folds = 10, epochs = 8): Uint8Array[] {
  const out: Uint8Array[] = new Array(sentences.length);
  for (let f = 0; f < folds; f++) {
    const train = sentences.filter((_, i) => i % folds !== f);
    const tagger = new Tagger(
      new LinearModel(quantise(trainTagger(train, { epochs }).averagedModel()).arrays, UPOS.length),
    );
    sentences.forEach((s, i) => {
      if (i % folds === f) out[i] = tagger.tag(lexical(s.forms));
    });
  }
  return out;
}
