// Turns the parser's averaged float weights (written by train-parser to .train-cache) into the
// shipped lib/nlp/models/parser.bin: small weights dropped, the rest quantised. Separate from
// training, which takes many minutes, so the size/accuracy trade can be tried in seconds.
//   npx tsx scripts/train/ship-parser.ts [--min-abs X] [--dry]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LinearModel } from '../../lib/nlp/linear-model';
import { readModelFile, writeModelFile } from '../../lib/nlp/model-file';
import { Parser } from '../../lib/nlp/parser';
import { Tagger, UPOS } from '../../lib/nlp/tagger';
import { scoreTreebank } from '../nlp/evaluate';
import { arg, CACHE, MODELS, readTreebank, UD_DEV } from './corpora';
import { type FloatModel, quantise } from './perceptron';

const minAbs = arg('min-abs', 3);

const float = readModelFile<{ labels: string[]; epochs: number; minCount: number }>(
  new Uint8Array(readFileSync(join(CACHE, 'parser-float.bin'))),
);
const labels = float.meta.labels;
const { arrays, stats } = quantise(float.arrays as unknown as FloatModel, { minAbs });
const parser = new Parser(new LinearModel(arrays, 1 + 2 * labels.length), labels);
const tagger = new Tagger(
  LinearModel.fromArrays(readModelFile(new Uint8Array(readFileSync(join(MODELS, 'tagger.bin')))).arrays, UPOS.length),
);
for (const file of UD_DEV) {
  const { uas, las } = scoreTreebank(readTreebank(file), tagger, parser);
  console.log(`${file}: UAS ${uas.toFixed(4)} LAS ${las.toFixed(4)}`);
}
const bytes = writeModelFile(
  {
    kind: 'parser',
    labels,
    trainedOn: 'UD English EWT (CC BY-SA 4.0) and GUM (CC BY 4.0) train, UD 2.16 snapshot',
    epochs: float.meta.epochs,
    minCount: float.meta.minCount,
    minAbs,
    ...stats,
  },
  { ...arrays },
);
console.log(
  `parser: ${stats.rows} rows, ${stats.entries} weights, ${(bytes.length / 1e6).toFixed(2)} MB, ${(gzipSync(bytes).length / 1e6).toFixed(2)} MB gzipped`,
);
if (!process.argv.includes('--dry')) writeFileSync(join(MODELS, 'parser.bin'), bytes);
