// CoNLL-U (universaldependencies.org/format.html) read and written line for line: the `parse`
// contract gives back every comment, multiword range and empty node exactly as it came, and
// rewrites only the columns we predict on the word lines.

export interface ConlluWord {
  /** 1-based position in the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root; -1 when the file gives none ("_"). */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export type ConlluLine =
  | { kind: 'comment' | 'range' | 'empty'; text: string }
  | { kind: 'word'; word: ConlluWord; columns: string[] };

export interface ConlluSentence {
  lines: ConlluLine[];
  words: ConlluWord[];
  /** Line number (1-based) of the sentence's first line, for messages. */
  lineNumber: number;
}

export class ConlluError extends Error {}

const RANGE = /^[1-9]\d*-[1-9]\d*$/;
const EMPTY = /^\d+\.[1-9]\d*$/;
const ID = /^[1-9]\d*$/;

export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const close = (n: number) => {
    if (!current) return;
    if (!current.words.length) throw new ConlluError(`line ${n}: sentence without word lines`);
    sentences.push(current);
    current = null;
  };
  lines.forEach((line, index) => {
    const n = index + 1;
    if (line.trim() === '') {
      close(n);
      return;
    }
    current ??= { lines: [], words: [], lineNumber: n };
    if (line.startsWith('#')) {
      current.lines.push({ kind: 'comment', text: line });
      return;
    }
    const columns = line.split('\t');
    if (columns.length !== 10) {
      throw new ConlluError(`line ${n}: expected 10 tab-separated columns, found ${columns.length}`);
    }
    const id = columns[0];
    if (RANGE.test(id)) {
      const [a, b] = id.split('-').map(Number);
      if (b < a || a !== current.words.length + 1) throw new ConlluError(`line ${n}: bad multiword range ${id}`);
      current.lines.push({ kind: 'range', text: line });
      return;
    }
    if (EMPTY.test(id)) {
      current.lines.push({ kind: 'empty', text: line });
      return;
    }
    if (!ID.test(id) || Number(id) !== current.words.length + 1) {
      throw new ConlluError(`line ${n}: expected word id ${current.words.length + 1}, found "${id}"`);
    }
    if (columns[1] === '') throw new ConlluError(`line ${n}: empty FORM`);
    const head = columns[6] === '_' ? -1 : Number(columns[6]);
    if (!Number.isInteger(head) || head < -1) throw new ConlluError(`line ${n}: bad HEAD "${columns[6]}"`);
    const word: ConlluWord = {
      id: Number(id),
      form: columns[1],
      lemma: columns[2],
      upos: columns[3],
      xpos: columns[4],
      feats: columns[5],
      head,
      deprel: columns[7],
      deps: columns[8],
      misc: columns[9],
    };
    current.words.push(word);
    current.lines.push({ kind: 'word', word, columns });
  });
  close(lines.length);
  // heads may point past the words only in a broken file
  for (const s of sentences) {
    for (const w of s.words) {
      if (w.head > s.words.length) {
        throw new ConlluError(`line ${s.lineNumber}: word ${w.id} has head ${w.head} beyond the sentence`);
      }
    }
  }
  return sentences;
}

export interface WordAnalysis {
  upos: string;
  /** 1-based, 0 for the root. */
  head: number;
  deprel: string;
}

/** The sentence back as CoNLL-U with UPOS, HEAD and DEPREL replaced on its word lines. */
export function formatConllu(sentence: ConlluSentence, analysis: WordAnalysis[]): string {
  const out: string[] = [];
  for (const line of sentence.lines) {
    if (line.kind !== 'word') {
      out.push(line.text);
      continue;
    }
    const a = analysis[line.word.id - 1];
    const c = [...line.columns];
    c[3] = a.upos;
    c[6] = String(a.head);
    c[7] = a.deprel;
    out.push(c.join('\t'));
  }
  return `${out.join('\n')}\n\n`;
}
