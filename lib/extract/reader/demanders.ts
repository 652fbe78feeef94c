// The demander of a cue when the tree gives it no subject: the names before it in its clause,
// past asides and appositions, and a noun cue's owner.
import { DASHES } from '../../nlp/sentences';
import type { Referent } from '../referents';
import { caseOf } from '../tree';
import type { Actor } from '../types';
import { type ReaderContext, tok } from './context';
import { rejections } from './cues';
import { CLIMB, LOOK_BACK } from './limits';
import { hasSubjectPath, subjectOf } from './subjects';
import { BOUNDARY, QUOTE_MARKS } from './word-classes';

/** How many words before an apposition may name the office's state or body ("Ukraine's president"). */
const OFFICE_WORDS = 5;

/**
 * The demander of cue k: its subject in the tree; when the tree gives the cue no subject at all,
 * the nearest name (or pronoun) before it in the same clause, a bounded look-back.
 */
export function demanderOf(ctx: ReaderContext, k: number): Referent | null {
  // (in a passive the name before the apposition is the one asked: "Shell, which …, is being urged by")
  const passive = ctx.tree.children[k].some((c) => tok(ctx, c).dep === 'nsubj:pass');
  const apposed = passive ? null : beforeApposition(ctx, k);
  if (apposed) return apposed;
  if (tok(ctx, k).upos !== 'NOUN' && hasSubjectPath(ctx, k)) return subjectOf(ctx, k);
  return coordinatedSubject(ctx, k) ?? nameBefore(ctx, k);
}

/**
 * Whose call or demand a noun is: its possessor, or the subject of the verb it is the object of
 * ("Mr Blair repeated calls for …"); a bare "demand for cars" is no one's.
 */
export function nounDemander(ctx: ReaderContext, k: number): Referent | null {
  const owner = ctx.tree.children[k].find((c) => tok(ctx, c).dep === 'nmod:poss');
  if (owner !== undefined) return ctx.refs.resolve(owner);
  let j = k - 1;
  while (j >= 0 && (['DET', 'ADJ', 'NUM'].includes(tok(ctx, j).upos) || tok(ctx, j).dep === 'nmod:poss')) j--;
  if (j >= 0 && tok(ctx, j).text === "'s") return ctx.refs.resolve(j - 1);
  return j >= 0 && tok(ctx, j).upos === 'VERB' ? nameBefore(ctx, k) : null;
}

/**
 * "Age UK said the cuts had left … and called for …": a verb after "and" with no subject of
 * its own shares the sentence's subject, the name before the sentence's first verb.
 */
function coordinatedSubject(ctx: ReaderContext, k: number): Referent | null {
  let j = k - 1;
  while (j >= 0 && ['AUX', 'ADV'].includes(tok(ctx, j).upos)) j--;
  if (j < 0 || tok(ctx, j).text !== 'and' || tok(ctx, k).upos !== 'VERB') return null;
  const sentence = ctx.doc.sentences[tok(ctx, k).sent];
  for (let x = sentence.start; x < Math.min(j, sentence.start + LOOK_BACK); x++) {
    const t = tok(ctx, x);
    if (t.upos === 'VERB' || t.upos === 'AUX') return null;
    if (ctx.quoted[x]) continue;
    const r = ctx.refs.named(x) ?? (t.upos === 'PRON' && t.dep !== 'nmod:poss' ? ctx.refs.resolve(x) : null);
    if (r && ctx.doc.tokens[x - 1]?.upos !== 'ADP') return r;
  }
  return null;
}

/** The nearest name or pronoun before k in its clause, past quotations and place phrases. */
export function nameBefore(ctx: ReaderContext, k: number): Referent | null {
  const floor = Math.max(ctx.doc.sentences[tok(ctx, k).sent].start, k - LOOK_BACK);
  for (let j = k - 1; j >= floor; j--) {
    const t = tok(ctx, j);
    // a quotation between the speaker and the cue is passed over, not read for names
    if (ctx.quoted[j] !== ctx.quoted[k] || QUOTE_MARKS.has(t.text)) continue;
    // and so is an aside: "X - who chairs the committee that monitors Y - said", "X, who …, said"
    const opener = asideOpener(ctx, j, floor);
    if (opener >= 0) {
      j = opener;
      continue;
    }
    if (BOUNDARY.has(t.text.toLowerCase()) || rejections.has(t.lemma.toLowerCase())) return null;
    const r =
      t.upos === 'PRON' && t.dep !== 'nmod:poss' ? ctx.refs.resolve(j) : (ctx.refs.named(j) ?? ctx.refs.demonym(j));
    if (!r) continue;
    // a name after a preposition is where or whose, not who ("Republicans in the House")
    let first = j;
    while (first > floor && ctx.refs.named(first - 1)?.actor === r.actor) first--;
    const before = ctx.doc.tokens[first - 1];
    if (before && before.upos === 'ADP' && before.sent === t.sent) {
      j = first;
      continue;
    }
    return firstConjunct(ctx, first, floor) ?? r;
  }
  return null;
}

/**
 * The token opening the aside that token j closes: the dash before a closing dash, the "(" of a
 * ")", the comma before a relative clause ending in a comma; -1 when j closes none.
 */
function asideOpener(ctx: ReaderContext, j: number, floor: number): number {
  const w = tok(ctx, j).text;
  const opener = DASHES.has(w) || w === ',' ? w : w === ')' ? '(' : null;
  if (!opener) return -1;
  for (let o = j - 1; o > floor; o--) {
    if (tok(ctx, o).text !== opener) continue;
    return w !== ',' || /^(?:who|which|whose)$/i.test(tok(ctx, o + 1).text) ? o : -1;
  }
  return -1;
}

/** "The United States and the United Kingdom … urged": the first of names joined by "and". */
function firstConjunct(ctx: ReaderContext, first: number, floor: number): Referent | null {
  let found: Referent | null = null;
  let j = first - 1;
  for (let step = 0; step < 4 && j > floor; step++) {
    if (tok(ctx, j).lemma === 'the') j--;
    if (tok(ctx, j).text !== 'and' && tok(ctx, j).text !== ',') break;
    j--;
    if (tok(ctx, j).lemma === 'the') j--;
    const r = ctx.refs.named(j);
    if (!r) break;
    found = r;
    while (j > floor && ctx.refs.named(j - 1)?.actor === r.actor) j--;
    j--;
  }
  return found;
}

/**
 * "Peter Mandelson, former Labour minister, warned …": a cue right after a comma-closed
 * apposition belongs to the name before the apposition, not to a name inside it.
 */
export function beforeApposition(ctx: ReaderContext, k: number): Referent | null {
  let j = k - 1;
  while (j >= 0 && ['AUX', 'ADV'].includes(tok(ctx, j).upos)) j--;
  if (j < 0 || tok(ctx, j).text !== ',') return null;
  const floor = Math.max(ctx.doc.sentences[tok(ctx, k).sent].start, j - LOOK_BACK);
  for (let o = j - 1; o > floor; o--) {
    const w = tok(ctx, o).text;
    if (BOUNDARY.has(w.toLowerCase())) return null;
    if (w !== ',') continue;
    // (one written to, "wrote to the chief executive, Tom Hale, asking …", is no subject)
    if (objectPhrase(ctx, o - 1)) return null;
    // a relative clause in between ("Scholz, who attended the EU signing, urged") speaks for no one
    const relative = /^(?:who|which|that|whose)$/i.test(tok(ctx, o + 1).text);
    const inside = relative ? [] : namesBetween(ctx, o + 1, j - 1);
    const before = ctx.refs.named(o - 1);
    const person = inside.find((a) => a.kind === 'person');
    // "The mayor of Paris, Anne Hidalgo, wants": the name before is the office's place
    if (before && before.actor.kind !== 'person' && person && officeOf(ctx, o - 1))
      return { actor: person, onBehalfOf: before.actor };
    // "Mark Rutte, Nato's secretary general, said": Rutte, for Nato
    if (before)
      return {
        actor: before.actor,
        onBehalfOf: inside.find((a) => a !== before.actor && a.kind !== 'person') ?? null,
      };
    // "Ukraine's president, Volodymyr Zelensky, demanded": Zelensky, for Ukraine
    if (!person) return null;
    const office = namesBetween(ctx, Math.max(floor, o - OFFICE_WORDS), o - 1).find((a) => a.kind !== 'person');
    return { actor: person, onBehalfOf: office ?? null };
  }
  return null;
}

/** Whether the phrase ending at token k is its verb's object, or the one it goes "to" ("to the chief executive"). */
function objectPhrase(ctx: ReaderContext, k: number): boolean {
  let top = k;
  for (let step = 0; step < CLIMB; step++) {
    const head = tok(ctx, top).head;
    if (head < 0 || head > k || ctx.tree.lo[head] > top) break;
    if (!/^(?:nmod|compound|flat|amod|det|case)/.test(tok(ctx, top).dep)) break;
    top = head;
  }
  const dep = tok(ctx, top).dep;
  return /^(?:obj|iobj)$/.test(dep) || (/^obl/.test(dep) && caseOf(ctx.tree, top) === 'to');
}

/** Whether the name ending at token k is the "of" of an office ("the mayor of Paris"). */
function officeOf(ctx: ReaderContext, k: number): boolean {
  let head = k;
  for (let step = 0; step < CLIMB && ctx.refs.named(tok(ctx, head).head)?.actor === ctx.refs.named(k)?.actor; step++)
    head = tok(ctx, head).head;
  const office = tok(ctx, head).head;
  // (the office may be capitalised and tagged a proper noun: "the Mayor of London")
  const word =
    office >= 0 && (tok(ctx, office).upos === 'NOUN' || (tok(ctx, office).upos === 'PROPN' && !ctx.refs.named(office)));
  return caseOf(ctx.tree, head) === 'of' && word;
}

/** The actors named among tokens lo..hi, in order. */
function namesBetween(ctx: ReaderContext, lo: number, hi: number): Actor[] {
  const out: Actor[] = [];
  for (let x = lo; x <= hi; x++) {
    const a = ctx.refs.named(x)?.actor;
    if (a && !out.includes(a)) out.push(a);
  }
  return out;
}
