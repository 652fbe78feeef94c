// Benchmark rows for the language core: its speed beside compromise on the same text, linear
// growth, model size, and how long loading the models takes in Node and in the extension's
// service worker (cold: a fresh worker).

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { extract } from '../lib/extract';
import { analyse } from '../lib/nlp';
import { MODEL_FILES } from '../lib/nlp/models';
import { modelPath, nodeModels } from '../lib/nlp/node';
import { newsText } from './generate';

export interface BenchRow {
  measure: string;
  value: number | null;
  unit: string;
  budget?: string;
  ok?: boolean;
  /** The same figure without the extension (or from compromise), where there is one. */
  baseline?: number | null;
  note?: string;
}
type Record = (row: BenchRow) => void;
type Time = (fn: () => void, runs?: number) => number;

/** The baseline every speed row is set beside: compromise's three entity calls. */
export function compromiseEntities(text: string): void {
  const doc = nlp(text);
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
}

export function languageCore(record: Record, time: Time): void {
  const models = nodeModels();
  const noTrees = { parse: () => false };
  let perWord10k = 0;
  for (const words of [10_000, 100_000]) {
    const text = newsText(words);
    const w = text.split(/\s+/).length;
    const runs = words >= 100_000 ? 3 : 5;
    const tagNer = time(() => analyse(text, models, noTrees), runs);
    const all = time(() => analyse(text, models), runs);
    const theirs = time(() => compromiseEntities(text), runs);
    const rate = (ms: number) => Math.round(w / (ms / 1000));
    record({ measure: `language core, ${w} words: tokenize+tag+entities`, value: rate(tagNer), unit: 'words/s' });
    record({
      measure: `language core, ${w} words: the same ÷ compromise's entity calls`,
      value: theirs / tagNer,
      unit: '×',
      budget: '≥ 5×',
      ok: theirs / tagNer >= 5,
      note: `compromise ${rate(theirs)} words/s`,
    });
    const parse = rate(all - tagNer);
    record({
      measure: `language core, ${w} words: parsing`,
      value: parse,
      unit: 'words/s',
      budget: '≥ 30k',
      ok: parse >= 30_000,
    });
    if (words === 10_000) perWord10k = all / w;
    else {
      record({
        measure: 'language core: time per word at 100k ÷ at 10k words',
        value: all / w / perWord10k,
        unit: '×',
        note: 'linear growth is 1',
      });
    }
  }
  const sizes = MODEL_FILES.map((name) => readFileSync(modelPath(name)));
  const raw = sizes.reduce((n, b) => n + b.length, 0);
  const gz = sizes.reduce((n, b) => n + gzipSync(b).length, 0);
  record({
    measure: 'language core: models, gzipped',
    value: gz / 1024 / 1024,
    unit: 'MB',
    budget: '≤ 5 MB',
    ok: gz <= 5 * 1024 * 1024,
    note: `${(raw / 1024 / 1024).toFixed(1)} MB on disk`,
  });
  // a fresh process each time: the cost a CLI run or a new worker pays
  const loads = [0, 1, 2, 3, 4].map(() => {
    const out = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        "const t = performance.now(); const { nodeModels } = await import('./lib/nlp/node.ts'); const s = performance.now(); nodeModels(); console.log(performance.now() - s);",
      ],
      { encoding: 'utf8' },
    );
    return Number(out.stdout.trim());
  });
  const load = loads.sort((a, b) => a - b)[2];
  record({
    measure: 'language core: model load in Node (fresh process)',
    value: load,
    unit: 'ms',
    budget: '≤ 150 ms',
    ok: load <= 150,
  });
}

/** Page shapes that once made extraction superlinear, each cut to a length in characters. */
const SHAPES: [string, (chars: number) => string][] = [
  ['ordinary news', (chars) => newsText(Math.ceil(chars / 5)).slice(0, chars)],
  [
    'no sentence end',
    (chars) => 'the ministers called for talks and the union wanted more money '.repeat(chars / 60).slice(0, chars),
  ],
  [
    'short quotes',
    (chars) =>
      '\u201cWe want a fair deal,\u201d he said. \u201cWe want it now.\u201d '.repeat(chars / 50).slice(0, chars),
  ],
  ['long coordinated list', (chars) => `Ministers called for ${'Item and '.repeat(chars / 9)}`.slice(0, chars)],
  ['long capitalised run', (chars) => 'Alpha Beta Gamma Delta Epsilon Zeta Theta '.repeat(chars / 42).slice(0, chars)],
];

/** The page shapes at the content script's bound of 200k characters, and their growth from 50k. */
export function worstCases(record: Record, time: Time): void {
  const models = nodeModels();
  const run = (text: string) => extract(text, models);
  for (const [name, make] of SHAPES) {
    const small = time(() => run(make(50_000)), 1);
    const large = time(() => run(make(200_000)), 1);
    record({
      measure: `extraction, ${name}, 200k chars`,
      value: large,
      unit: 'ms',
      budget: '≤ 1000 ms',
      ok: large <= 1000,
    });
    record({
      measure: `extraction, ${name}: per char 200k ÷ 50k`,
      value: large / 4 / small,
      unit: '×',
      budget: '≤ 1.3×',
      ok: large / 4 / small <= 1.3,
      note: `${small.toFixed(0)} ms at 50k`,
    });
  }
}
