// Threats and ultimatums: an act made conditional on another's ("will strike unless …"), a
// time given to act in, no choice without something.
import { agentNouns } from '../lexicon';
import { baseDep, caseOf, dependentsBy } from '../tree';
import { type ReaderContext, tok } from './context';
import { type CueSpec, durations, exchangeNouns, threatConditions } from './cues';
import { demanderOf } from './demanders';
import { emit } from './emit';
import { dependents, hasMark, negated } from './grammar';
import { LOOK_AHEAD } from './limits';
import { quoteSpeaker, speakerOf } from './speakers';
import { subjectOf, subjectToken } from './subjects';

/** The auxiliaries that make a conditional act a threat ("will strike unless …"). */
const THREAT_AUX = new Set(['will', 'would']);

/** Whether the subject at k is someone who can act: a name, a pronoun, or an office or body. */
function canAct(ctx: ReaderContext, k: number): boolean {
  const t = tok(ctx, k);
  return t.upos === 'PRON' || ctx.refs.resolve(k) !== null || agentNouns.has(t.lemma.toLowerCase());
}

/**
 * "The union will strike unless the company improves its offer", "… would strike if Network
 * Rail did not improve it": a named party's own act made conditional on another's is a demand
 * of that other. Only with "will"/"would" (a threat, not a habit) and an actor as subject.
 */
export function conditionalThreat(ctx: ReaderContext, k: number): void {
  if (!ctx.tree.children[k].some((c) => baseDep(tok(ctx, c)) === 'aux' && THREAT_AUX.has(tok(ctx, c).lemma))) return;
  if (inExchange(ctx, k)) return;
  const end = Math.min(ctx.doc.sentences[tok(ctx, k).sent].end, k + 2 * LOOK_AHEAD);
  for (let m = k + 1; m < end; m++) {
    const condition = threatConditions.get(tok(ctx, m).lemma.toLowerCase());
    if (!condition) continue;
    const clause = conditionClause(ctx, k, m);
    // ("would release the hostages only if Israel withdrew": "only if" says what is asked, unnegated)
    // (or "would only succeed if …", the "only" on the verb)
    const only = (x: number) => /^only$/i.test(ctx.doc.tokens[x]?.text ?? '');
    const onlyIf = tok(ctx, m).lemma === 'if' && (only(m - 1) || ctx.tree.children[k].some((c) => c < k && only(c)));
    if (clause === undefined || (condition === 'negated' && !negated(ctx, clause) && !onlyIf)) return;
    // "would not resume talks until sanctions were lifted": only a refusal makes "until" a condition
    if (condition === 'mainNegated' && !negated(ctx, k)) return;
    // "would have to close the plant if sales did not improve": a condition on no one who can act
    // (a passive's subject is what is done to: "until a new parliament was elected")
    const party = subjectToken(ctx, clause);
    if (party !== undefined && tok(ctx, party).dep === 'nsubj' && !canAct(ctx, party)) return;
    // ("the measures will only work if …": a thing that works only so, said by someone, is their demand)
    const own = subjectToken(ctx, k) === undefined ? null : subjectOf(ctx, k);
    const demander = own ?? (onlyIf ? (speakerOf(ctx, k) ?? (ctx.quoted[k] ? quoteSpeaker(ctx, k) : null)) : null);
    if (demander) emit(ctx, k, demander, undefined, clause, condition === 'negated' && !onlyIf ? 'unlessNot' : 'ccomp');
    return;
  }
}

/**
 * "Hamas said it would release the hostages only in exchange for a permanent ceasefire": what a
 * party will do only for something is that thing, demanded. Returns whether one was read.
 */
function inExchange(ctx: ReaderContext, k: number): boolean {
  for (const c of ctx.tree.children[k]) {
    const t = tok(ctx, c);
    if (baseDep(t) !== 'obl' || !exchangeNouns.has(t.lemma.toLowerCase()) || caseOf(ctx.tree, c) !== 'in') continue;
    if (!ctx.tree.children[c].some((x) => /^only$/i.test(tok(ctx, x).text))) continue;
    const price = ctx.tree.children[c].find((x) => baseDep(tok(ctx, x)) === 'nmod' && caseOf(ctx.tree, x) === 'for');
    const demander = price === undefined || subjectToken(ctx, k) === undefined ? null : subjectOf(ctx, k);
    if (price === undefined || !demander) continue;
    emit(ctx, c, demander, undefined, price, 'obj');
    return true;
  }
  return false;
}

/**
 * The clause condition word m opens for verb k, however the tree hangs it: under the verb with
 * the word as its marker, under the word itself (tagged as an adjective: "unless"), or with the
 * word read as a preposition on the clause's subject ("until Russia withdraws …").
 */
function conditionClause(ctx: ReaderContext, k: number, m: number): number | undefined {
  const head = tok(ctx, m).head;
  if (head !== k && head >= 0 && tok(ctx, head).upos === 'VERB' && tok(ctx, head).head === k) return head;
  const under = ctx.tree.children[m].find((c) => tok(ctx, c).upos === 'VERB');
  if (under !== undefined) return under;
  const verb = head >= 0 && baseDep(tok(ctx, head)) === 'nsubj' ? tok(ctx, head).head : -1;
  return verb >= 0 && verb !== k && tok(ctx, verb).upos === 'VERB' ? verb : undefined;
}

export function threat(ctx: ReaderContext, k: number, marks: string[]): void {
  const clauses = [k, ...dependents(ctx, k, 'xcomp')].flatMap((v) => dependents(ctx, v, 'advcl'));
  // "threatened strikes unless X …"; with "if", only a negated clause says what is demanded
  // ("… if Network Rail did not improve its offer")
  const negatedOnly = (m: string) => threatConditions.get(m) === 'negated';
  let condition: number | undefined;
  let mark = '';
  for (const c of clauses) {
    const m = marks.find((w) => hasMark(ctx, c, w) && (!negatedOnly(w) || negated(ctx, c)));
    if (m !== undefined) {
      condition = c;
      mark = m;
      break;
    }
  }
  if (condition === undefined) return;
  const demander = demanderOf(ctx, k);
  if (demander) emit(ctx, k, demander, undefined, condition, negatedOnly(mark) ? 'unlessNot' : 'ccomp');
}

/**
 * "giving the government two weeks to come to the table": a time to act in, given to someone,
 * and what they must do in it (an infinitive on the verb or on the time).
 */
export function deadline(ctx: ReaderContext, k: number, spec: CueSpec): void {
  // "gave X two weeks to …", or a date: "gave X until Friday to …", where X is the object
  const span = dependents(ctx, k, 'obj').find((c) => durations.has(tok(ctx, c).lemma.toLowerCase()));
  const until = span === undefined ? dependents(ctx, k, 'obl:until')[0] : undefined;
  const time = span ?? until;
  if (time === undefined) return;
  // the parser hangs the infinitive on the verb or on the time ("two weeks to …")
  const toDo = (h: number) =>
    spec.content.flatMap((r) => dependentsBy(ctx.tree, h, r)).find((c) => hasMark(ctx, c, 'to'));
  const content = toDo(k) ?? toDo(time);
  const demander = demanderOf(ctx, k);
  if (content === undefined || !demander) return;
  const addressee = [...(spec.addressee ?? []), ...(until === undefined ? [] : ['obj'])].flatMap((r) =>
    dependents(ctx, k, r),
  )[0];
  emit(ctx, k, demander, addressee, content, 'xcomp');
}

/** "Without a credible offer, we have no choice but to strike": the offer is demanded. */
export function withoutNoChoice(ctx: ReaderContext, k: number): void {
  const t = tok(ctx, k);
  if (!ctx.tree.children[k].some((c) => tok(ctx, c).lemma.toLowerCase() === 'no') || t.head < 0) return;
  const lacking = ctx.tree.children[t.head].find(
    (c) => baseDep(tok(ctx, c)) === 'obl' && caseOf(ctx.tree, c) === 'without',
  );
  if (lacking === undefined) return;
  const demander = subjectOf(ctx, t.head);
  const cue = ctx.tree.children[lacking].find((c) => tok(ctx, c).dep === 'case');
  if (demander && cue !== undefined) emit(ctx, cue, demander, undefined, lacking, 'obj');
}
