// CoNLL-2003 English (one word and its IOB2 tag per line, -DOCSTART- between documents) read
// into documents of sentences with BILOU labels.

import { readFileSync } from 'node:fs';
import { NER_LABELS } from '../../lib/nlp/ner';
import { corpusPath } from './corpora';

export interface NerDocument {
  sentences: { forms: string[]; labels: number[] }[];
}

const LABEL = new Map(NER_LABELS.map((l, i) => [l, i]));

/** IOB2 tags of one sentence to BILOU label indices. */
export function bilou(tags: string[]): number[] {
  return tags.map((tag, i) => {
    if (tag === 'O') return 0;
    const [p, type] = tag.split('-');
    const next = tags[i + 1];
    const continues = next === `I-${type}`;
    const begins = p === 'B' || (i === 0 ? true : tags[i - 1].slice(2) !== type || tags[i - 1] === 'O');
    const prefix = begins ? (continues ? 'B' : 'U') : continues ? 'I' : 'L';
    return LABEL.get(`${prefix}-${type}`)!;
  });
}

export function readConll2003(relative: string): NerDocument[] {
  const docs: NerDocument[] = [];
  let doc: NerDocument | null = null;
  let forms: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (forms.length && doc) doc.sentences.push({ forms, labels: bilou(tags) });
    forms = [];
    tags = [];
  };
  for (const line of readFileSync(corpusPath(relative), 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) {
      flush();
      continue;
    }
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    forms.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  flush();
  return docs;
}
