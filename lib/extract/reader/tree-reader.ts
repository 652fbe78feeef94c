// Demands read from the dependency tree. A cue (data/demand-cues.json: a lemma, its part of
// speech, the dependents that carry the addressee and the content) opens a demand; its
// demander is the subject (through conjoined, controlled and relative clauses), the agent of a
// passive, or a noun's possessor; a modal clause is a demand of whoever is reported to say it.
// Coordinated contents split by the tree's conjuncts. Every step looks at one sentence's tree,
// so the whole reading is linear in the text.
// The reader owns one reading's state and walks the cue words; the steps are in this folder.
import type { Doc } from '../../nlp';
import { quotedTokens } from '../quotes';
import type { Referents } from '../referents';
import type { Tree } from '../tree';
import type { Demand } from '../types';
import { carryTargets } from './carried-targets';
import type { ReaderContext } from './context';
import {
  conditions,
  modalAux,
  modalVerbs,
  necessary,
  noChoice,
  nounCues,
  pastTenseCues,
  timeToAct,
  verbCues,
} from './cues';
import { dependents, hasMark } from './grammar';
import { modal, necessaryThat, onlyBefore, timeFor, toFollows } from './modals';
import { nounCue } from './noun-cues';
import { conditionalThreat, threat, withoutNoChoice } from './threats';
import { verbCue } from './verb-cues';

export class TreeReader implements ReaderContext {
  readonly demands: Demand[] = [];
  readonly seen = new Set<string>();
  readonly askedUnnamed = new Set<Demand>();
  readonly quoted: Uint8Array;
  /** Verbs whose subject is being resolved, so a loop through speakers ends. */
  readonly resolving = new Set<number>();
  constructor(
    readonly doc: Doc,
    readonly tree: Tree,
    readonly refs: Referents,
  ) {
    this.quoted = quotedTokens(doc);
  }

  read(): Demand[] {
    for (const s of this.doc.sentences) {
      if (!s.parsed) continue;
      for (let k = s.start; k < s.end; k++) {
        const t = this.doc.tokens[k];
        const verb =
          t.upos === 'VERB' ? verbCues.get(t.lemma.toLowerCase()) : verbCues.get(pastTenseCues.get(t.text) ?? '');
        if (verb) verbCue(this, k, verb);
        const noun = t.upos === 'NOUN' ? nounCues.get(t.lemma.toLowerCase()) : undefined;
        if (noun) nounCue(this, k, noun);
        if (conditions.has(t.lemma)) threat(this, k, conditions.get(t.lemma) ?? []);
        if (t.upos === 'VERB') conditionalThreat(this, k);
        if (t.upos === 'NOUN' && noChoice.has(t.lemma.toLowerCase())) withoutNoChoice(this, k);
        if (t.upos === 'NOUN' && timeToAct.has(t.lemma.toLowerCase())) timeFor(this, k);
        if (t.upos === 'ADJ' && necessary.has(t.lemma.toLowerCase())) necessaryThat(this, k);
        if (t.dep === 'aux' && modalAux.has(t.lemma.toLowerCase())) modal(this, k, t.head, t.head);
        // "have to", "need to" right after each other (an adverb between at most): "have a vital
        // role to play" is no obligation
        // ("will only have to pay 1%" says how little is asked, not what is)
        if (modalVerbs.has(t.lemma) && t.upos !== 'NOUN' && toFollows(this, k) && !onlyBefore(this, k)) {
          const to = dependents(this, k, 'xcomp').find((x) => hasMark(this, x, 'to'));
          if (to !== undefined) modal(this, k, k, to);
        }
      }
    }
    return carryTargets(this.demands, this.askedUnnamed);
  }
}
