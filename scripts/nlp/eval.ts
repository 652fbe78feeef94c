// `npm run eval:nlp`: the language core's figures on the development data in ../shared/corpora:
// UPOS, UAS and LAS on the UD English dev files (gold words, as the parse CLI gets them); entity
// P/R/F1 per type on CoNLL-2003 valid, both on its gold tokens and through running text (our own
// tokenizer and sentence splitter, spans compared by characters), and the extractor's person and
// organization mentions against the same spans; and speed.

import { extract } from '../../lib/extract';
import { analyse } from '../../lib/nlp';
import { lexical } from '../../lib/nlp/lexical';
import { ENTITY_TYPES, spansOf } from '../../lib/nlp/ner';
import { nodeModels } from '../../lib/nlp/node';
import { type NerDocument, readConll2003 } from '../train/conll2003';
import { readTreebank, UD_DEV } from '../train/corpora';
import { detokenize } from './detokenize';
import { type Counts, formatPrf, scoreEntities, scoreTreebank } from './evaluate';

const models = nodeModels();

for (const file of UD_DEV) {
  const s = scoreTreebank(readTreebank(file), models.tagger, models.parser);
  console.log(
    `${file.padEnd(32)} UPOS ${s.upos.toFixed(4)}  UAS ${s.uas.toFixed(4)}  LAS ${s.las.toFixed(4)}  (${s.words} words)`,
  );
}

const valid = readConll2003('conll2003/valid.txt');
const tokenDocs = valid.map((d) => ({
  sentences: d.sentences.map((s) => {
    const lex = lexical(s.forms);
    return { lex, tags: models.tagger.tag(lex), gold: s.labels };
  }),
}));
const onTokens = scoreEntities(tokenDocs, models.ner);
for (const t of [...ENTITY_TYPES, 'all'])
  console.log(`CoNLL-2003 valid, gold tokens   ${t.padEnd(4)} ${formatPrf(onTokens[t])}`);

// through running text: one sentence per line, as a page's paragraphs reach the extractor
const through: Record<string, Counts> = Object.fromEntries(
  [...ENTITY_TYPES, 'all'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
);
/**
 * A CoNLL document as running text (one sentence per line, as a page's paragraphs reach the
 * extractor) and its gold spans as "start:end:TYPE" character keys.
 */
function asText(d: NerDocument): { text: string; gold: Set<string> } {
  const lines = d.sentences.map((s) => detokenize(s.forms));
  let offset = 0;
  const gold = new Set<string>();
  lines.forEach((line, k) => {
    for (const span of spansOf(Uint8Array.from(d.sentences[k].labels))) {
      gold.add(`${offset + line.spans[span.start][0]}:${offset + line.spans[span.end - 1][1]}:${span.type}`);
    }
    offset += line.text.length + 1;
  });
  return { text: lines.map((l) => l.text).join('\n'), gold };
}

for (const d of valid) {
  const { text, gold } = asText(d);
  const doc = analyse(text, models, { parse: () => false });
  for (const e of doc.entities) {
    const hit = gold.delete(`${e.charStart}:${e.charEnd}:${e.type}`);
    through[e.type][hit ? 'tp' : 'fp']++;
    through.all[hit ? 'tp' : 'fp']++;
  }
  for (const g of gold) {
    through[g.split(':')[2]].fn++;
    through.all.fn++;
  }
}
for (const t of [...ENTITY_TYPES, 'all'])
  console.log(`CoNLL-2003 valid, running text  ${t.padEnd(4)} ${formatPrf(through[t])}`);

// speed on the UD dev text, as running text
const text = UD_DEV.flatMap(readTreebank)
  .map((s) => s.words.map((w) => w.form).join(' '))
  .join('\n');
const words = text.split(/\s+/).length;
const time = (f: () => void) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
analyse(text, models, { parse: () => false });
const tagNer = Math.min(...[0, 1, 2].map(() => time(() => analyse(text, models, { parse: () => false }))));
const all = Math.min(...[0, 1, 2].map(() => time(() => analyse(text, models))));
console.log(
  `speed: tokenize+tag+NER ${Math.round(words / (tagNer / 1000))} words/s; with parsing ${Math.round(words / (all / 1000))} words/s; parse alone ${Math.round(words / ((all - tagNer) / 1000))} words/s`,
);

// what the outside check of the product measures: the extractor's person and organization
// mentions (annotate's JSON) against CoNLL-2003's PER and ORG spans, by exact characters
const asEntity: Record<string, string> = { person: 'PER', organization: 'ORG', group: 'ORG' };
const viaActors: Record<string, Counts> = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
for (const d of valid) {
  const { text, gold: all } = asText(d);
  const gold = new Set([...all].filter((g) => /:(?:PER|ORG)$/.test(g)));
  for (const actor of extract(text, models).actors) {
    const type = asEntity[actor.kind];
    if (!type) continue;
    for (const m of actor.mentions) viaActors[type][gold.delete(`${m.start}:${m.end}:${type}`) ? 'tp' : 'fp']++;
  }
  for (const g of gold) viaActors[g.split(':')[2]].fn++;
}
for (const t of ['PER', 'ORG'])
  console.log(`CoNLL-2003 valid, through extract() ${t.padEnd(4)} ${formatPrf(viaActors[t])}`);
