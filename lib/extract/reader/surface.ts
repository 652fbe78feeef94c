// A cue's frame read off the words when the tree gives it no content.
import type { Referent } from '../referents';
import type { Actor } from '../types';
import { clip } from './clip';
import { type ReaderContext, tok } from './context';
import type { CueSpec } from './cues';
import { demanderOf, nounDemander } from './demanders';
import { particleAfter } from './grammar';
import { LOOK_AHEAD } from './limits';
import { push } from './push';
import { BOUNDARY, KEEP_AUX, QUOTE_MARKS } from './word-classes';

/**
 * The cue's frame read off the words when the tree gives it no content: "for" a thing,
 * "that" a clause, someone "to" do something, or the object itself, up to the clause's end.
 */
export function surfaceFrame(ctx: ReaderContext, k: number, spec: CueSpec): void {
  const demander = tok(ctx, k).upos === 'NOUN' ? nounDemander(ctx, k) : demanderOf(ctx, k);
  if (!demander) return;
  const end = ctx.doc.sentences[tok(ctx, k).sent].end;
  let lo = k + 1;
  // "Boeing was urged by the regulator to …": the passive subject is the one addressed
  const passive = ctx.tree.children[k].find((c) => tok(ctx, c).dep === 'nsubj:pass');
  let target: Referent | null = passive === undefined ? null : ctx.refs.resolve(passive, demander.actor);
  let addressed = false;
  const particle = particleAfter(ctx, k);
  if (particle) lo++;
  // someone named, then "to": the one who must act
  const limit = Math.min(end, lo + LOOK_AHEAD);
  // "demanded Ukraine pull its troops out": someone named, then what they must do
  const named = ctx.refs.named(lo);
  if (named && !particle) {
    let after = lo;
    while (after + 1 < limit && ctx.refs.named(after + 1)?.actor === named.actor) after++;
    const verb = ctx.doc.tokens[after + 1];
    if (verb && verb.upos === 'VERB' && verb.text === verb.lemma) {
      const hi = clip(ctx, after + 1, end - 1);
      if (hi > after) push(ctx, k, demander, named.actor, [after + 1, hi]);
      return;
    }
  }
  // "wanted \"to go back …\"": with no one addressed, an infinitive is the subject's own aim
  if (spec.ownAim) {
    let j = lo;
    while (j < limit && tok(ctx, j).upos === 'PUNCT') j++;
    if (tok(ctx, j)?.text.toLowerCase() === 'to') return;
  }
  for (let j = lo; j < limit; j++) {
    const t = tok(ctx, j);
    if (t.text.toLowerCase() === 'to' && j > lo) {
      // (the one named in commas before it: "called on the Transport Secretary, Tom Hardy, to …")
      let before = j - 1;
      while (before > lo && tok(ctx, before).upos === 'PUNCT') before--;
      const who = ctx.refs.resolve(before, demander.actor) ?? ctx.refs.named(lo);
      // "urged European leaders to conclude …": whoever is addressed, named or not
      const addresses = (spec.addressee ?? []).length > 0 || particle === 'on' || particle === 'upon';
      // (past an opening quote: "urged the union to “abandon their rush to strike”")
      let v = j + 1;
      while (v < limit && QUOTE_MARKS.has(tok(ctx, v).text)) v++;
      const seen = who !== null || particle === 'on' || particle === 'upon';
      if ((who || addresses) && (ctx.doc.tokens[v]?.upos === 'VERB' || (seen && verbAfterTo(ctx, v)))) {
        target = who ?? target;
        lo = v;
        addressed = true;
      }
      break;
    }
    if (BOUNDARY.has(t.text.toLowerCase()) || t.upos === 'VERB') break;
  }
  // "backed Smith": a name alone after the cue is whom it is about, not what is demanded
  if (!addressed && !particle && ctx.refs.named(lo)) return;
  if (particle === 'that' || (!addressed && particle !== 'for' && !spec.objectIsContent)) {
    if (particle !== 'that') return;
    // "demanded that Sweden extradite …": the clause's subject must act
    for (let j = lo; j < limit; j++) {
      const t = tok(ctx, j);
      if (t.upos === 'VERB' || t.upos === 'AUX') {
        target = nameIn(ctx, lo, j - 1, demander.actor);
        const pronoun = j === lo + 1 && tok(ctx, lo).upos === 'PRON';
        if (target || pronoun) lo = j;
        break;
      }
    }
    while (lo < end && tok(ctx, lo).upos === 'AUX' && !KEEP_AUX.has(tok(ctx, lo).lemma)) lo++;
  }
  const hi = clip(ctx, lo, end - 1);
  if (hi >= lo) push(ctx, k, demander, target?.actor ?? null, [lo, hi]);
}

/**
 * Whether the word after an addressee's "to", tagged as a noun or adjective, is still the verb
 * of what they must do: a lower-case word in its base form ("called on governments to triple
 * renewable capacity").
 */
function verbAfterTo(ctx: ReaderContext, j: number): boolean {
  const t = ctx.doc.tokens[j];
  return (
    t !== undefined &&
    (t.upos === 'ADJ' || t.upos === 'NOUN') &&
    /^\p{Ll}+$/u.test(t.text) &&
    t.text === t.lemma.toLowerCase()
  );
}

/** The first name among tokens lo..hi, not the demander. */
function nameIn(ctx: ReaderContext, lo: number, hi: number, demander: Actor): Referent | null {
  for (let j = lo; j <= hi; j++) {
    const r = ctx.refs.resolve(j, demander);
    if (r && r.actor !== demander) return r;
  }
  return null;
}
