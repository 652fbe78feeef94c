// Modal clauses ("X said Y must …", "there should be …", "it is time for X to …"): demands of
// their speaker.
import { agentNouns } from '../lexicon';
import type { Referent } from '../referents';
import { baseDep } from '../tree';
import { type ReaderContext, tok } from './context';
import { ownSides, speechVerbs, timeSubjects, wantToSee } from './cues';
import { emit, emitSeen } from './emit';
import { hasMark, namesOnlyQualify, negated } from './grammar';
import { CLIMB } from './limits';
import { continuedSpeaker, quoteSpeaker, reportingVerb, sentenceSpeaker } from './speakers';
import { subjectOf, subjectToken } from './subjects';
import { OBJECTS, QUOTE_MARKS } from './word-classes';

/** "X said Y must …": a demand of the speaker on Y. */
export function modal(ctx: ReaderContext, cue: number, subjectHolder: number, verb: number): void {
  if (verb < 0) return;
  // "our resources, which must serve the nation": a relative clause describes, it does not ask
  // (the parser sometimes hangs it as a clause of its own, with "which" its subject)
  if (tok(ctx, subjectHolder).dep === 'acl:relcl') return;
  const relative = subjectToken(ctx, subjectHolder);
  if (relative !== undefined && /^(?:which|who|that)$/i.test(tok(ctx, relative).text)) return;
  // "we do not think that the union should strike": what is doubted is not asked
  for (let v = verb, step = 0; step < CLIMB && ['ccomp', 'csubj', 'xcomp', 'advcl'].includes(tok(ctx, v).dep); step++) {
    v = tok(ctx, v).head;
    if (negated(ctx, v)) return;
  }
  // "must have been" guesses at the past; "should have withdrawn" still says what was due
  const perfect = ctx.tree.children[verb].some((c) => tok(ctx, c).dep === 'aux' && tok(ctx, c).lemma === 'have');
  if (perfect && tok(ctx, cue).lemma === 'must') return;
  // "Should the offer be accepted, …": a modal before its subject asks or supposes
  const subjectFirst = subjectToken(ctx, subjectHolder);
  if (subjectFirst !== undefined && cue < subjectFirst) return;
  // "Government guidance said e-mails should …, Mr Thomas said": the clause's own reporter is
  // unnamed, so it is no one's demand, not the outer speaker's
  const said = reportingVerb(ctx, subjectHolder);
  const reporter = said === undefined ? null : subjectOf(ctx, said);
  // (nor is what someone unnamed tells: "tired of being told they must stay poor")
  const told = said !== undefined && ctx.tree.children[said].some((c) => tok(ctx, c).dep === 'aux:pass');
  if (!reporter && said !== undefined && (subjectToken(ctx, said) !== undefined || told)) return;
  const speaker =
    reporter ?? (ctx.quoted[cue] ? quoteSpeaker(ctx, cue) : (sentenceSpeaker(ctx, cue) ?? continuedSpeaker(ctx, cue)));
  if (!speaker) return;
  const s = subjectToken(ctx, subjectHolder) ?? objectOfSaying(ctx, subjectHolder);
  if (s !== undefined && /^(?:i|we)$/i.test(tok(ctx, s).text)) {
    // (what one must do is a plan; what "we need to see" others do is asked of them)
    if (wantToSee.has(tok(ctx, verb).lemma.toLowerCase())) emitSeen(ctx, cue, speaker, verb);
    return;
  }
  if (s !== undefined && timeSubjects.has(tok(ctx, s).lemma.toLowerCase())) return;
  // ("the Gaza ceasefire must hold": a thing a name only qualifies is what is demanded, not that actor)
  const qualified = s !== undefined && namesOnlyQualify(ctx, s);
  const target = s === undefined || qualified ? null : ctx.refs.resolve(s, speaker.actor);
  if (target && target.actor === speaker.actor) return;
  // "Unilever said it needed to cut jobs", reported, not quoted: "it" is the speaker, stating
  // its own plan
  if (
    s !== undefined &&
    !ctx.quoted[cue] &&
    said !== undefined &&
    /^(?:it|he|she)$/i.test(tok(ctx, s).text) &&
    tok(ctx, s).dep !== 'expl' &&
    ctx.refs.resolve(s)?.actor === speaker.actor
  )
    return;
  // "Arteta said his side must learn …": what the speaker's own side must do is a plan or a
  // condition on itself
  if (s !== undefined && ownSide(ctx, s, speaker)) return;
  // "there should be X": X is demanded, without the "there … be" around it
  const existential = s !== undefined && tok(ctx, s).dep === 'expl';
  const thing = existential
    ? (ctx.tree.children[verb].find((c) => c > verb && baseDep(tok(ctx, c)) === 'nsubj') ?? nounAfter(ctx, verb))
    : undefined;
  if (thing !== undefined) emit(ctx, cue, speaker, undefined, thing, 'obj');
  else {
    // an unnamed agent acting on something ("the ministry must publish the guidance"), or one
    // whose noun names someone who can act ("the prime minister should apologise"), is the one
    // who must act, left out like a named one; a subject that is the thing itself stays
    const agent =
      s !== undefined &&
      tok(ctx, s).dep === 'nsubj' &&
      (ctx.tree.children[verb].some((c) => OBJECTS.has(tok(ctx, c).dep)) ||
        agentNouns.has(tok(ctx, s).lemma.toLowerCase()));
    const addressee = existential || qualified ? undefined : s;
    emit(ctx, cue, speaker, addressee, verb, target || agent ? 'ccomp' : existential ? 'obj' : 'whole');
  }
}

/**
 * 'said the company "must treat this as …"', "said the central bank needed to …", parsed with
 * the noun as the object of "said" (and the verb as its clause, or as a participle on the noun):
 * a reported clause with no subject of its own has it in that noun.
 */
function objectOfSaying(ctx: ReaderContext, v: number): number | undefined {
  const t = tok(ctx, v);
  if (t.head < 0) return undefined;
  if (t.dep === 'acl') {
    const noun = tok(ctx, t.head);
    const said = noun.head;
    const reported = noun.dep === 'obj' && said >= 0 && speechVerbs.has(tok(ctx, said).lemma);
    return reported && t.text !== t.lemma && ctx.tree.lo[v] === v && t.head < v ? t.head : undefined;
  }
  if (t.dep !== 'ccomp' || !speechVerbs.has(tok(ctx, t.head).lemma)) return undefined;
  const object = ctx.tree.children[t.head].find((c) => tok(ctx, c).dep === 'obj' && c < v);
  if (object === undefined) return undefined;
  for (let j = ctx.tree.hi[object] + 1; j < ctx.tree.lo[v]; j++)
    if (!QUOTE_MARKS.has(tok(ctx, j).text)) return undefined;
  return object;
}

/**
 * "there should be proper checks" with the parser's "be" a copula hung elsewhere: the head of
 * the noun phrase right after it.
 */
function nounAfter(ctx: ReaderContext, k: number): number | undefined {
  const t = tok(ctx, k);
  if (t.lemma !== 'be') return undefined;
  const end = ctx.doc.sentences[t.sent].end;
  let j = k + 1;
  while (j < end && ['ADJ', 'DET', 'NUM', 'ADV'].includes(tok(ctx, j).upos)) j++;
  return j < end && ['NOUN', 'PROPN'].includes(tok(ctx, j).upos) ? j : undefined;
}

/** Whether the phrase at k is the speaker's own side: "his side", "our players". */
function ownSide(ctx: ReaderContext, k: number, speaker: Referent): boolean {
  if (!ownSides.has(tok(ctx, k).text.toLowerCase())) return false;
  const owner = ctx.tree.children[k].find(
    (c) => tok(ctx, c).dep === 'nmod:poss' && /^(?:his|her|its|our|my)$/i.test(tok(ctx, c).text),
  );
  if (owner === undefined) return false;
  if (/^(?:our|my)$/i.test(tok(ctx, owner).text)) return true;
  const a = ctx.refs.resolve(owner)?.actor;
  return a !== undefined && (a === speaker.actor || a === speaker.onBehalfOf);
}

/** Whether "only" comes right before token k ("will only have to"). */
export function onlyBefore(ctx: ReaderContext, k: number): boolean {
  const before = ctx.doc.tokens[k - 1];
  return before !== undefined && before.sent === tok(ctx, k).sent && /^only$/i.test(before.text);
}

/** Whether "to" comes right after token k, or after one adverb ("need urgently to"). */
export function toFollows(ctx: ReaderContext, k: number): boolean {
  const next = ctx.doc.tokens[k + 1];
  if (next?.text.toLowerCase() === 'to') return true;
  return next?.upos === 'ADV' && ctx.doc.tokens[k + 2]?.text.toLowerCase() === 'to';
}

/**
 * "It is time for the BBC to change its leadership," X said: what the one named must do, a
 * demand of the speaker, like a modal. Without a "for" ("said it was time to draw a line under
 * the row") it is still the speaker's call, on no one named, when it names something to act on
 * ("time to move on" is a mood, not a call).
 */
export function timeFor(ctx: ReaderContext, k: number): void {
  const act = itIsClause(ctx, k, (c) => hasMark(ctx, c, 'to'));
  if (act === undefined) return;
  if (!hasMark(ctx, act, 'for') && !namesAThing(ctx, act)) return;
  saidOfIt(ctx, k, act);
}

/** Whether the phrase under token k has a noun in it ("end this war", not "move on"). */
function namesAThing(ctx: ReaderContext, k: number): boolean {
  for (let j = ctx.tree.lo[k]; j <= ctx.tree.hi[k]; j++) if (/^(?:NOUN|PROPN)$/.test(tok(ctx, j).upos)) return true;
  return false;
}

/**
 * "It is vital that the government funds the rise in full", "it is essential for Israel to
 * allow aid in", said or quoted: what must happen, a demand of the speaker, like a modal.
 */
export function necessaryThat(ctx: ReaderContext, k: number): void {
  const act = itIsClause(ctx, k, (c) => hasMark(ctx, c, 'that') || hasMark(ctx, c, 'to'));
  if (act === undefined) return;
  if (hasMark(ctx, act, 'that')) {
    saidOfIt(ctx, k, act);
    return;
  }
  // "it is essential for Israel to let …" (the tree may hang "for Israel" on the adjective);
  // without a "for", "it is vital to keep talking" asks no one
  for (let j = k + 1; j + 1 < act; j++)
    if (tok(ctx, j).text.toLowerCase() === 'for') {
      saidOfIt(ctx, k, act, j + 1);
      return;
    }
}

/** The clause of "it is <k> …" that the test picks, when k has a copula and "it" as subject. */
function itIsClause(ctx: ReaderContext, k: number, test: (c: number) => boolean): number | undefined {
  const children = ctx.tree.children[k];
  if (negated(ctx, k) || !children.some((c) => baseDep(tok(ctx, c)) === 'cop')) return undefined;
  if (!children.some((c) => /^it$/i.test(tok(ctx, c).text) && /^(?:nsubj|expl)/.test(tok(ctx, c).dep)))
    return undefined;
  return children.find((c) => c > k && test(c));
}

/** The demand of whoever says "it is … <act>": the clause's subject must do it. */
function saidOfIt(ctx: ReaderContext, k: number, act: number, who = subjectToken(ctx, act)): void {
  const said = reportingVerb(ctx, k);
  const speaker =
    said === undefined ? (ctx.quoted[k] ? quoteSpeaker(ctx, k) : sentenceSpeaker(ctx, k)) : subjectOf(ctx, said);
  if (!speaker) return;
  emit(ctx, k, speaker, who, act, 'ccomp');
}
