// Where a demanded text ends: before a new clause, a reporting tail or an apposition.
import { type ReaderContext, tok } from './context';
import { speechVerbs } from './cues';
import { MAX_CONTENT } from './limits';
import { subjectToken } from './subjects';
import { SUBORDINATORS, TIME_SPAN } from './word-classes';

/** The most tokens a reporting tail (", state media reported.") takes after its comma. */
const REPORTING_TAIL = 7;
/** After a comma these open a new clause, which ends the demanded text. */
const CLAUSE_OPENERS = new Set([
  'while',
  'but',
  'whereas',
  'although',
  'though',
  'saying',
  'adding',
  'said',
  'says',
  'as',
  'after',
  'because',
  'which',
  'who',
  'and',
  'according',
  'warning',
  'arguing',
  'claiming',
  'insisting',
]);

/** The last token of a content that starts at lo: before the clause's end or a new clause. */
export function clip(ctx: ReaderContext, lo: number, hi: number): number {
  // (what ends it is never part of it, nor punctuation before that: "return to the table,”";
  // a closing quote whose opening one is inside stays: a “swift and fair investigation”)
  let end = clipEnd(ctx, lo, hi);
  const opens = (x: number) => ['“', '"'].includes(tok(ctx, x).text) && x < end;
  while (end > lo && tok(ctx, end).upos === 'PUNCT') {
    if (['”', '"'].includes(tok(ctx, end).text) && tokensBetween(lo, end).some(opens)) break;
    end--;
  }
  return end;
}

export function tokensBetween(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo }, (_, i) => lo + i);
}

function clipEnd(ctx: ReaderContext, lo: number, hi: number): number {
  const last = Math.min(hi, lo + MAX_CONTENT);
  for (let j = lo + 1; j <= last; j++) {
    const t = tok(ctx, j);
    const w = t.text.toLowerCase();
    const next = ctx.doc.tokens[j + 1]?.text.toLowerCase() ?? '';
    // a closing quote ends the text; words quoted inside it ("urged X to “abandon …”") do not
    const closing = w === '”' || (w === '"' && ctx.quoted[j - 1] === 1);
    if (w === ';' || w === ':' || closing || SUBORDINATORS.has(w)) return j - 1;
    // "sanctions relief as talks resume": a clause of time or reason after it is not demanded
    if ((w === 'after' || w === 'before' || w === 'as') && verbSoonAfter(ctx, j)) return j - 1;
    // "… more state funding and candidates should be able to …": "and" opening a clause of its own
    if (
      t.dep === 'cc' &&
      t.head > j &&
      subjectToken(ctx, t.head) !== undefined &&
      (subjectToken(ctx, t.head) as number) > j
    )
      return j - 1;
    if (w === ',' && (CLAUSE_OPENERS.has(next) || ctx.refs.named(j + 1) || finiteAfter(ctx, j))) return j - 1;
    // "…, state media reported.": the reporting tail at the sentence's end is not demanded
    if (w === ',' && reportingTail(ctx, j)) return j - 1;
    // "…, a demand that officials call impossible": an apposition after a comma describes
    if (w === ',' && appositionAt(ctx, j + 1)) return j - 1;
    // "to cut the duty or lose routes": what follows if not is not demanded
    if (w === 'or' && /^(?:VERB|AUX)$/.test(ctx.doc.tokens[j + 1]?.upos ?? '')) return j - 1;
    // "tougher action for months": how long it has been sought, at the end, is not demanded
    if (w === 'for' && timeSpanTo(ctx, j + 1, last)) return j - 1;
    const spaced = t.start > tok(ctx, j - 1).end;
    if ((w === '-' && spaced) || w === '–' || w === '—') return j - 1;
  }
  return last;
}

/** Whether the words from j to last are a stretch of time and nothing more ("two years", "months"). */
function timeSpanTo(ctx: ReaderContext, j: number, last: number): boolean {
  // (nothing after the "for": no stretch of time)
  if (j > last) return false;
  let x = j;
  while (x < last && /^(?:DET|NUM|ADJ)$/.test(tok(ctx, x).upos)) x++;
  if (!TIME_SPAN.test(tok(ctx, x).text)) return false;
  for (let y = x + 1; y <= last; y++) if (tok(ctx, y).upos !== 'PUNCT') return false;
  return true;
}

/** Whether the words after the comma at j are only "<who> said/reported", to the sentence's end. */
function reportingTail(ctx: ReaderContext, j: number): boolean {
  const end = ctx.doc.sentences[tok(ctx, j).sent].end;
  if (end - j > REPORTING_TAIL) return false;
  for (let x = j + 1; x < end; x++) {
    const t = tok(ctx, x);
    if (t.upos !== 'VERB' || !(speechVerbs.has(t.lemma) || t.lemma === 'report')) continue;
    for (let y = x + 1; y < end; y++) if (tok(ctx, y).upos !== 'PUNCT') return false;
    return true;
  }
  return false;
}

/** Whether a pronoun, or a finite verb (after an adverb or two), follows the comma at j: a new clause. */
function finiteAfter(ctx: ReaderContext, j: number): boolean {
  for (let x = j + 1; x <= j + 3 && x < ctx.doc.tokens.length; x++) {
    const t = tok(ctx, x);
    if (t.upos === 'PRON' && x === j + 1) return true;
    if ((t.upos === 'VERB' || t.upos === 'AUX') && t.text !== t.lemma && !/ing$/.test(t.text)) return true;
    if (t.upos !== 'ADV') return false;
  }
  return false;
}

/** Whether an apposition (a noun phrase the tree calls appos) starts at token j, or at its comma before. */
function appositionAt(ctx: ReaderContext, j: number): boolean {
  for (let x = j; x < Math.min(j + 4, ctx.doc.tokens.length); x++)
    if (tok(ctx, x).dep === 'appos' && (ctx.tree.lo[x] === j || ctx.tree.lo[x] === j - 1)) return true;
  return false;
}

/** Whether a verb follows within three tokens: "after a drone killed …" opens a clause. */
function verbSoonAfter(ctx: ReaderContext, j: number): boolean {
  for (let x = j + 1; x <= j + 4 && x < ctx.doc.tokens.length; x++) if (tok(ctx, x).upos === 'VERB') return true;
  return false;
}
