// The demanded text's token range: the content's subtree without what leads into it.
import { baseDep } from '../tree';
import { clip, tokensBetween } from './clip';
import { sharedModifiers } from './conjuncts';
import { type ReaderContext, tok } from './context';
import { negations, urgency } from './cues';
import { CLIMB } from './limits';
import { subjectToken } from './subjects';
import { KEEP_AUX, OBJECTS } from './word-classes';

/** Words a demanded text does not start with: the clause's marker, case word or modal. */
const LEADING = new Set(['mark', 'case', 'punct', 'cc', 'aux']);
const CLAUSE = new Set(['ccomp', 'xcomp', 'advcl', 'conj', 'parataxis']);

/** The content's token range: its subtree without its conjuncts, marker, subject and modal. */
export function contentSpan(ctx: ReaderContext, h: number, kind: string, until: number): [number, number] | null {
  let lo = h;
  let hi = h;
  for (const c of ctx.tree.children[h]) {
    const d = tok(ctx, c).dep;
    // (a conjunct that shares the article is the rest of one thing: "a swift and fair inquiry")
    const shared = d === 'conj' && sharedModifiers(ctx, h, c);
    if (!shared && (d === 'conj' || d === 'cc' || (d === 'punct' && c > h))) continue;
    if (kind !== 'whole' && baseDep(tok(ctx, c)) === 'nsubj' && c < h) {
      continue;
    }
    if (d === 'parataxis' || (c > h && d === 'advcl' && !CLAUSE.has(kind))) continue;
    lo = Math.min(lo, ctx.tree.lo[c]);
    hi = Math.max(hi, ctx.tree.hi[c]);
  }
  // a clause's subject is left out when it is the one who must act: a name, a pronoun, or the
  // active subject of a verb that does something to something ("that the deal include A",
  // "shareholders must not allow B"); a subject that is the demanded thing itself stays ("the
  // tool is used before …", "this scandal must stop")
  const subject = kind === 'whole' ? undefined : subjectToken(ctx, h);
  const acting =
    subject !== undefined &&
    (tok(ctx, subject).upos === 'PRON' ||
      ctx.refs.resolve(subject) !== null ||
      (tok(ctx, subject).dep === 'nsubj' && ctx.tree.children[h].some((c) => OBJECTS.has(tok(ctx, c).dep))));
  const whole = kind === 'whole' || (subject !== undefined && !acting);
  if (acting && subject !== undefined && subject < h) lo = Math.max(lo, ctx.tree.hi[subject] + 1);
  // "there should be proper checks": what must exist is the demanded thing, without "there … be"
  if (subject !== undefined && tok(ctx, subject).dep === 'expl' && subject < h)
    for (const c of ctx.tree.children[h])
      if (c < h && ['expl', 'aux', 'cop'].includes(baseDep(tok(ctx, c)))) lo = Math.max(lo, c + 1);
  while (lo < h) {
    const t = tok(ctx, lo);
    // "… if Network Rail does not improve its offer": the demand is the act, not its absence
    if (kind === 'unlessNot' && negations.has(t.text.toLowerCase())) {
      lo++;
      continue;
    }
    // "its conditions were a full withdrawal": the copula before a demanded noun is not part of it
    const copula = baseDep(t) === 'cop' && ['NOUN', 'PROPN'].includes(tok(ctx, h).upos);
    if (copula) {
      lo++;
      continue;
    }
    if (!LEADING.has(baseDep(t)) || (baseDep(t) === 'aux' && KEEP_AUX.has(t.lemma) && !whole)) break;
    if (whole && baseDep(t) !== 'aux' && baseDep(t) !== 'mark') break;
    lo++;
  }
  while (lo < hi && (tok(ctx, lo).dep === 'punct' || (tok(ctx, lo).text === 'to' && lo < h))) lo++;
  // the tree's extent is trusted where a comma or conjunction follows it; otherwise the
  // clause runs on to its boundary (the trees often cut a long object short)
  // (a subtree that itself ends in its comma is closed too: "…talks can begin, the Kremlin said")
  const next = ctx.doc.tokens[hi + 1];
  const closed =
    !next ||
    next.sent !== tok(ctx, h).sent ||
    [',', ';', ')'].includes(next.text) ||
    next.upos === 'CCONJ' ||
    (hi > h && [',', ';'].includes(tok(ctx, hi).text));
  hi = clip(ctx, lo, closed ? Math.min(hi, until) : until);
  // "a general election - now": an urgency word right after the object is part of what is demanded
  for (let j = hi + 1; j <= Math.min(until, hi + 2); j++) {
    const t = tok(ctx, j);
    if (urgency.has(t.text.toLowerCase()) && t.head === tok(ctx, h).head) hi = j;
    else if (!['-', '–', '—'].includes(t.text)) break;
  }
  while (hi > lo && (['PUNCT', 'CCONJ'].includes(tok(ctx, hi).upos) || tok(ctx, hi).text === 'to')) hi--;
  // a quotation opened inside the text is closed inside it: a “swift and fair investigation”
  const close = ctx.doc.tokens[hi + 1];
  if (
    close?.sent === tok(ctx, h).sent &&
    ['”', '"'].includes(close.text) &&
    tokensBetween(lo, hi + 1).some((x) => ['“', '"'].includes(tok(ctx, x).text)) &&
    !tokensBetween(lo, hi + 1).some((x) => tok(ctx, x).text === '”')
  )
    hi++;
  return lo <= hi ? [lo, hi] : null;
}

/** The last token a content at c may reach: before the verb the cue itself hangs on ("… was rejected"). */
export function endBefore(ctx: ReaderContext, cue: number, c: number, sentEnd: number): number {
  let end = sentEnd;
  for (let h = tok(ctx, cue).head, step = 0; h >= 0 && step < CLIMB; h = tok(ctx, h).head, step++)
    if (h > c && h <= end) {
      end = h - 1;
      for (const x of ctx.tree.children[h])
        if (x > c && x < h && baseDep(tok(ctx, x)) === 'aux') end = Math.min(end, x - 1);
    }
  return end;
}
