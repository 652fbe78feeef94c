// Who does what a verb says: its subject in the tree (through relative, conjoined and
// controlled clauses, passives and what was written), or the one reporting it.
import { governmentNouns, nonNameWords } from '../lexicon';
import type { Referent } from '../referents';
import { baseDep, caseOf } from '../tree';
import { type ReaderContext, tok } from './context';
import { documents, speechVerbs, writingVerbs } from './cues';
import { hasMark } from './grammar';
import { CLIMB } from './limits';
import { quoteSpeaker, speakerOf } from './speakers';

/**
 * "wrote to all three parties urging them …" parsed with "to" as the participle's marker and
 * the parties as its subject: the noun after "to" is the one written to.
 */
function writtenToAsSubject(ctx: ReaderContext, k: number): number | undefined {
  const t = tok(ctx, k);
  if (t.dep !== 'advcl' || !/ing$/i.test(t.text) || t.head < 0 || !writingVerbs.has(tok(ctx, t.head).lemma))
    return undefined;
  if (!hasMark(ctx, k, 'to')) return undefined;
  return ctx.tree.children[k].find((c) => baseDep(tok(ctx, c)) === 'nsubj');
}

export function subjectToken(ctx: ReaderContext, k: number): number | undefined {
  if (writtenToAsSubject(ctx, k) !== undefined) return undefined;
  const subjects: number[] = [];
  for (const c of ctx.tree.children[k]) {
    const t = tok(ctx, c);
    if (baseDep(t) !== 'nsubj' && t.dep !== 'expl') continue;
    // "on Monday asking him to …": a day or month the tree calls a subject is not one
    if (t.upos === 'PROPN' && nonNameWords.has(t.text) && !inLongerName(ctx, c) && !headsPerson(ctx, c)) continue;
    subjects.push(c);
  }
  // a parser that gives a verb two subjects ("Russian President Vladimir Putin" read as
  // "Russian" + "Putin", "coach Tom Ellery" as "coach" + "Tom") has the named one right (the
  // person of "US President Donald Trump"), else the nominal one more often than the adjective
  if (subjects.length < 2) return subjects[0];
  return (
    subjects.find((c) => ctx.refs.named(c)?.actor.kind === 'person') ??
    subjects.find((c) => ctx.refs.named(c)) ??
    subjects.find((c) => /^(?:PROPN|NOUN|PRON)$/.test(tok(ctx, c).upos)) ??
    subjects[0]
  );
}

/**
 * Whether token c is the first or last word of a longer name ("the Department of Health does
 * not …", "the Tenants Union issued …"), not a lone word ("Labour" in "Labour Secretary Steven
 * MacKinnon" is a title's word).
 */
function inLongerName(ctx: ReaderContext, c: number): boolean {
  const own = ctx.refs.named(c)?.actor;
  return own !== undefined && (ctx.refs.named(c + 1)?.actor === own || ctx.refs.named(c - 1)?.actor === own);
}

/** Whether the tree makes token c the head of a person's name ("Transport" + flat "Mark Harper"). */
function headsPerson(ctx: ReaderContext, c: number): boolean {
  return ctx.tree.children[c].some((x) => tok(ctx, x).dep === 'flat' && ctx.refs.named(x)?.actor.kind === 'person');
}

/** Who does what verb k says: its subject, or the subject it shares with the verb it hangs on. */
export function subjectOf(ctx: ReaderContext, k: number): Referent | null {
  // "I" or "we" is the speaker of the clause, found through the speech verb, whose own subject
  // may again be "I": a verb already being resolved names no one
  if (ctx.resolving.has(k)) return null;
  ctx.resolving.add(k);
  try {
    return subjectThrough(ctx, k);
  } finally {
    ctx.resolving.delete(k);
  }
}

function subjectThrough(ctx: ReaderContext, k: number): Referent | null {
  let v = k;
  for (let step = 0; step < CLIMB && v >= 0; step++) {
    const t = tok(ctx, v);
    const agent = agentOf(ctx, v);
    const passive = ctx.tree.children[v].some((c) => tok(ctx, c).dep === 'nsubj:pass');
    if (passive) return agent === undefined ? null : ctx.refs.resolve(agent);
    const s = subjectToken(ctx, v);
    if (s !== undefined) {
      const st = tok(ctx, s);
      // "the union, which wants …": the relative pronoun stands for the noun the clause hangs on
      if (t.dep === 'acl:relcl' && st.upos === 'PRON' && /^(?:who|which|that)$/i.test(st.text))
        return ctx.refs.resolve(t.head);
      // (", which wants …" hung on a verb by the parser stands for the name before the comma)
      if (/^(?:who|which)$/i.test(st.text) && ctx.doc.tokens[s - 1]?.text === ',' && ctx.refs.named(s - 2))
        return ctx.refs.named(s - 2);
      // (the pronoun, not "US")
      if (st.upos === 'PRON' && /^(?:we|i|us|our)$/i.test(st.text)) return speakerOf(ctx, v) ?? quoteSpeaker(ctx, v);
      const reporter = reporterOf(ctx, v, s);
      if (reporter !== undefined) return reporter;
      return ctx.refs.resolve(s);
    }
    // "returned to a US court to seek …": a purpose clause is its verb's, not the noun's
    if (t.dep === 'acl' && hasMark(ctx, v, 'to') && t.head >= 0 && tok(ctx, t.head).head >= 0) {
      v = tok(ctx, t.head).head;
      continue;
    }
    // "wrote to the minister asking him to …", "issued a statement urging …": a participle on
    // the one written to, or on what was written, is the writer's
    const letter = onWritten(ctx, v);
    if (letter !== undefined) {
      v = tok(ctx, letter).head;
      continue;
    }
    if (t.dep === 'acl' || t.dep === 'acl:relcl') return t.head >= 0 ? ctx.refs.resolve(t.head) : null;
    if (!['conj', 'xcomp', 'advcl', 'ccomp'].includes(t.dep) || t.dep === 'ccomp') return null;
    v = afterReportedQuote(ctx, v) ?? t.head;
  }
  return null;
}

/**
 * 'X said the strikes were "unnecessary" and called on …' parsed with "called" joined to the
 * quoted words: a verb after the quote that closes a reported clause goes on from the one who
 * said it. Returns the verb of saying, or undefined.
 */
function afterReportedQuote(ctx: ReaderContext, v: number): number | undefined {
  const t = tok(ctx, v);
  if (t.dep !== 'conj' || t.head < 0) return undefined;
  const reported = tok(ctx, t.head);
  const said = reported.head;
  if (reported.dep !== 'ccomp' || said < 0 || !speechVerbs.has(tok(ctx, said).lemma)) return undefined;
  const before = ctx.doc.tokens[v - 1];
  const quote = ctx.doc.tokens[v - 2];
  if (before?.upos !== 'CCONJ' || !quote || !/^["”’]$/.test(quote.text) || !ctx.quoted[v - 3]) return undefined;
  return said;
}

/**
 * "X said it wants …": a third-person pronoun subject of a reported clause is the reporter when
 * the reporter fits it ("Russia said it …"); when the reporter is unnamed ("the administration
 * said it …") it is no one named. Undefined when the clause is not reported this way.
 */
function reporterOf(ctx: ReaderContext, v: number, pronoun: number): Referent | null | undefined {
  const p = tok(ctx, pronoun);
  const t = tok(ctx, v);
  if (p.upos !== 'PRON' || !/^(?:it|he|she|they)$/i.test(p.text)) return undefined;
  if (t.dep !== 'ccomp' || t.head < 0 || !speechVerbs.has(tok(ctx, t.head).lemma)) return undefined;
  let said = t.head;
  for (let step = 0; step < CLIMB && subjectToken(ctx, said) === undefined && tok(ctx, said).dep === 'conj'; step++)
    said = tok(ctx, said).head;
  const subject = subjectToken(ctx, said);
  if (subject === undefined) return undefined;
  const reporter = ctx.refs.resolve(subject);
  const person = /^(?:he|she)$/i.test(p.text);
  if (reporter && (reporter.actor.kind === 'person') === person) return reporter;
  // "the Trump administration said it …": the person acting through their government
  const government = governmentNouns.has(tok(ctx, subject).lemma.toLowerCase());
  if (reporter && government && !person) return reporter;
  // an unnamed body or people reporting ("the administration said it …")
  return tok(ctx, subject).upos === 'NOUN' && !person ? null : undefined;
}

/** Whether the tree gives verb k a subject, its own or one it shares up a bounded climb. */
export function hasSubjectPath(ctx: ReaderContext, k: number): boolean {
  if (ctx.tree.children[k].some((c) => tok(ctx, c).dep === 'aux:pass' || tok(ctx, c).dep === 'nsubj:pass')) return true;
  let v = k;
  for (let step = 0; step < CLIMB && v >= 0; step++) {
    const s = subjectToken(ctx, v);
    if (s !== undefined && baseDep(tok(ctx, s)) === 'nsubj') return true;
    const t = tok(ctx, v);
    if (t.dep === 'acl' || t.dep === 'acl:relcl') return true;
    if (!['conj', 'xcomp', 'advcl'].includes(t.dep)) return false;
    v = t.head;
  }
  return false;
}

/** The one a participle's letter went to: "wrote to X demanding", "sent X a letter urging". */
export function writtenTo(ctx: ReaderContext, k: number): number | undefined {
  const t = tok(ctx, k);
  if (t.head < 0 || !/ing$/i.test(t.text)) return undefined;
  // "wrote to X, demanding …" with the participle on the verb
  if (t.dep === 'advcl' && writingVerbs.has(tok(ctx, t.head).lemma))
    return ctx.tree.children[t.head].find((c) => toOblique(ctx, c)) ?? writtenToAsSubject(ctx, k);
  const noun = onWritten(ctx, k);
  if (noun === undefined) return undefined;
  if (toOblique(ctx, noun)) return noun;
  return ctx.tree.children[tok(ctx, noun).head].find((c) => toOblique(ctx, c) || tok(ctx, c).dep === 'iobj');
}

/**
 * "In a letter to the chancellor, the CBI demanded …": the one a document the cue is said in
 * went to. Returns that phrase's head, or undefined.
 */
export function letterTo(ctx: ReaderContext, k: number): number | undefined {
  for (const c of ctx.tree.children[k]) {
    const t = tok(ctx, c);
    if (baseDep(t) !== 'obl' || caseOf(ctx.tree, c) !== 'in' || !documents.has(t.lemma.toLowerCase())) continue;
    const to = ctx.tree.children[c].find((x) => baseDep(tok(ctx, x)) === 'nmod' && caseOf(ctx.tree, x) === 'to');
    if (to !== undefined) return to;
  }
  return undefined;
}

/**
 * The noun a participle at k hangs on when that noun is what its verb wrote or sent ("a
 * letter urging"), or the one it went to ("to the minister asking"); undefined otherwise.
 */
function onWritten(ctx: ReaderContext, k: number): number | undefined {
  const t = tok(ctx, k);
  if (t.dep !== 'acl' || !/ing$/i.test(t.text) || t.head < 0 || tok(ctx, t.head).head < 0) return undefined;
  const noun = tok(ctx, t.head);
  return documents.has(noun.lemma.toLowerCase()) || toOblique(ctx, t.head) ? t.head : undefined;
}

/** Whether k is an oblique with "to" ("to the minister"). */
function toOblique(ctx: ReaderContext, k: number): boolean {
  return baseDep(tok(ctx, k)) === 'obl' && caseOf(ctx.tree, k) === 'to';
}

/** The "by X" of a passive verb. */
export function agentOf(ctx: ReaderContext, k: number): number | undefined {
  const isAgent = (c: number) =>
    tok(ctx, c).dep === 'obl:agent' || (baseDep(tok(ctx, c)) === 'obl' && caseOf(ctx.tree, c) === 'by');
  const own = ctx.tree.children[k].find(isAgent);
  if (own !== undefined) return own;
  // "was handed to the officers by the Federation": the parser hangs the agent on the oblique before it
  for (const c of ctx.tree.children[k]) {
    if (baseDep(tok(ctx, c)) !== 'obl') continue;
    const hung = ctx.tree.children[c].find((x) => baseDep(tok(ctx, x)) === 'nmod' && caseOf(ctx.tree, x) === 'by');
    if (hung !== undefined) return hung;
  }
  return undefined;
}
