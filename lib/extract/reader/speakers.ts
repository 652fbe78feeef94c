// Who speaks a quote or reports a clause: the subject of a speech verb nearby, in the
// sentence, the paragraph or the paragraph before.
import { sameParagraph } from '../quotes';
import type { Referent } from '../referents';
import { type ReaderContext, tok } from './context';
import { speechVerbs } from './cues';
import { beforeApposition, nameBefore } from './demanders';
import { CLIMB } from './limits';
import { subjectOf, subjectToken } from './subjects';
import { QUOTE_MARKS } from './word-classes';

/** How many sentences back a quote-opening paragraph looks for its speaker. */
const PARAGRAPH_LOOK_BACK = 6;

/**
 * Who speaks the quote holding token k: the subject of a speech verb outside the quotes in its
 * sentence, or in the sentences just after or before it in the same paragraph.
 */
export function quoteSpeaker(ctx: ReaderContext, k: number): Referent | null {
  const s = tok(ctx, k).sent;
  // a quote that runs on into the next sentence is attributed there or before; one that ends
  // with its sentence most often continues the speaker before it, and the next sentence's
  // "X said …" is a new statement
  const next = ctx.doc.sentences[s + 1];
  const runsOn = next !== undefined && ctx.quoted[next.start] && !QUOTE_MARKS.has(tok(ctx, next.start).text);
  for (const d of runsOn ? [0, 1, -1, 2, -2] : [0, -1, -2, 1, 2]) {
    const sentence = ctx.doc.sentences[s + d];
    if (!sentence || (d !== 0 && !sameParagraph(ctx.doc, k, d > 0 ? sentence.start : sentence.end - 1))) continue;
    for (let j = sentence.start; j < sentence.end; j++) {
      const t = tok(ctx, j);
      if (ctx.quoted[j] || t.upos !== 'VERB' || !speechVerbs.has(t.lemma)) continue;
      const r = speechSubject(ctx, j);
      if (r) return r;
    }
  }
  return earlierParagraphSpeaker(ctx, k);
}

/**
 * A paragraph that opens with a quote and names no speaker goes on quoting the speaker of the
 * paragraph before (news style), looking back a bounded number of sentences.
 */
function earlierParagraphSpeaker(ctx: ReaderContext, k: number): Referent | null {
  const floor = ctx.doc.sentences[Math.max(0, tok(ctx, k).sent - PARAGRAPH_LOOK_BACK)].start;
  let p = k;
  while (p > floor && !paragraphStart(ctx, p)) p--;
  if (!paragraphStart(ctx, p) || !QUOTE_MARKS.has(tok(ctx, p).text)) return null;
  for (let j = p - 1; j >= floor; j--) {
    const t = tok(ctx, j);
    if (!ctx.quoted[j] && t.upos === 'VERB' && speechVerbs.has(t.lemma)) {
      const r = speechSubject(ctx, j);
      if (r) return r;
    }
    if (paragraphStart(ctx, j) && !QUOTE_MARKS.has(t.text)) return null;
  }
  return null;
}

/** Whether token j opens a paragraph (a line break before it). */
function paragraphStart(ctx: ReaderContext, j: number): boolean {
  return j === 0 || ctx.doc.text.slice(tok(ctx, j - 1).end, tok(ctx, j).start).includes('\n');
}

/** "X should …, the watchdog said": the speaker of a speech verb outside quotes in k's sentence. */
export function sentenceSpeaker(ctx: ReaderContext, k: number): Referent | null {
  const sentence = ctx.doc.sentences[tok(ctx, k).sent];
  for (let j = sentence.start; j < sentence.end; j++) {
    const t = tok(ctx, j);
    if (j === k || ctx.quoted[j] || t.upos !== 'VERB' || !speechVerbs.has(t.lemma)) continue;
    const r = speechSubject(ctx, j);
    if (r) return r;
  }
  return null;
}

/**
 * "…, says the watchdog. And there should be …": a sentence that opens with "And" or "Also"
 * and names no speaker goes on with the one who spoke in the sentence before it, in its paragraph.
 */
export function continuedSpeaker(ctx: ReaderContext, k: number): Referent | null {
  const sent = tok(ctx, k).sent;
  const first = ctx.doc.sentences[sent].start;
  if (sent === 0 || !/^(?:and|also)$/i.test(tok(ctx, first).text) || ctx.quoted[first]) return null;
  const before = ctx.doc.sentences[sent - 1];
  if (!sameParagraph(ctx.doc, before.end - 1, first)) return null;
  return sentenceSpeaker(ctx, before.start);
}

/** The one who says: the speech verb's subject in the tree, or the name beside it. */
function speechSubject(ctx: ReaderContext, j: number): Referent | null {
  const s = subjectToken(ctx, j);
  if (s !== undefined) return ctx.refs.resolve(s);
  // "…, said Mr Blair": after a comma or a quote the verb comes before its speaker
  const prev = ctx.doc.tokens[j - 1];
  const inverted = prev !== undefined && (prev.text === ',' || QUOTE_MARKS.has(prev.text));
  for (let x = j + 1; inverted && x <= j + 3 && /^\p{Lu}/u.test(ctx.doc.tokens[x]?.text ?? ''); x++) {
    const after = ctx.refs.named(x);
    if (after) return after;
  }
  const before = beforeApposition(ctx, j) ?? nameBefore(ctx, j);
  if (before) return before;
  // "said Melissa Ryan", "said the union's chair, Ann Smith", "says the watchdog"
  let description: Referent | null = null;
  for (let x = j + 1; x < Math.min(ctx.doc.sentences[tok(ctx, j).sent].end, j + 6); x++) {
    const r = ctx.refs.named(x);
    if (r) return r;
    if (!description && tok(ctx, x).upos === 'NOUN') description = ctx.refs.resolve(x);
  }
  return description;
}

/** Who is reported to say the clause at k: the subject of the speech verb it is the complement of. */
export function speakerOf(ctx: ReaderContext, k: number): Referent | null {
  const said = reportingVerb(ctx, k);
  return said === undefined ? null : subjectOf(ctx, said);
}

/** The speech verb whose complement (or parenthetical "…, X said") the clause at k is. */
export function reportingVerb(ctx: ReaderContext, k: number): number | undefined {
  let v = k;
  for (let step = 0; step < CLIMB && v >= 0; step++) {
    const t = tok(ctx, v);
    const said = ctx.tree.children[v].find(
      (c) => tok(ctx, c).dep === 'parataxis' && speechVerbs.has(tok(ctx, c).lemma),
    );
    if (said !== undefined) return said;
    if ((t.dep === 'ccomp' || t.dep === 'parataxis') && t.head >= 0 && speechVerbs.has(tok(ctx, t.head).lemma))
      return t.head;
    if (!['conj', 'ccomp', 'xcomp', 'advcl', 'parataxis'].includes(t.dep)) return undefined;
    v = t.head;
  }
  return undefined;
}
