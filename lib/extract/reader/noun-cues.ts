// Noun cues ("calls for …", "their demands are …", "under pressure from X to …").
import type { Referent } from '../referents';
import { baseDep, caseOf } from '../tree';
import { clip } from './clip';
import { type ReaderContext, tok } from './context';
import { type CueSpec, listVerbs, marketVerbs, marketWords, rejections } from './cues';
import { emit } from './emit';
import { dependents, hasMark, negated, particleAfter } from './grammar';
import { LOOK_AHEAD } from './limits';
import { push } from './push';
import { endBefore } from './span';
import { quoteSpeaker, sentenceSpeaker } from './speakers';
import { subjectOf, subjectToken } from './subjects';
import { surfaceFrame } from './surface';

/** How far a colon may stand after a noun cue, and its list's first noun after the colon. */
const COLON_REACH = 5;

export function nounCue(ctx: ReaderContext, k: number, spec: CueSpec): void {
  const t = tok(ctx, k);
  if (negated(ctx, k)) return;
  // "growing demand for cars": a market's, not anyone's
  const before = ctx.doc.tokens[k - 1];
  if (before && marketWords.has(before.text.toLowerCase())) return;
  if (ctx.tree.children[k].some((c) => marketWords.has(tok(ctx, c).text.toLowerCase()))) return;
  // "China's demand for iron ore fell", "… is expected to double": a quantity that moves is a
  // market's (not "Labour's calls for an inquiry grew louder")
  if (t.lemma.toLowerCase() === 'demand' && baseDep(t) === 'nsubj' && t.head >= 0) {
    const moves = (v: number) => marketVerbs.has(tok(ctx, v).lemma.toLowerCase());
    if (moves(t.head) || ctx.tree.children[t.head].some((c) => tok(ctx, c).dep === 'xcomp' && moves(c))) return;
  }
  let contents: number[] = [];
  let rel = '';
  for (const r of spec.content) {
    contents = dependents(ctx, k, r)
      .concat(r.startsWith('nmod:') ? dependents(ctx, k, r.replace(/^nmod:/, 'obl:')) : [])
      .filter((c) => !spec.purposeFor || !hasMark(ctx, c, 'for'));
    if (contents.length) {
      rel = r;
      break;
    }
  }
  // "our demands are simple: a fair wage, safe staffing and respect": the list after the colon
  const listed = contents.length ? undefined : listAfterColon(ctx, k, spec);
  if (listed !== undefined) {
    contents = [listed];
    rel = 'obj';
  }
  // "the union's demands include A, B and C", "its demand is a 5% rise"
  if (!contents.length && baseDep(t) === 'nsubj' && t.head >= 0) {
    const h = t.head;
    if (listVerbs.has(tok(ctx, h).lemma)) contents = dependents(ctx, h, 'obj');
    else if (ctx.tree.children[h].some((c) => tok(ctx, c).dep === 'cop')) contents = [h];
    rel = 'obj';
  }
  const particle = particleAfter(ctx, k);
  const reads = (rel: string) => spec.content.includes(rel);
  if (!contents.length && ctx.doc.tokens[k + 1]?.text.toLowerCase() === 'from') {
    callsFrom(ctx, k);
    return;
  }
  if (!contents.length && ((particle === 'for' && reads('nmod:for')) || (particle === 'that' && reads('ccomp')))) {
    surfaceFrame(ctx, k, spec);
    return;
  }
  if (!contents.length || (spec.needs && !rel)) return;
  const owner = ctx.tree.children[k].find(
    (c) =>
      tok(ctx, c).dep === 'nmod:poss' || (baseDep(tok(ctx, c)) === 'nmod' && /^(?:from|by)$/.test(caseOf(ctx.tree, c))),
  );
  let demander = owner === undefined ? null : ownerOf(ctx, k, owner);
  if (
    !demander &&
    owner === undefined &&
    (t.dep === 'obj' || t.dep === 'nsubj:pass') &&
    t.head >= 0 &&
    !negated(ctx, t.head) &&
    // "rejected calls for talks", "faces calls to resign": the calls are someone else's
    !rejections.has(tok(ctx, t.head).lemma.toLowerCase())
  )
    demander = t.dep === 'obj' ? subjectOf(ctx, t.head) : null;
  if (!demander) return;
  // "X is under pressure from Y to …": the one under it must act
  const from = owner !== undefined && tok(ctx, owner).dep !== 'nmod:poss';
  for (const c of contents) emit(ctx, k, demander, from ? underPressure(ctx, k) : undefined, c, rel);
}

/** Who owns noun cue k through its possessor or "from"/"by" phrase; "our demands" are the speaker's. */
function ownerOf(ctx: ReaderContext, k: number, owner: number): Referent | null {
  if (!/^(?:our|my)$/i.test(tok(ctx, owner).text)) return ctx.refs.resolve(owner);
  return ctx.quoted[k] ? quoteSpeaker(ctx, k) : sentenceSpeaker(ctx, k);
}

/**
 * Where what a noun cue asks for ends: before the verb the cue hangs on, and before the first
 * verb in a tense of its own after a nominal content ("calls for an inquiry grew louder"),
 * however the tree hangs that verb.
 */
export function nounEnd(ctx: ReaderContext, cue: number, c: number, sentEnd: number): number {
  const end = endBefore(ctx, cue, c, sentEnd);
  // (only inside the cue's own phrase: "demands include A backdated to April" goes on; an
  // infinitive there too: "call on Europe to rearm was welcomed")
  const own = ['NOUN', 'PROPN'].includes(tok(ctx, c).upos) || hasMark(ctx, c, 'to');
  if (!own || tok(ctx, c).head !== cue) return end;
  for (let x = c + 1; x <= end; x++) {
    if (!finiteVerb(ctx, x)) continue;
    // (and its auxiliaries before it: "… to rearm was welcomed")
    let first = x;
    for (const a of ctx.tree.children[x])
      if (a > c && a < first && ['aux', 'cop'].includes(baseDep(tok(ctx, a)))) first = a;
    return first - 1;
  }
  return end;
}

/** A verb in a tense of its own, not an infinitive, a participle or a relative clause's. */
function finiteVerb(ctx: ReaderContext, x: number): boolean {
  const t = tok(ctx, x);
  const before = tok(ctx, x - 1).text.toLowerCase();
  return (
    t.upos === 'VERB' &&
    t.text !== t.lemma &&
    !/ing$/i.test(t.text) &&
    // ("the return of displaced people": a participle on a noun)
    baseDep(t) !== 'amod' &&
    !['to', 'that', 'who', 'which', 'be', 'been', 'being'].includes(before) &&
    // ("for Ofwat to be abolished and replaced by …": a participle joined to one)
    !(baseDep(t) === 'conj' && t.head >= 0 && t.head < x && !finiteVerb(ctx, t.head))
  );
}

/** The first noun after a colon a few words past noun k ("demands are simple: a fair wage, …"). */
function listAfterColon(ctx: ReaderContext, k: number, spec: CueSpec): number | undefined {
  const end = ctx.doc.sentences[tok(ctx, k).sent].end;
  // ("its conditions for a ceasefire: A and B": past what they are for)
  const purpose = spec.purposeFor
    ? ctx.tree.children[k].find((c) => baseDep(tok(ctx, c)) === 'nmod' && caseOf(ctx.tree, c) === 'for')
    : undefined;
  const from = purpose === undefined ? k + 1 : ctx.tree.hi[purpose] + 1;
  for (let j = from; j < Math.min(end, from + COLON_REACH); j++) {
    // only "demands:", "demands are simple:": a copula and its adjective between
    if (tok(ctx, j).text !== ':') {
      if (!['AUX', 'ADJ', 'ADV'].includes(tok(ctx, j).upos)) return undefined;
      continue;
    }
    for (let x = j + 1; x < Math.min(end, j + COLON_REACH); x++)
      if (['NOUN', 'PROPN'].includes(tok(ctx, x).upos)) return x;
    return undefined;
  }
  return undefined;
}

/** "calls from Labour for an inquiry", "calls from Republicans to withdraw …": the caller is named after the noun. */
function callsFrom(ctx: ReaderContext, k: number): void {
  const end = Math.min(ctx.doc.sentences[tok(ctx, k).sent].end, k + LOOK_AHEAD + 2);
  let caller: Referent | null = null;
  for (let j = k + 2; j < end; j++) {
    caller ??= ctx.refs.named(j);
    const w = tok(ctx, j).text.toLowerCase();
    if (!caller || (w !== 'for' && w !== 'to')) continue;
    const lo = j + 1;
    // up to the verb the noun is the subject of ("calls from Labour for an inquiry grew")
    const hi = clip(ctx, lo, nounEnd(ctx, k, lo, ctx.doc.sentences[tok(ctx, k).sent].end - 1));
    const under = underPressure(ctx, k);
    const target = under === undefined ? null : (ctx.refs.resolve(under, caller.actor)?.actor ?? null);
    if (hi >= lo) push(ctx, k, caller, target, [lo, hi]);
    return;
  }
}

/** Who is under the pressure or faces the calls at noun k: the subject of its clause. */
function underPressure(ctx: ReaderContext, k: number): number | undefined {
  const t = tok(ctx, k);
  const holder = t.dep === 'obj' || t.dep === 'obl' ? t.head : k;
  return holder >= 0 ? subjectToken(ctx, holder) : undefined;
}
