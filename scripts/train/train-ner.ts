// Trains the entity recogniser on CoNLL-2003 English train, with our own tagger's tags and the
// gazetteer compiled in, and writes lib/nlp/models/ner.bin. Reports span P/R/F1 per type on valid.
//   npx tsx scripts/train/train-ner.ts [--epochs N] [--prune F]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Gazetteer } from '../../lib/nlp/gazetteer';
import { lexical } from '../../lib/nlp/lexical';
import { LinearModel } from '../../lib/nlp/linear-model';
import { readModelFile, writeModelFile } from '../../lib/nlp/model-file';
import {
  allowedAfter,
  ENTITY_TYPES,
  EntityRecognizer,
  MAX_NER_FEATURES,
  NER_LABELS,
  type NerSentence,
  nerFeatures,
  reachable,
  readDocument,
} from '../../lib/nlp/ner';
import { Tagger, UPOS } from '../../lib/nlp/tagger';
import { formatPrf, scoreEntities } from '../nlp/evaluate';
import { type NerDocument, readConll2003 } from './conll2003';
import { arg, MODELS, random, shuffle } from './corpora';
import { gazetteerEntries } from './gazetteer-entries';
import { AveragedPerceptron, quantise } from './perceptron';

const epochs = arg('epochs', 10);
const prune = arg('prune', 0.3);

const tagger = new Tagger(
  LinearModel.fromArrays(readModelFile(readFileSync(join(MODELS, 'tagger.bin'))).arrays, UPOS.length),
);
const gazData = gazetteerEntries();
const gazetteer = new Gazetteer(gazData.keys, gazData.bits);

interface Doc {
  sentences: (NerSentence & { gold: number[] })[];
}
const prepare = (docs: NerDocument[]): Doc[] =>
  docs.map((d) => ({
    sentences: d.sentences.map((s) => {
      const lex = lexical(s.forms);
      return { lex, tags: tagger.tag(lex), gold: s.labels };
    }),
  }));

const train = prepare(readConll2003('conll2003/train.txt'));
const valid = prepare(readConll2003('conll2003/valid.txt'));
console.log(`${train.length} training documents, ${valid.length} valid`);

const model = new AveragedPerceptron(NER_LABELS.length);
const features = new Uint32Array(MAX_NER_FEATURES);
const scores = new Float64Array(NER_LABELS.length);
const rand = random(5);
for (let epoch = 1; epoch <= epochs; epoch++) {
  let right = 0;
  let total = 0;
  for (const doc of shuffle(train, rand)) {
    readDocument(gazetteer, doc.sentences, (s, ctx) => {
      const gold = (s as Doc['sentences'][number]).gold;
      const labels = new Uint8Array(s.lex.n);
      let p1 = 0;
      let p2 = 0;
      for (let i = 0; i < s.lex.n; i++) {
        const last = i === s.lex.n - 1;
        const k = nerFeatures(s, ctx, i, p1, p2, features);
        model.score(features, k, scores);
        let guess = -1;
        for (let c = 0; c < NER_LABELS.length; c++) {
          if (allowedAfter(p1, c, last) && (guess < 0 || scores[c] > scores[guess])) guess = c;
        }
        model.update(features, k, reachable(p1, gold[i], last), guess);
        model.tick();
        if (guess === gold[i]) right++;
        total++;
        labels[i] = guess;
        p2 = p1;
        p1 = guess;
      }
      return labels;
    });
  }
  console.log(`epoch ${epoch}: ${(right / total).toFixed(4)} of words right, ${model.features} features`);
}

const { arrays, stats } = quantise(model.averagedModel(), { minAbs: prune });
const recogniser = new EntityRecognizer(new LinearModel(arrays, NER_LABELS.length), gazetteer);
const counts = scoreEntities(valid, recogniser);
for (const t of [...ENTITY_TYPES, 'all']) console.log(`valid ${t.padEnd(4)} ${formatPrf(counts[t])}`);

const bytes = writeModelFile(
  {
    kind: 'ner',
    labels: NER_LABELS,
    trainedOn: 'CoNLL-2003 English train (Reuters news; annotations free for research)',
    epochs,
    gazetteerEntries: gazData.count,
    ...stats,
  },
  { ...arrays, gazetteerKeys: gazData.keys, gazetteerBits: gazData.bits },
);
writeFileSync(join(MODELS, 'ner.bin'), bytes);
console.log(`ner.bin: ${stats.rows} rows, ${stats.entries} weights, ${(bytes.length / 1e6).toFixed(2)} MB`);
