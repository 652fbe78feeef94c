// Trains the dependency parser on UD English EWT + GUM train, with tags from ten-fold jackknifed
// taggers (so it learns from tags as noisy as it will see), and writes lib/nlp/models/parser.bin.
//   npx tsx scripts/train/train-parser.ts [--epochs N] [--min-count N] [--explore P]

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexical } from '../../lib/nlp/lexical';
import { writeModelFile } from '../../lib/nlp/model-file';
import { MAX_PARSER_FEATURES, type ParserInput, parserFeatures } from '../../lib/nlp/parser/features';
import { Moves } from '../../lib/nlp/parser/moves';
import { ParseState } from '../../lib/nlp/parser/state';
import { arg, CACHE, random, readTreebank, shuffle, UD_TRAIN } from './corpora';
import { type Gold, moveCosts } from './oracle';
import { AveragedPerceptron } from './perceptron';
import { projectivise } from './projective';
import { jackknife, uposIndex } from './tagger-trainer';

const epochs = arg('epochs', 15);
const minCount = arg('min-count', 2);
const explore = arg('explore', 0.9);

interface Example {
  input: ParserInput;
  gold: Gold;
}

const trainBank = UD_TRAIN.flatMap(readTreebank);
const labels = [...new Set(trainBank.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
const labelIndex = new Map(labels.map((l, i) => [l, i]));
const moves = new Moves(labels, labels.indexOf('root'));

// jackknifed tags take a few minutes: kept between runs, keyed by the tagger's code
const taggerSource = readFileSync(new URL('../../lib/nlp/tagger.ts', import.meta.url), 'utf8');
const cacheFile = join(CACHE, `jackknife-${hash(taggerSource)}.json`);
let jackTags: number[][];
if (existsSync(cacheFile)) jackTags = JSON.parse(readFileSync(cacheFile, 'utf8'));
else {
  console.log('jackknifing tags (10 folds)…');
  const sentences = trainBank.map((s) => ({
    forms: s.words.map((w) => w.form),
    tags: s.words.map((w) => uposIndex(w.upos)),
  }));
  jackTags = jackknife(sentences).map((t) => [...t]);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(jackTags));
}

const train: Example[] = trainBank.map((s, i) => {
  const n = s.words.length;
  return {
    input: { lex: lexical(s.words.map((w) => w.form)), tags: Uint8Array.from(jackTags[i]) },
    gold: {
      heads: projectivise(
        s.words.map((w) => (w.head === 0 ? n : w.head - 1)),
        n,
      ),
      labels: s.words.map((w) => labelIndex.get(w.deprel)!),
    },
  };
});

const features = new Uint32Array(MAX_PARSER_FEATURES);
const costs = new Float64Array(moves.count);
const scores = new Float64Array(moves.count);

// features seen fewer than min-count times along the gold paths get no weights
const counts = new Map<number, number>();
for (const ex of train) {
  const st = new ParseState(ex.input.lex.n);
  const onStack = new Uint8Array(st.n + 1);
  while (!st.done) {
    const k = parserFeatures(ex.input, st, features);
    for (let f = 0; f < k; f++) counts.set(features[f], (counts.get(features[f]) ?? 0) + 1);
    moveCosts(st, ex.gold, moves, onStack, costs);
    let best = -1;
    for (let m = moves.count - 1; m >= 0; m--) if (costs[m] === 0) best = best < 0 || m !== 0 ? m : best;
    moves.apply(st, best);
  }
}
const allowed = new Set<number>();
for (const [f, c] of counts) if (c >= minCount) allowed.add(f);
counts.clear();
console.log(`${allowed.size} features seen at least ${minCount} times`);

const model = new AveragedPerceptron(moves.count, allowed);
const rand = random(11);
for (let epoch = 1; epoch <= epochs; epoch++) {
  let right = 0;
  let total = 0;
  const started = Date.now();
  for (const ex of shuffle(train, rand)) {
    const st = new ParseState(ex.input.lex.n);
    const onStack = new Uint8Array(st.n + 1);
    while (!st.done) {
      const k = parserFeatures(ex.input, st, features);
      model.score(features, k, scores);
      moveCosts(st, ex.gold, moves, onStack, costs);
      let guess = -1;
      let truth = -1;
      for (let m = 0; m < moves.count; m++) {
        if (costs[m] === Number.POSITIVE_INFINITY) continue;
        if (guess < 0 || scores[m] > scores[guess]) guess = m;
        if (costs[m] === 0 && (truth < 0 || scores[m] > scores[truth])) truth = m;
      }
      if (costs[guess] > 0) model.update(features, k, truth, guess);
      else right++;
      total++;
      model.tick();
      // after the first epoch, follow its own mistakes most of the time: it learns to recover
      moves.apply(st, costs[guess] === 0 || (epoch > 1 && rand() < explore) ? guess : truth);
    }
  }
  console.log(
    `epoch ${epoch}: ${(right / total).toFixed(4)} of moves right, ${model.features} features, ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

// the averaged weights go to the cache; ship-parser.ts prunes, quantises and evaluates them
writeFileSync(
  join(CACHE, 'parser-float.bin'),
  writeModelFile({ labels, epochs, minCount }, { ...model.averagedModel() }),
);
console.log('averaged weights written; now: npx tsx scripts/train/ship-parser.ts');

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}
