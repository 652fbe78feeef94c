// What the tree says about a word: its dependents, its "to" marker, an infinitive under it, a
// negation, a particle right after it.
import { agentNouns } from '../lexicon';
import { baseDep, caseOf, dependentsBy } from '../tree';
import { type ReaderContext, tok } from './context';
import { negations } from './cues';
import { TIME_SPAN } from './word-classes';

export function dependents(ctx: ReaderContext, k: number, rel: string, objectAddressed = true): number[] {
  const found = dependentsBy(ctx.tree, k, rel).filter(
    (c) => !rel.endsWith(':for') || !TIME_SPAN.test(tok(ctx, c).text),
  );
  // an infinitive the tree hangs as an adverbial clause ("was urged … to fix"), with someone
  // addressed, is the same complement; after a cue whose object is the thing sought ("seek
  // remedies to prevent …") it is a purpose
  // (so is the "on" right after the cue in "called on the Environment Secretary, Aisha Khan, to …",
  // not the day of "On Monday, X will seek …")
  const addressed = () =>
    ctx.tree.children[k].some(
      (c) =>
        (['obj', 'iobj', 'nsubj:pass'].includes(tok(ctx, c).dep) && (objectAddressed || tok(ctx, c).dep !== 'obj')) ||
        (baseDep(tok(ctx, c)) === 'obl' && /^(?:on|upon)$/.test(caseOf(ctx.tree, c)) && tok(ctx, k + 1).head === c),
    );
  // (and so is one it calls a clausal complement: '"I told the clinic to call …," she said')
  if (rel === 'xcomp' && !found.length && addressed())
    return ctx.tree.children[k].filter((c) => ['advcl', 'ccomp'].includes(tok(ctx, c).dep) && hasMark(ctx, c, 'to'));
  // "asked Western allies for more air defence": the parser often hangs the preposition's
  // phrase on the one addressed rather than on the verb; it is still what is asked for
  if (rel.startsWith('obl:') && !found.length && objectAddressed)
    return dependentsBy(ctx.tree, k, 'obj').flatMap((o) => dependentsBy(ctx.tree, o, rel));
  return found;
}

export function hasMark(ctx: ReaderContext, k: number, word: string): boolean {
  // the parser sometimes calls an infinitive's "to" a case marker ("wants ministers to restore …")
  const verb = tok(ctx, k).upos === 'VERB';
  return ctx.tree.children[k].some(
    (c) =>
      (tok(ctx, c).dep === 'mark' || (verb && tok(ctx, c).dep === 'case' && c === k - 1)) &&
      tok(ctx, c).text.toLowerCase() === word,
  );
}

/** Whether a to-infinitive hangs under k, by any relation ("urged the union to …" under "union"). */
export function infinitiveUnder(ctx: ReaderContext, k: number): boolean {
  return ctx.tree.children[k].some((x) => hasMark(ctx, x, 'to'));
}

/** The to-infinitive clause under k ("for Russia to withdraw", "the union to call off …"). */
export function clausalInfinitive(ctx: ReaderContext, k: number): number | undefined {
  return ctx.tree.children[k].find((x) => ['acl', 'xcomp', 'ccomp'].includes(tok(ctx, x).dep) && hasMark(ctx, x, 'to'));
}

/** "does not want", "would never support": in the tree, or in the two words before the cue. */
export function negated(ctx: ReaderContext, k: number): boolean {
  const before = [k - 1, k - 2].filter((j) => j >= 0 && tok(ctx, j).sent === tok(ctx, k).sent);
  return (
    ctx.tree.children[k].some(
      (c) => ['advmod', 'part', 'det'].includes(tok(ctx, c).dep) && negations.has(tok(ctx, c).text.toLowerCase()),
    ) ||
    (tok(ctx, k).upos !== 'NOUN' && before.some((j) => negations.has(tok(ctx, j).text.toLowerCase())))
  );
}

/** "for", "on", "upon" or "that" right after the cue: its frame when the tree misses it. */
export function particleAfter(ctx: ReaderContext, k: number): string | null {
  const next = ctx.doc.tokens[k + 1];
  if (!next || next.sent !== tok(ctx, k).sent) return null;
  const w = next.text.toLowerCase();
  return ['for', 'on', 'upon', 'that'].includes(w) ? w : null;
}

/**
 * Whether the noun at k is a thing, not someone who can act, that names only qualify ("the Gaza
 * ceasefire", "the Rwanda flights"): what is demanded of it is demanded of no actor they name.
 */
export function namesOnlyQualify(ctx: ReaderContext, k: number): boolean {
  const t = tok(ctx, k);
  if (t.upos !== 'NOUN' || agentNouns.has(t.lemma.toLowerCase()) || ctx.refs.named(k)) return false;
  const named = ctx.tree.children[k].filter((c) => ctx.refs.named(c));
  return named.length > 0 && named.every((c) => tok(ctx, c).dep === 'compound');
}
