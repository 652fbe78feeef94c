// Verb cues ("urged X to …", "demanded that …"): the frame the tree gives them.
import { clients, descriptors } from '../lexicon';
import { baseDep, caseOf } from '../tree';
import { type ReaderContext, tok } from './context';
import {
  type CueSpec,
  forecastAux,
  modalAux,
  modalVerbs,
  notBacked,
  nounCues,
  rejections,
  verbCues,
  wantToSee,
} from './cues';
import { demanderOf } from './demanders';
import { emit, emitSeen } from './emit';
import { dependents, hasMark, infinitiveUnder, negated, particleAfter } from './grammar';
import { CLIMB } from './limits';
import { speakerOf } from './speakers';
import { agentOf, hasSubjectPath, letterTo, subjectToken, writtenTo } from './subjects';
import { surfaceFrame } from './surface';
import { deadline } from './threats';

export function verbCue(ctx: ReaderContext, k: number, spec: CueSpec): void {
  // "said demand for the iPhone remained strong": the market's noun, tagged a verb
  if (bareDemandFor(ctx, k)) return;
  // "need to", "have to": the modal reading, not an object
  if (modalVerbs.has(tok(ctx, k).lemma) && ctx.doc.tokens[k + 1]?.text === 'to') return;
  if (negated(ctx, k)) return;
  // "refused to back that change", "rejected calls to …": the cue is what the subject will not do
  const governor = tok(ctx, k).head >= 0 ? tok(ctx, tok(ctx, k).head) : null;
  if (governor && tok(ctx, k).dep === 'xcomp' && rejections.has(governor.lemma.toLowerCase())) return;
  // "urged Republicans to back the bill": a cue inside what another cue asks of someone is that
  // request, already read, not a demand of its own
  if (
    governor &&
    tok(ctx, k).dep === 'xcomp' &&
    verbCues.has(governor.lemma.toLowerCase()) &&
    ctx.tree.children[tok(ctx, k).head].some((c) => ['obj', 'iobj'].includes(tok(ctx, c).dep))
  )
    return;
  // "we are not going to suggest people support X": a cue inside a negated clause is not asked
  for (let v = k, step = 0; step < CLIMB && ['ccomp', 'xcomp', 'advcl'].includes(tok(ctx, v).dep); step++) {
    v = tok(ctx, v).head;
    if (negated(ctx, v)) return;
  }
  const objectAddressed = (spec.addressee ?? []).includes('obj');
  const rels = (list: string[] = []) => list.filter((r) => dependents(ctx, k, r, objectAddressed).length);
  // a particle right after the cue stands for the relation it opens ("called for", "warned that")
  const particleRel: Record<string, string> = { for: 'obl:for', on: 'obl:on', upon: 'obl:upon', that: 'ccomp' };
  const particle = particleAfter(ctx, k);
  const opens = particle !== null && (spec.needs ?? []).includes(particleRel[particle]);
  if (spec.deadline) {
    deadline(ctx, k, spec);
    return;
  }
  // "the SNP backed the Lib Dems' call for an inquiry", "… call was backed by the SNP": what is
  // backed is another's demand, read from its noun; a passive names no thing backed
  if (spec.backs) {
    const backed = [...dependents(ctx, k, 'obj'), ...dependents(ctx, k, 'nsubj:pass')];
    if (backed.some((c) => tok(ctx, c).dep === 'nsubj:pass' || nounCues.has(tok(ctx, c).lemma.toLowerCase()))) return;
    // backing a party, or what is no proposal ("supported the letter"), asks for nothing
    const party = (c: number) =>
      ctx.refs.named(c) || tok(ctx, c).upos === 'PRON' || descriptors.has(`the ${tok(ctx, c).lemma.toLowerCase()}`);
    if (backed.some((c) => notBacked.has(tok(ctx, c).lemma.toLowerCase()) || party(c))) return;
  }
  // "warned governments to rein in …", "appealed to both sides to protect …": with the
  // infinitive hung under the one addressed, the cue still has one
  const addressedInfinitive = (spec.addressee ?? []).find((r) =>
    dependents(ctx, k, r).some((c) => infinitiveUnder(ctx, c)),
  );
  const objectInfinitive = addressedInfinitive !== undefined && (spec.needs ?? []).includes('xcomp');
  if (spec.needs && !rels(spec.needs).length && !opens && !objectInfinitive) return;
  const toMarked = (c: number) => hasMark(ctx, c, 'to');
  let contentRel = rels(spec.content).find(
    (r) => (r !== 'obj' || spec.objectIsContent) && (!spec.toInfinitive || dependents(ctx, k, r).some(toMarked)),
  );
  if (contentRel === 'obj' && rels(['xcomp', 'ccomp']).length) contentRel = rels(['xcomp', 'ccomp'])[0];
  // "urged the union to call off …" with the infinitive hung under the object
  if (!contentRel && addressedInfinitive !== undefined) contentRel = addressedInfinitive;
  if (!contentRel) {
    // "the information you want is …": a relative clause's cue has its object in the noun it
    // describes, and the words after it are the main clause
    // (a name the parser hangs a relative clause on, "Amnesty International called on …", is
    // the subject misparsed)
    const gap = tok(ctx, k).dep === 'acl:relcl' && !ctx.refs.named(tok(ctx, k).head);
    if (!gap) surfaceFrame(ctx, k, spec);
    return;
  }
  // "seen her challenged to eat …": a participle with no subject and no agent is a passive that
  // names no one who demands
  if (reducedPassive(ctx, k) && !agentOf(ctx, k)) return;
  // "the union said doctors need a 29% rise": an unnamed subject in a reported clause speaks for
  // the speaker; a pronoun ("they want politicians to …") is someone else, found or not
  const subject = subjectToken(ctx, k);
  const pronoun =
    subject !== undefined && tok(ctx, subject).upos === 'PRON' && !/^(?:we|i)$/i.test(tok(ctx, subject).text);
  // (nor does the one it serves: "Tesco said shoppers wanted cheaper food")
  const served = subject !== undefined && clients.has(tok(ctx, subject).lemma.toLowerCase());
  const demander = demanderOf(ctx, k) ?? (hasSubjectPath(ctx, k) && !pronoun && !served ? speakerOf(ctx, k) : null);
  if (!demander) return;
  if (spec.reportedOnly && !ctx.quoted[k] && !speakerOf(ctx, k)) return;
  // two objects of one verb is a misparse: the first is the demanded thing
  const contents = dependents(ctx, k, contentRel).slice(0, contentRel === 'obj' ? 1 : undefined);
  let addressee: number | undefined;
  const passiveSubject = ctx.tree.children[k].find((c) => tok(ctx, c).dep === 'nsubj:pass');
  if (passiveSubject !== undefined) addressee = passiveSubject;
  for (const r of rels(spec.addressee)) {
    if (addressee !== undefined || r === contentRel) break;
    addressee = dependents(ctx, k, r)[0];
  }
  // "want to expand" is an aim; "want guaranteed minimum prices", an adjective read as a verb, is not
  if (spec.ownAim && contentRel === 'xcomp' && addressee === undefined && contents.some(toMarked)) {
    // but "wants to see the tax cut extended" asks for what it would see
    const seeing = contents.find((c) => toMarked(c) && wantToSee.has(tok(ctx, c).lemma.toLowerCase()));
    if (seeing !== undefined) emitSeen(ctx, k, demander, seeing);
    return;
  }
  // "has written to the minister demanding an apology": the one written to is asked
  addressee ??= writtenTo(ctx, k) ?? letterTo(ctx, k);
  if (spec.baseClause && contentRel === 'ccomp' && !contents.every((c) => bareOrModal(ctx, c))) return;
  // "urged European leaders to conclude …" parsed with the infinitive under the object
  const addressable = contentRel === addressedInfinitive || (contentRel === 'obj' && objectAddressed);
  // a named object is the one addressed, not the thing demanded ("wants BP to cut costs"); the
  // words after it say what, when the tree does not
  if (contentRel === 'obj' && contents.every((c) => ctx.refs.named(c) && !(addressable && infinitiveUnder(ctx, c)))) {
    surfaceFrame(ctx, k, spec);
    return;
  }
  for (const c of contents) emit(ctx, k, demander, addressee, c, addressable ? 'addressee' : contentRel);
}

/** "demand for" with no subject, auxiliary or marker of its own: the noun, whatever its tag. */
function bareDemandFor(ctx: ReaderContext, k: number): boolean {
  const t = tok(ctx, k);
  if (t.text.toLowerCase() !== 'demand' || ctx.doc.tokens[k + 1]?.text.toLowerCase() !== 'for') return false;
  if (subjectToken(ctx, k) !== undefined) return false;
  const before = ctx.doc.tokens[k - 1];
  if (before && (before.upos === 'AUX' || before.upos === 'PART' || before.upos === 'PRON')) return false;
  return !ctx.tree.children[k].some((c) => ['aux', 'mark', 'nsubj'].includes(baseDep(tok(ctx, c))));
}

/** "that China lift …", "that China should lift …": a clause that asks rather than tells. */
function bareOrModal(ctx: ReaderContext, c: number): boolean {
  const t = tok(ctx, c);
  const aux = ctx.tree.children[c].map((x) => tok(ctx, x)).filter((x) => baseDep(x) === 'aux' || x.dep === 'cop');
  if (aux.some((x) => modalAux.has(x.lemma.toLowerCase()))) return true;
  if (aux.some((x) => forecastAux.has(x.lemma.toLowerCase()))) return false;
  const finite = aux.find((x) => x.lemma !== 'to') ?? t;
  return finite.text.toLowerCase() === finite.lemma.toLowerCase();
}

/**
 * A cue in its past participle hung on a noun, a verb of seeing or a clause, with no subject
 * or auxiliary of its own ("seen her challenged to …", "urged by X, …"). One with an object or
 * a party after it ("leader X called on the government to …") is an active verb misparsed.
 */
function reducedPassive(ctx: ReaderContext, k: number): boolean {
  const t = tok(ctx, k);
  return (
    ['acl', 'xcomp', 'advcl'].includes(t.dep) &&
    /ed$/i.test(t.text) &&
    t.text !== t.lemma &&
    subjectToken(ctx, k) === undefined &&
    !ctx.tree.children[k].some((c) => ['aux', 'obj', 'iobj', 'ccomp'].includes(baseDep(tok(ctx, c)))) &&
    !ctx.tree.children[k].some((c) => baseDep(tok(ctx, c)) === 'obl' && caseOf(ctx.tree, c) !== 'by')
  );
}
