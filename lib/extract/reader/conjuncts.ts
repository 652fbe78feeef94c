// The conjuncts of a demanded content: the tree's, and the lists it did not join.
import { baseDep, caseOf } from '../tree';
import { type ReaderContext, tok } from './context';
import { dependents, hasMark } from './grammar';
import { MAX_CONTENT } from './limits';
import { subjectToken } from './subjects';
import { SUBORDINATORS } from './word-classes';

/** Conjuncts of a content head that continue it (not new clauses with a subject of their own). */
export function conjuncts(ctx: ReaderContext, c: number, rel: string): number[] {
  const out: number[] = [];
  const stack = dependents(ctx, c, 'conj');
  while (stack.length) {
    const j = stack.shift() as number;
    const ownSubject = subjectToken(ctx, j) !== undefined;
    if (ownSubject && rel !== 'ccomp') continue;
    // "urged Iran to free A and asked Russia to …": a finite verb after an infinitive is a new clause
    const c0 = tok(ctx, c);
    const cj = tok(ctx, j);
    // (a verb with its own "to" is a bare infinitive whatever its lemma: "and to widen them")
    const bare = (v: number) => tok(ctx, v).text.toLowerCase() === tok(ctx, v).lemma || hasMark(ctx, v, 'to');
    if (c0.upos === 'VERB' && cj.upos === 'VERB' && bare(c) !== bare(j)) continue;
    if ((c0.upos === 'VERB') !== (cj.upos === 'VERB')) continue;
    // "urged it to cut the duty or lose routes": a verb after "or" is what follows if not
    if (
      cj.upos === 'VERB' &&
      ctx.tree.children[j].some((x) => tok(ctx, x).dep === 'cc' && /^or$/i.test(tok(ctx, x).text))
    )
      continue;
    if (sharedModifiers(ctx, c, j)) continue;
    out.push(j);
  }
  // "a pay rise of 12 per cent and safe staffing levels": the parser hangs the second thing on
  // the nearest noun; after a quantity ("of 12 per cent", "of £5") it is the content's conjunct
  for (const x of ctx.tree.children[c]) {
    if (tok(ctx, x).dep !== 'nmod' || !ctx.tree.children[x].some((y) => tok(ctx, y).dep === 'nummod')) continue;
    for (const j of dependents(ctx, x, 'conj'))
      if (!ctx.tree.children[j].some((y) => tok(ctx, y).dep === 'nummod') && subjectToken(ctx, j) === undefined)
        stack.push(j);
  }
  while (stack.length) {
    const j = stack.shift() as number;
    if (!out.includes(j)) out.push(j);
  }
  // "need A now and B": the parser often hangs a second object on the verb, or on an adverb
  // after the object, as its conjunct; a noun conjunct there, with no subject of its own, is one more
  const c0 = tok(ctx, c);
  const verb = c0.head;
  const hangers =
    verb >= 0 && tok(ctx, verb).upos === 'VERB'
      ? [verb, ...ctx.tree.children[verb].filter((x) => x > c && tok(ctx, x).dep === 'advmod')]
      : [];
  if (['NOUN', 'PROPN'].includes(c0.upos))
    for (const j of hangers.flatMap((x) => dependents(ctx, x, 'conj')))
      if (
        j > c &&
        ['NOUN', 'PROPN'].includes(tok(ctx, j).upos) &&
        subjectToken(ctx, j) === undefined &&
        !out.includes(j)
      )
        out.push(j);
  // a list of verb phrases the tree did not join: "recognise A, withdraw B and pledge C",
  // "to remove A and to refrain from B"; and of three or more nouns: "caps on A, B and C"
  const head = tok(ctx, c);
  const end = Math.min(ctx.doc.sentences[head.sent].end, c + MAX_CONTENT);
  const verbal = head.upos === 'VERB' && head.text === head.lemma;
  let commas = 0;
  for (let j = c + 2; j < end; j++) {
    const t = tok(ctx, j);
    let p = j - 1;
    if (verbal && tok(ctx, p).text === 'to') p--;
    const prev = tok(ctx, p).text.toLowerCase();
    if (t.text === ';' || t.text === '”' || SUBORDINATORS.has(t.text.toLowerCase())) break;
    if (prev === ',') commas++;
    const joined = prev === ',' || prev === 'and' || (prev === 'or' && !verbal);
    // "plans to sort out A, grow B and rebuild C": a list inside a nested infinitive is not ours
    if (verbal && !joined && t.upos === 'VERB' && tok(ctx, j - 1).text === 'to') break;
    if (!joined || out.includes(j)) continue;
    // a verb the tagger took for a noun ("and pledge to stay neutral") still ends a verb list
    const nounVerb = t.upos === 'NOUN' && prev === 'and' && out.length > 0 && ctx.doc.tokens[j + 1]?.text === 'to';
    if (verbal && ((t.upos === 'VERB' && t.text === t.lemma) || nounVerb)) out.push(j);
    else if (head.upos === 'NOUN' && rel !== 'ccomp' && commas === 0 && prev === 'and' && /^(?:a|an)$/i.test(t.text)) {
      // "a guarantee of A and a pay rise that …": two things demanded
      out.push(j);
      break;
    } else if (
      head.upos === 'NOUN' &&
      rel !== 'ccomp' &&
      commas === 0 &&
      prev === 'and' &&
      /^the$/i.test(t.text) &&
      hasOf(ctx, c) &&
      t.head > j &&
      hasOf(ctx, t.head)
    ) {
      // "the release of A and the withdrawal of B": the same shape twice is two things (not
      // "the release of the prisoners and the hostages", one release)
      out.push(j);
      break;
    } else if (head.upos === 'NOUN' && rel !== 'ccomp' && commas >= 1 && prev === 'and' && nounPhraseAt(ctx, j)) {
      // the list is A, B and C: B started after a comma, C after "and"
      for (let x = c + 1; x < p; x++)
        if (tok(ctx, x).text === ',' && nounPhraseAt(ctx, x + 1) && !out.includes(x + 1)) out.push(x + 1);
      out.push(j);
      break;
    }
  }
  return out;
}

/**
 * "a free and fair election", "a swift and fair investigation": a bare word after an article,
 * joined to a noun with a modifier and no article of its own, is a modifier the tagger took for
 * a noun; both describe one thing.
 */
export function sharedModifiers(ctx: ReaderContext, c: number, j: number): boolean {
  const deps = (k: number) => ctx.tree.children[k].map((x) => tok(ctx, x).dep);
  const own = ctx.tree.children[c].filter((x) => !['punct', 'conj', 'case'].includes(tok(ctx, x).dep));
  const article = own.length === 1 && tok(ctx, own[0]).dep === 'det' && /^(?:a|an)$/i.test(tok(ctx, own[0]).text);
  return article && tok(ctx, j).upos === 'NOUN' && deps(j).includes('amod') && !deps(j).includes('det') && j > c;
}

/** Whether noun k has an "of" phrase ("the release of prisoners"). */
function hasOf(ctx: ReaderContext, k: number): boolean {
  return ctx.tree.children[k].some((x) => baseDep(tok(ctx, x)) === 'nmod' && caseOf(ctx.tree, x) === 'of');
}

/** Whether a noun phrase starts at j (an article, adjective or noun, not a name or a verb). */
function nounPhraseAt(ctx: ReaderContext, j: number): boolean {
  const t = tok(ctx, j);
  return ['NOUN', 'ADJ', 'DET', 'NUM'].includes(t.upos) && !ctx.refs.named(j);
}
