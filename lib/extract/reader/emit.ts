// One demand per conjunct of a content, with who must act on each.
import { isPlural, type Referent } from '../referents';
import { baseDep } from '../tree';
import { conjuncts } from './conjuncts';
import { type ReaderContext, tok } from './context';
import { clausalInfinitive, hasMark } from './grammar';
import { nounEnd } from './noun-cues';
import { push } from './push';
import { contentSpan } from './span';
import { subjectToken } from './subjects';

/** One demand per conjunct of the content headed by c. */
export function emit(
  ctx: ReaderContext,
  cue: number,
  demander: Referent,
  addressee: number | undefined,
  content: number,
  how: string,
): void {
  let c = content;
  let rel = how;
  // "urged the union to call off A and put B": the object is addressed, the infinitive and its
  // conjuncts are demanded
  const infinitive = clausalInfinitive(ctx, c);
  if (infinitive !== undefined && rel === 'addressee') {
    emit(ctx, cue, demander, c, infinitive, 'xcomp');
    return;
  }
  // "ordered all contracts to be examined": a passive infinitive's subject is no one who must
  // act but the thing to be done to, so it is part of what is demanded
  // (so is the object of a small clause: "wants cars banned from the centre", "wants him gone")
  const passive = ctx.tree.children[c].some((x) => tok(ctx, x).dep === 'aux:pass');
  // ("pushing the oil major to abandon …": a word of the addressee's name the tagger read as an
  // adjective, with the infinitive under it, is no small clause; the infinitive is demanded)
  const bareAdjective =
    rel === 'xcomp' &&
    tok(ctx, c).upos === 'ADJ' &&
    !hasMark(ctx, c, 'to') &&
    !ctx.tree.children[c].some((x) => baseDep(tok(ctx, x)) === 'cop');
  const misread = bareAdjective ? clausalInfinitive(ctx, c) : undefined;
  if (misread !== undefined && addressee !== undefined && addressee < c) {
    emit(ctx, cue, demander, addressee, misread, 'xcomp');
    return;
  }
  // ("asked neighbouring Uganda and Tanzania to coordinate …": a participle the tagger made the
  // verb, with the one addressed as its object and the infinitive under it, is their modifier)
  const modifier = addressee === undefined ? participleBefore(ctx, c, rel) : undefined;
  if (modifier !== undefined) {
    emit(ctx, cue, demander, modifier.object, modifier.infinitive, 'xcomp');
    return;
  }
  const small = rel === 'xcomp' && !hasMark(ctx, c, 'to') && participleOrAdjective(ctx, c);
  // ("need these crossings open": the cue's object, where the cue addresses no one)
  const subject =
    addressee ?? (small ? ctx.tree.children[cue].find((x) => tok(ctx, x).dep === 'obj' && x < c) : undefined);
  if (
    (small || passive) &&
    subject !== undefined &&
    subject < c &&
    (small || !ctx.refs.resolve(subject, demander.actor))
  ) {
    const sentEnd = ctx.doc.sentences[tok(ctx, c).sent].end - 1;
    const span = contentSpan(ctx, c, rel, sentEnd);
    if (span) push(ctx, cue, demander, null, [ctx.tree.lo[subject], span[1]]);
    return;
  }
  // each conjunct runs to where the next begins; the last to the end of the clause
  const sentEnd = ctx.doc.sentences[tok(ctx, c).sent].end - 1;
  const all = [c, ...conjuncts(ctx, c, rel)].sort((a, b) => a - b);
  const startOf = (h: number) =>
    h === c || tok(ctx, h).dep === 'conj' ? (contentSpan(ctx, h, rel, sentEnd)?.[0] ?? h) : h;
  // a conjunct starts after a comma or a conjunction; one the tree finds elsewhere ("a shorter
  // working week") is a misparse
  const listed = (h: number) => {
    // (past the conjunct's own preposition: "for A and for B")
    let at = startOf(h) - 1;
    if (tok(ctx, at)?.dep === 'case' && tok(ctx, at).head === h) at--;
    const before = ctx.doc.tokens[at];
    return before !== undefined && (before.text === ',' || before.upos === 'CCONJ' || before.text === 'to');
  };
  const heads = all.filter((h, i) => i === 0 || (startOf(h) > startOf(all[i - 1]) && listed(h)));
  const starts = heads.map(startOf);
  let previous: Referent | null = null;
  heads.forEach((h, i) => {
    // a conjunct with no subject of its own is demanded of the same party ("that Ukraine recognise A, withdraw B")
    let target: Referent | null = i > 0 && subjectToken(ctx, h) === undefined ? previous : null;
    let head = h;
    let kind = rel;
    // "called for Russia to withdraw": the named one is addressed, the clause is demanded
    const ownSubject = subjectToken(ctx, h);
    if (addressee !== undefined) target = addressed(ctx, addressee, demander);
    const forTo = clausalInfinitive(ctx, h);
    if (forTo !== undefined && (kind === 'addressee' || ctx.refs.resolve(h))) {
      target = ctx.refs.resolve(h, demander.actor);
      head = forTo;
      kind = 'xcomp';
    } else if (ownSubject !== undefined && kind !== 'whole' && tok(ctx, ownSubject).dep !== 'expl') {
      // (the "there" of "there should be X" names no one who must act, here or as the addressee)
      const r = ctx.refs.resolve(ownSubject, demander.actor);
      if (r) target = r;
    }
    previous = target;
    const last = tok(ctx, cue).upos === 'NOUN' ? nounEnd(ctx, cue, c, sentEnd) : sentEnd;
    const span = contentSpan(ctx, head, kind, i + 1 < heads.length ? starts[i + 1] - 1 : last);
    const pushed = ctx.demands.length;
    const named = span ? push(ctx, cue, demander, target?.actor ?? null, span) : null;
    // (people the cue asks, "urged retail investors to", are never the one party a story's other
    // demands name; "the oil major" may well be, and a clause's own subject, "these attacks must
    // stop", is a thing to be done, not one who is asked)
    const asked = tok(ctx, addressee ?? (forTo !== undefined ? h : -1));
    if (!named && ctx.demands.length > pushed && asked?.head === cue && asked.upos === 'NOUN' && isPlural(asked))
      ctx.askedUnnamed.add(ctx.demands[pushed]);
    // "caps on Ukraine's military, protections for Russian speakers and …": a list of things
    // demanded is demanded of the one its first item names
    if (!target && named && tok(ctx, h).upos === 'NOUN') previous = { actor: named, onBehalfOf: null };
  });
}

/**
 * Who the phrase at k addresses, never the demander: nor, for a description, the body they
 * speak for ("WFP director Anna Berg said the company must …" is not of the WFP).
 */
function addressed(ctx: ReaderContext, k: number, demander: Referent): Referent | null {
  const r = ctx.refs.resolve(k, demander.actor);
  const own = demander.onBehalfOf;
  // (but "the government" a mayor asks is still the state his city stands for)
  if (!r || !own || r.actor !== own || ctx.refs.named(k) || own.kind === 'country') return r;
  const other = ctx.refs.resolve(k, own);
  return other && other.actor !== demander.actor ? other : null;
}

/**
 * "wants to see the tax cut extended", "we need to see the Commission act": what the demander
 * would see done, the words after the verb of seeing.
 */
export function emitSeen(ctx: ReaderContext, cue: number, demander: Referent, seeing: number): void {
  const sentEnd = ctx.doc.sentences[tok(ctx, seeing).sent].end - 1;
  const span = contentSpan(ctx, seeing, 'xcomp', sentEnd);
  if (span && span[1] > seeing) push(ctx, cue, demander, null, [seeing + 1, span[1]]);
}

/**
 * An "-ing" word right after the cue read as the demanded verb, whose named object has the
 * infinitive after it: "asked neighbouring Uganda to …" is Uganda asked.
 */
function participleBefore(
  ctx: ReaderContext,
  c: number,
  rel: string,
): { object: number; infinitive: number } | undefined {
  const t = tok(ctx, c);
  if (rel !== 'xcomp' || t.upos !== 'VERB' || !/ing$/i.test(t.text) || hasMark(ctx, c, 'to')) return undefined;
  const object = ctx.tree.children[c].find((x) => tok(ctx, x).dep === 'obj' && x === c + 1 && ctx.refs.named(x));
  const infinitive = clausalInfinitive(ctx, c);
  return object !== undefined && infinitive !== undefined && infinitive > object ? { object, infinitive } : undefined;
}

/**
 * The predicate of a small clause ("cars banned", "income tax cut", "him gone"): after a cue, a
 * verb without "to" is a participle, whatever its form.
 */
function participleOrAdjective(ctx: ReaderContext, k: number): boolean {
  return ['ADJ', 'VERB'].includes(tok(ctx, k).upos);
}
