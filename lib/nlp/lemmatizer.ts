// Lemmas: a table of the forms the treebanks spell otherwise than their lemma ("said" → "say",
// "people" → "person"), and for words not in it, suffix rules learned from the same data
// ("-ies" → "-y" on nouns, "-ing" → "" on verbs), the longest matching suffix winning.

import type { Upos } from './tagger';

export interface LemmaData {
  /** "UPOS\tform\tlemma" lines, forms lower-cased. */
  table: string;
  /** "UPOS\tsuffix\tcut\tappend" lines. */
  rules: string;
}

const LOWER_LEMMA = new Set<string>([
  'NOUN',
  'VERB',
  'AUX',
  'ADJ',
  'ADV',
  'ADP',
  'DET',
  'PRON',
  'SCONJ',
  'CCONJ',
  'PART',
]);
/** The treebanks keep names, numbers and symbols as printed and lower-case everything else. */
export const keepsCase = (upos: string): boolean => !LOWER_LEMMA.has(upos);
const MAX_SUFFIX = 5;

export class Lemmatizer {
  private readonly table = new Map<string, string>();
  private readonly rules = new Map<string, { cut: number; append: string }>();

  constructor(data: LemmaData) {
    for (const line of data.table.split('\n')) {
      const [upos, form, lemma] = line.split('\t');
      if (lemma !== undefined) this.table.set(`${upos}\t${form}`, lemma);
    }
    for (const line of data.rules.split('\n')) {
      const [upos, suffix, cut, append] = line.split('\t');
      if (append !== undefined) this.rules.set(`${upos}\t${suffix}`, { cut: Number(cut), append });
    }
  }

  private readonly seen = new Map<string, string>();

  lemma(form: string, upos: Upos): string {
    // news repeats its words: remembered per form and tag, within a bound for long-lived workers
    const key = `${upos}\t${form}`;
    let lemma = this.seen.get(key);
    if (lemma === undefined) {
      lemma = this.find(form, upos);
      if (this.seen.size >= 50_000) this.seen.clear();
      this.seen.set(key, lemma);
    }
    return lemma;
  }

  private find(form: string, upos: Upos): string {
    const lower = form.toLowerCase().replace(/\u2019/g, "'");
    const known = this.table.get(`${upos}\t${lower}`);
    if (known !== undefined) return known;
    if (keepsCase(upos)) return form;
    for (let k = Math.min(MAX_SUFFIX, lower.length - 1); k >= 1; k--) {
      const rule = this.rules.get(`${upos}\t${lower.slice(-k)}`);
      if (rule) return lower.slice(0, lower.length - rule.cut) + rule.append;
    }
    return lower;
  }
}
