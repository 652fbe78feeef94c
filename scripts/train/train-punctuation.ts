// Trains the model that re-attaches punctuation after parsing (lib/nlp/parser/punctuation.ts) on
// UD English EWT + GUM train and writes lib/nlp/models/punct.bin. The shipped tagger and parser
// read each training sentence; each loose mark's candidate heads in that tree are ranked, and the
// model learns which of them UD chose. Run after the parser is shipped.
//   npx tsx scripts/train/train-punctuation.ts [--epochs N] [--min-count N]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from '../../lib/nlp/hash';
import { tagWords } from '../../lib/nlp/headlines';
import { LinearModel } from '../../lib/nlp/linear-model';
import { readModelFile, writeModelFile } from '../../lib/nlp/model-file';
import { Parser } from '../../lib/nlp/parser';
import {
  attachPairs,
  childFlags,
  extentsOf,
  isLooseMark,
  MAX_MARK_FEATURES,
  type MarkedTree,
  markCandidates,
  markFeatures,
  Punctuation,
} from '../../lib/nlp/parser/punctuation';
import { Tagger, UPOS } from '../../lib/nlp/tagger';
import { scoreTreebank } from '../nlp/evaluate';
import { arg, MODELS, random, readTreebank, shuffle, UD_DEV, UD_TRAIN } from './corpora';
import { AveragedPerceptron, quantise } from './perceptron';

const epochs = arg('epochs', 8);
const minCount = arg('min-count', 2);

/** One loose mark: the features of each candidate head, and which is UD's. */
interface Example {
  candidates: Uint32Array[];
  gold: number;
}

// the shipped tagger and parser: the trees the model learns from, and its dev figures
const shipped = (name: string) => readModelFile<{ labels: string[] }>(new Uint8Array(readFileSync(join(MODELS, name))));
const tagger = new Tagger(LinearModel.fromArrays(shipped('tagger.bin').arrays, UPOS.length));
const parserFile = shipped('parser.bin');
const labels = parserFile.meta.labels;
const parserModel = LinearModel.fromArrays(parserFile.arrays, 1 + 2 * labels.length);
const asParsed = new Parser(parserModel, labels);

const examples: Example[] = [];
let loose = 0;
for (const s of UD_TRAIN.flatMap(readTreebank)) {
  const forms = s.words.map((w) => w.form);
  const goldHeads = s.words.map((w) => w.head - 1);
  // the trees as the parser gives them, with its slips around the marks, not the gold ones: on
  // gold trees the model learns to trust the tree too much (EWT dev UAS 0.8475 against 0.8478)
  const { lex, tags } = tagWords(tagger, forms);
  const parsed = asParsed.parse({ lex, tags });
  const tree: MarkedTree = {
    forms,
    words: lex.norm,
    tags,
    heads: parsed.heads,
    relations: Uint32Array.from(parsed.labels, (l) => hashString(labels[l])),
  };
  const kind = attachPairs(tree);
  const extents = extentsOf(tree);
  const hasChildren = childFlags(tree.heads);
  for (let p = 0; p < tree.heads.length; p++) {
    if (!isLooseMark(tree, kind, hasChildren, p)) continue;
    loose++;
    const candidates = markCandidates(tree, extents, kind, p);
    const gold = candidates.findIndex((c) => c.word === goldHeads[p]);
    if (gold < 0) continue;
    const buffer = new Uint32Array(MAX_MARK_FEATURES);
    examples.push({
      candidates: candidates.map((c) => buffer.slice(0, markFeatures(tree, p, c, buffer))),
      gold,
    });
  }
}
console.log(`${examples.length} of ${loose} loose marks have UD's head among their candidates`);

const counts = new Map<number, number>();
for (const ex of examples) for (const f of ex.candidates[ex.gold]) counts.set(f, (counts.get(f) ?? 0) + 1);
const allowed = new Set([...counts].filter(([, c]) => c >= minCount).map(([f]) => f));

const model = new AveragedPerceptron(1, allowed);
const scores = new Float64Array(1);
const rand = random(7);
for (let epoch = 1; epoch <= epochs; epoch++) {
  let right = 0;
  for (const ex of shuffle(examples, rand)) {
    let guess = 0;
    let best = Number.NEGATIVE_INFINITY;
    ex.candidates.forEach((f, i) => {
      model.score(f, f.length, scores);
      if (scores[0] > best) {
        best = scores[0];
        guess = i;
      }
    });
    if (guess === ex.gold) right++;
    else {
      const g = ex.candidates[ex.gold];
      const w = ex.candidates[guess];
      model.nudge(g, g.length, 0, 1);
      model.nudge(w, w.length, 0, -1);
    }
    model.tick();
  }
  console.log(`epoch ${epoch}: ${(right / examples.length).toFixed(4)} of marks right`);
}

const { arrays, stats } = quantise(model.averagedModel());
const punctuation = new Punctuation(new LinearModel(arrays, 1), labels);
for (const [name, parser] of [
  ['as parsed', asParsed],
  ['re-attached', new Parser(parserModel, labels, punctuation)],
] as const) {
  for (const file of UD_DEV) {
    const { uas, las } = scoreTreebank(readTreebank(file), tagger, parser);
    console.log(`${file}, marks ${name}: UAS ${uas.toFixed(4)} LAS ${las.toFixed(4)}`);
  }
}
const bytes = writeModelFile(
  {
    kind: 'punctuation',
    trainedOn: 'UD English EWT (CC BY-SA 4.0) and GUM (CC BY 4.0) train, UD 2.16 snapshot',
    epochs,
    minCount,
    ...stats,
  },
  { ...arrays },
);
writeFileSync(join(MODELS, 'punct.bin'), bytes);
console.log(`punct.bin: ${stats.rows} rows, ${(bytes.length / 1024).toFixed(1)} KB`);
