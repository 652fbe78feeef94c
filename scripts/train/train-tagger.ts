// Trains the part-of-speech tagger on UD English EWT + GUM train and writes lib/nlp/models/tagger.bin.
//   npx tsx scripts/train/train-tagger.ts [--epochs N] [--prune F]

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinearModel } from '../../lib/nlp/linear-model';
import { writeModelFile } from '../../lib/nlp/model-file';
import { Tagger, UPOS } from '../../lib/nlp/tagger';
import { scoreTreebank } from '../nlp/evaluate';
import { arg, MODELS, readTreebank, UD_DEV, UD_TRAIN } from './corpora';
import { quantise } from './perceptron';
import { type TaggedSentence, trainTagger, uposIndex } from './tagger-trainer';

const epochs = arg('epochs', 8);
const prune = arg('prune', 1);

const train: TaggedSentence[] = UD_TRAIN.flatMap(readTreebank).map((s) => ({
  forms: s.words.map((w) => w.form),
  tags: s.words.map((w) => uposIndex(w.upos)),
}));
const model = trainTagger(train, { epochs, log: true });
const { arrays, stats } = quantise(model.averagedModel(), { minAbs: prune });
const tagger = new Tagger(new LinearModel(arrays, UPOS.length));
for (const file of UD_DEV) console.log(`${file}: UPOS ${scoreTreebank(readTreebank(file), tagger).upos.toFixed(4)}`);
const bytes = writeModelFile(
  {
    kind: 'tagger',
    labels: UPOS,
    trainedOn: 'UD English EWT (CC BY-SA 4.0) and GUM (CC BY 4.0) train, UD 2.16 snapshot',
    epochs,
    ...stats,
  },
  { ...arrays },
);
writeFileSync(join(MODELS, 'tagger.bin'), bytes);
console.log(`tagger.bin: ${stats.rows} rows, ${stats.entries} weights, ${(bytes.length / 1e6).toFixed(2)} MB`);
