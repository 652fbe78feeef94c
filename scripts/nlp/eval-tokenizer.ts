// Measures lib/nlp/tokenize and lib/nlp/sentences against the UD English gold (EWT, GUM) in
// ../shared/corpora/ud-english: word-boundary and sentence-boundary precision, recall and F1 per
// file, the most frequent kinds of disagreement (to guide fixes) and the tokenizer's speed.
//
//   npx tsx scripts/nlp/eval-tokenizer.ts [--examples] [--docs=news] [file.conllu ...]
//
// --examples shows examples of each kind of disagreement; --docs=S keeps the documents whose id
// contains S (GUM_news_…, newsgroup-…).
//
// Each document's raw text is rebuilt from the `# text` lines: sentences joined by a space, or by
// a newline at `# newpar`. A gold word is the span of its form in that text; the parts of a
// multiword token ("don't" → "do" "n't") get spans by position when they spell the surface, and
// the surface span counts as one word when they do not (lemmatised parts).

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../lib/nlp/sentences';
import { type RawToken, tokenize } from '../../lib/nlp/tokenize';

interface Span {
  start: number;
  end: number;
}

interface Doc {
  id: string;
  text: string;
  words: Span[];
  sentenceEnds: number[];
}

interface GoldSentence {
  text: string;
  /** The id of the document this sentence starts, or null. */
  newDoc: string | null;
  newPar: boolean;
  /** Surface tokens, each with the words it stands for. */
  tokens: { form: string; parts: string[] }[];
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPORA = join(ROOT, '..', 'shared', 'corpora', 'ud-english');
const DEFAULT_FILES = ['en_ewt-train', 'en_ewt-dev', 'en_gum-train', 'en_gum-dev'].map((f) => `${f}.conllu`);
const TOP_DISAGREEMENTS = Number(process.env.TOP ?? 20);
const SPEED_CHARS = 1_000_000;

function readSentences(content: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  const empty = (): GoldSentence => ({ text: '', newDoc: null, newPar: false, tokens: [] });
  let current = empty();
  let pendingParts = 0;
  for (const line of content.split(/\r?\n/)) {
    if (line === '') {
      if (current.tokens.length) out.push(current);
      current = empty();
    } else if (line.startsWith('# newdoc')) current.newDoc = /id = (.*)/.exec(line)?.[1] ?? '';
    else if (line.startsWith('# newpar')) current.newPar = true;
    else if (line.startsWith('# text = ')) current.text = line.slice('# text = '.length);
    else if (!line.startsWith('#')) {
      const [id, form] = line.split('\t', 2);
      const range = /^(\d+)-(\d+)$/.exec(id);
      if (range) {
        current.tokens.push({ form, parts: [] });
        pendingParts = Number(range[2]) - Number(range[1]) + 1;
      } else if (/^\d+$/.test(id)) {
        if (pendingParts > 0) {
          current.tokens[current.tokens.length - 1].parts.push(form);
          pendingParts--;
        } else current.tokens.push({ form, parts: [form] });
      }
    }
  }
  if (current.tokens.length) out.push(current);
  return out;
}

/** Documents with gold spans; `unplaced` counts gold tokens whose form is not at its place in the text. */
function buildDocs(sentences: GoldSentence[]): { docs: Doc[]; unplaced: number } {
  const docs: Doc[] = [];
  let unplaced = 0;
  for (const s of sentences) {
    let doc = docs[docs.length - 1];
    if (!doc || s.newDoc !== null) {
      doc = { id: s.newDoc ?? '', text: '', words: [], sentenceEnds: [] };
      docs.push(doc);
    } else doc.text += s.newPar ? '\n' : ' ';
    const base = doc.text.length;
    doc.text += s.text;
    let pos = base;
    for (const { form, parts } of s.tokens) {
      while (/\s/.test(doc.text[pos] ?? '')) pos++;
      if (!doc.text.startsWith(form, pos)) {
        unplaced++;
        continue;
      }
      if (parts.length > 1 && parts.join('') === form) {
        for (const p of parts) {
          doc.words.push({ start: pos, end: pos + p.length });
          pos += p.length;
        }
      } else {
        doc.words.push({ start: pos, end: pos + form.length });
        pos += form.length;
      }
    }
    doc.sentenceEnds.push(base + s.text.length);
  }
  return { docs, unplaced };
}

class Score {
  gold = 0;
  predicted = 0;
  correct = 0;
  add(gold: number[], predicted: number[]): void {
    const g = new Set(gold);
    this.gold += gold.length;
    this.predicted += predicted.length;
    for (const p of predicted) if (g.has(p)) this.correct++;
  }
  toString(): string {
    const p = this.correct / this.predicted;
    const r = this.correct / this.gold;
    return `P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${((2 * p * r) / (p + r)).toFixed(4)}`;
  }
}

const key = (s: Span) => s.start * 1e7 + s.end;

/** "Eye-Tracking" → "Aa-Aa": letter, digit and repeated characters collapsed, so kinds group. */
function shape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = /\p{Lu}/u.test(ch)
      ? 'A'
      : /\p{Ll}/u.test(ch)
        ? 'a'
        : /\p{L}/u.test(ch)
          ? 'L'
          : /\p{N}/u.test(ch)
            ? '9'
            : ch;
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

interface Disagreement {
  count: number;
  examples: string[];
}

/** Walks gold and predicted spans together; each stretch where their boundaries differ is one disagreement. */
function collectDisagreements(text: string, gold: Span[], predicted: Span[], into: Map<string, Disagreement>): void {
  let i = 0;
  let j = 0;
  while (i < gold.length && j < predicted.length) {
    if (gold[i].start === predicted[j].start && gold[i].end === predicted[j].end) {
      i++;
      j++;
      continue;
    }
    const g: Span[] = [];
    const p: Span[] = [];
    let ge = -1;
    let pe = -2;
    while (ge !== pe && (i < gold.length || j < predicted.length)) {
      if (j >= predicted.length || (i < gold.length && (ge < pe || g.length === 0))) {
        g.push(gold[i]);
        ge = gold[i++].end;
      } else {
        p.push(predicted[j]);
        pe = predicted[j++].end;
      }
    }
    const show = (spans: Span[]) => spans.map((s) => text.slice(s.start, s.end)).join(' ');
    const type = `${spans(g)}  ≠  ${spans(p)}`;
    const entry = into.get(type) ?? { count: 0, examples: [] };
    entry.count++;
    const example = `${show(g)} ≠ ${show(p)}`;
    if (entry.examples.length < 4 && !entry.examples.includes(example)) entry.examples.push(example);
    into.set(type, entry);
  }

  function spans(list: Span[]): string {
    return list.map((s) => shape(text.slice(s.start, s.end))).join(' ');
  }
}

/** Each missed or spurious sentence boundary, by the shapes of the words on either side of it. */
function collectBoundaryErrors(text: string, gold: number[], predicted: number[], into: Map<string, Disagreement>) {
  const g = new Set(gold);
  const p = new Set(predicted);
  const add = (kind: string, at: number) => {
    const before = /\S+\s*$/.exec(text.slice(Math.max(0, at - 20), at))?.[0].trim() ?? '';
    const after = /^\s*\S+/.exec(text.slice(at, at + 20))?.[0].trim() ?? '';
    const type = `${kind}: ${shape(before)} | ${shape(after)}`;
    const entry = into.get(type) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < 4) entry.examples.push(`${before} | ${after}`);
    into.set(type, entry);
  };
  for (const e of gold) if (!p.has(e)) add('missed', e);
  for (const e of predicted) if (!g.has(e)) add('spurious', e);
}

function printTop(title: string, map: Map<string, Disagreement>, withExamples: boolean): void {
  console.log(`\n${title}`);
  const top = [...map].sort((a, b) => b[1].count - a[1].count).slice(0, TOP_DISAGREEMENTS);
  for (const [type, { count, examples }] of top) {
    console.log(`${String(count).padStart(6)}  ${type}${withExamples ? `    e.g. ${examples.join(' ; ')}` : ''}`);
  }
}

function speed(texts: string[]): string {
  let text = '';
  for (const t of texts) {
    if (text.length >= SPEED_CHARS) break;
    text += `${t}\n`;
  }
  text = text.slice(0, SPEED_CHARS);
  const time = (f: () => void) => {
    const runs: number[] = [];
    for (let r = 0; r < 7; r++) {
      const t0 = performance.now();
      f();
      runs.push(performance.now() - t0);
    }
    return runs.sort((a, b) => a - b)[3] / 1000;
  };
  let tokens: RawToken[] = [];
  const tokenizing = time(() => {
    tokens = tokenize(text);
  });
  const splitting = time(() => splitSentences(text, tokens));
  const rate = (seconds: number) => `${(text.length / seconds / 1e6).toFixed(1)}M chars/s`;
  return `speed on ${text.length} chars: tokenize ${rate(tokenizing)}, splitSentences ${rate(splitting)}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const withExamples = args.includes('--examples');
  const docFilter = args.find((a) => a.startsWith('--docs='))?.slice('--docs='.length) ?? '';
  const named = args.filter((a) => !a.startsWith('--'));
  const files = (named.length ? named : DEFAULT_FILES).map((f) => (f.includes('/') ? f : join(CORPORA, f)));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`not found: ${missing.join(', ')}`);
    process.exit(1);
  }
  const disagreements = new Map<string, Disagreement>();
  const boundaryErrors = new Map<string, Disagreement>();
  const texts: string[] = [];
  for (const file of files) {
    const { docs, unplaced } = buildDocs(readSentences(readFileSync(file, 'utf8')));
    const words = new Score();
    const sentences = new Score();
    for (const doc of docs.filter((d) => d.id.includes(docFilter))) {
      texts.push(doc.text);
      const tokens = tokenize(doc.text);
      words.add(doc.words.map(key), tokens.map(key));
      const ends = splitSentences(doc.text, tokens).map((r) => tokens[r.end - 1].end);
      sentences.add(doc.sentenceEnds, ends);
      collectBoundaryErrors(doc.text, doc.sentenceEnds, ends, boundaryErrors);
      collectDisagreements(doc.text, doc.words, tokens, disagreements);
    }
    const note = unplaced ? ` (${unplaced} gold tokens not found in the text)` : '';
    console.log(`${basename(file)}: words ${words} | sentences ${sentences}${note}`);
  }
  const shapes = '(shapes: A upper, a lower, 9 digit)';
  printTop(
    `${TOP_DISAGREEMENTS} most frequent word disagreements, gold ≠ predicted ${shapes}:`,
    disagreements,
    withExamples,
  );
  printTop(
    `${TOP_DISAGREEMENTS} most frequent sentence-boundary errors, word before | word after:`,
    boundaryErrors,
    withExamples,
  );
  console.log(`\n${speed(texts)}`);
}

main();
