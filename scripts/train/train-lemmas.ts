// Builds the lemma table and suffix rules from UD English EWT + GUM train
// (lib/nlp/models/lemmas.bin) and reports lemma accuracy on the dev files.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepsCase, Lemmatizer } from '../../lib/nlp/lemmatizer';
import { writeModelFile } from '../../lib/nlp/model-file';
import type { Upos } from '../../lib/nlp/tagger';
import { MODELS, readTreebank, UD_DEV, UD_TRAIN } from './corpora';

const MAX_SUFFIX = 5;
// a rule needs this many words behind it, and most of the words with its suffix
const MIN_SUPPORT = 3;

const words = UD_TRAIN.flatMap(readTreebank).flatMap((s) => s.words);
const lowered = (f: string) => f.toLowerCase().replace(/\u2019/g, "'");

// the edit from form to lemma: characters cut from the end, then appended
function edit(form: string, lemma: string): { cut: number; append: string } {
  let p = 0;
  while (p < form.length && p < lemma.length && form[p] === lemma[p]) p++;
  return { cut: form.length - p, append: lemma.slice(p) };
}

// the most frequent lemma per (UPOS, form)
const byForm = new Map<string, Map<string, number>>();
for (const w of words) {
  const key = `${w.upos}\t${lowered(w.form)}`;
  const m = byForm.get(key) ?? new Map<string, number>();
  m.set(w.lemma, (m.get(w.lemma) ?? 0) + 1);
  byForm.set(key, m);
}
const best = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0][0];

// suffix rules: for each (UPOS, suffix) the most frequent edit over distinct forms
const editsBySuffix = new Map<string, Map<string, number>>();
for (const [key, lemmas] of byForm) {
  const [upos, form] = key.split('\t');
  const e = edit(form, best(lemmas));
  for (let k = 1; k <= Math.min(MAX_SUFFIX, form.length - 1); k++) {
    if (e.cut > k) continue;
    const sk = `${upos}\t${form.slice(-k)}`;
    const m = editsBySuffix.get(sk) ?? new Map<string, number>();
    const ek = `${e.cut}\t${e.append}`;
    m.set(ek, (m.get(ek) ?? 0) + 1);
    editsBySuffix.set(sk, m);
  }
}
const rules: string[] = [];
for (const [sk, m] of editsBySuffix) {
  const sorted = [...m].sort((a, b) => b[1] - a[1]);
  const total = sorted.reduce((s, [, c]) => s + c, 0);
  const [ek, count] = sorted[0];
  if (ek === '0\t' || count < MIN_SUPPORT || count / total < 0.6) continue;
  rules.push(`${sk}\t${ek}`);
}
rules.sort();
const ruleText = rules.join('\n');

// the table keeps only forms that the rules (or lower-casing) get wrong
const withRules = new Lemmatizer({ table: '', rules: ruleText });
const table: string[] = [];
for (const [key, lemmas] of byForm) {
  const [upos, form] = key.split('\t');
  const lemma = best(lemmas);
  // names keep their printed case, which a lower-cased table cannot hold: for them only changes
  // beyond case go in
  const got = withRules.lemma(form, upos as Upos);
  const differs = keepsCase(upos) ? got.toLowerCase() !== lemma.toLowerCase() : got !== lemma;
  if (differs) table.push(`${key}\t${lemma}`);
}
table.sort();
const data = { table: table.join('\n'), rules: ruleText };
const lemmatizer = new Lemmatizer(data);
for (const file of UD_DEV) {
  let right = 0;
  let total = 0;
  for (const w of readTreebank(file).flatMap((s) => s.words)) {
    if (lemmatizer.lemma(w.form, w.upos as Upos) === w.lemma) right++;
    total++;
  }
  console.log(`${file}: lemma accuracy (gold UPOS) ${(right / total).toFixed(4)}`);
}
const encode = (s: string) => new TextEncoder().encode(s);
const bytes = writeModelFile(
  { kind: 'lemmas', trainedOn: 'UD English EWT (CC BY-SA 4.0) and GUM (CC BY 4.0) train, UD 2.16 snapshot' },
  { table: encode(data.table), rules: encode(data.rules) },
);
writeFileSync(join(MODELS, 'lemmas.bin'), bytes);
console.log(`lemmas.bin: ${table.length} forms, ${rules.length} rules, ${(bytes.length / 1e3).toFixed(0)} KB`);
