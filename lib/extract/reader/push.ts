// Adding a demand: who it is of and for, its text and its cue, once.

import { othersOf } from '../lexicon';
import type { Referent } from '../referents';
import { baseDep, caseOf } from '../tree';
import type { Actor } from '../types';
import { type ReaderContext, tok } from './context';
import { demonymActs } from './cues';
import { namesOnlyQualify } from './grammar';
import { CLIMB } from './limits';
import { subjectToken } from './subjects';

/** Words that carry no demanded content on their own ("do", "so", "it"). */
const EMPTY = new Set(['do', 'so', 'it', 'this', 'that', 'to', 'be', 'happen', 'very', 'clearly']);

/** Case words of a place where a demanded thing happens, not of a party that must act. */
const PLACE_CASES = new Set(['in', 'at', 'across', 'throughout', 'around', 'near', 'inside', 'within']);

/** Adds a demand; returns who it is demanded of (null for no one, or when nothing was added). */
export function push(
  ctx: ReaderContext,
  cue: number,
  demander: Referent,
  addressed: Actor | null,
  [lo, hi]: [number, number],
): Actor | null {
  let target = addressed;
  const { doc } = ctx;
  let words = 0;
  for (let j = lo; j <= hi; j++) {
    const t = doc.tokens[j];
    if (['NOUN', 'VERB', 'PROPN', 'NUM', 'ADJ'].includes(t.upos) && !EMPTY.has(t.lemma.toLowerCase())) words++;
  }
  if (!words) return null;
  // no one addressed in the grammar: the first one the demanded text names ("an inquiry by X",
  // "sanctions against X"), but not a place it happens in ("a pay rise for nurses in England")
  for (let j = lo; j <= hi && !target; j++) {
    // ("a full Israeli withdrawal from Gaza": the state whose demonym says who does the thing)
    const t = tok(ctx, j);
    const by = t.dep === 'amod' && t.head <= hi ? ctx.refs.demonym(j) : null;
    const r = ctx.refs.named(j) ?? (by && isAct(ctx, t.head) ? by : null);
    if (!r || r.actor === demander.actor || hyphenModifier(ctx, j)) continue;
    // the case word hangs on the name's head word
    let head = j;
    for (let step = 0; step < CLIMB && ctx.refs.named(tok(ctx, head).head)?.actor === r.actor; step++)
      head = tok(ctx, head).head;
    // (nor a name qualifying the subject of what is demanded: "the Rwanda flights should start")
    // (nor the one whose allies or rivals are asked: "Ukraine's allies must speed up …")
    const owner = tok(ctx, head).head;
    const others = tok(ctx, head).dep === 'nmod:poss' && othersOf.has(tok(ctx, owner)?.text.toLowerCase() ?? '');
    const qualifiesSubject =
      owner >= 0 && owner <= hi && baseDep(tok(ctx, owner)) === 'nsubj' && (namesOnlyQualify(ctx, owner) || others);
    if (!PLACE_CASES.has(caseOf(ctx.tree, head)) && !qualifiesSubject && !inClause(ctx, head, lo, hi)) target = r.actor;
  }
  const start = doc.tokens[lo].start;
  const end = doc.tokens[hi].end;
  const key = `${demander.actor.id}|${start}|${end}`;
  if (ctx.seen.has(key)) return null;
  ctx.seen.add(key);
  const c = doc.tokens[cue];
  const s = doc.sentences[c.sent];
  const next = doc.tokens[cue + 1];
  const particle = next && /^(?:for|on|upon|that)$/i.test(next.text) && next.head !== cue ? next : null;
  const cueEnd = particle ? particle.end : c.end;
  const of = target && target !== demander.actor ? target : null;
  const joint = jointDemanders(ctx, cue, demander).filter((a) => a !== of);
  ctx.demands.push({
    actor: demander.actor.id,
    target: of?.id ?? null,
    text: doc.text.slice(start, end),
    start,
    end,
    cue: doc.text.slice(c.start, cueEnd),
    cueStart: c.start,
    cueEnd,
    sentence: { start: doc.tokens[s.start].start, end: doc.tokens[s.end - 1].end },
    ...(demander.onBehalfOf && demander.onBehalfOf !== demander.actor && { onBehalfOf: demander.onBehalfOf.id }),
    ...(joint.length && { alsoBy: joint.map((a) => a.id) }),
  });
  return of;
}

/** Whether token k is an act whose doer a demonym before it names ("an Israeli withdrawal"). */
const isAct = (ctx: ReaderContext, k: number) => demonymActs.has(tok(ctx, k).lemma.toLowerCase());

/** Relations that open a clause of its own inside the demanded text. */
const CLAUSES = new Set(['acl', 'acl:relcl', 'advcl', 'ccomp', 'xcomp', 'csubj']);

/**
 * Whether the name headed by token j sits in a clause inside the demanded text [lo, hi]: "draw a
 * line under the row surrounding X", "an inquiry into claims that X lied" ask nothing of X.
 */
function inClause(ctx: ReaderContext, j: number, lo: number, hi: number): boolean {
  let k = j;
  for (let step = 0; step < CLIMB; step++) {
    const head = tok(ctx, k).head;
    if (head < lo || head > hi) return false;
    if (CLAUSES.has(tok(ctx, k).dep)) return true;
    k = head;
  }
  return false;
}

/** "an EU-wide ban", "a UN-backed inquiry": a name inside a hyphenated modifier is no one addressed. */
function hyphenModifier(ctx: ReaderContext, j: number): boolean {
  const dash = ctx.doc.tokens[j + 1];
  const word = ctx.doc.tokens[j + 2];
  return dash?.text === '-' && dash.start === tok(ctx, j).end && word?.start === dash.end && /^\p{Ll}/u.test(word.text);
}

/** "Germany and France called for …": the names joined by "and" to the cue's subject, when that subject is the demander. */
function jointDemanders(ctx: ReaderContext, cue: number, demander: Referent): Actor[] {
  const subject = subjectToken(ctx, cue);
  if (subject === undefined || ctx.refs.named(subject)?.actor !== demander.actor) return [];
  const out: Actor[] = [];
  for (const c of ctx.tree.children[subject]) {
    if (tok(ctx, c).dep !== 'conj') continue;
    const joiner = ctx.tree.children[c].find((x) => tok(ctx, x).dep === 'cc');
    if (joiner !== undefined && !['and', '&'].includes(tok(ctx, joiner).text.toLowerCase())) continue;
    const r = ctx.refs.named(c);
    if (r && r.actor !== demander.actor && !out.includes(r.actor)) out.push(r.actor);
  }
  return out;
}
