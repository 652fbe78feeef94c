// Demands read from the dependency tree. A cue (data/demand-cues.json: a lemma, its part of
// speech, the dependents that carry the addressee and the content) opens a demand; its
// demander is the subject (through conjoined, controlled and relative clauses), the agent of a
// passive, or a noun's possessor; a modal clause is a demand of whoever is reported to say it.
// Coordinated contents split by the tree's conjuncts. Every step looks at one sentence's tree,
// so the whole reading is linear in the text.
import type { Doc } from '../nlp';
import { DASHES } from '../nlp/sentences';
import cueData from './data/demand-cues.json';
import { agentNouns, governmentNouns, nonNameWords } from './lexicon';
import { quotedTokens, sameParagraph } from './quotes';
import type { Referent, Referents } from './referents';
import { baseDep, caseOf, dependentsBy, type Tree } from './tree';
import type { Actor, Demand } from './types';

interface CueSpec {
  /** A that-clause is demanded only with a bare or modal verb; with a tense it is a claim. */
  baseClause?: boolean;
  /** Only a demand when quoted or reported of a speaker ("we need …", "doctors need …", the union said). */
  reportedOnly?: boolean;
  /** With an infinitive and no one addressed, the subject's own aim, not a demand ("sought to expand"). */
  ownAim?: boolean;
  addressee?: string[];
  content: string[];
  objectIsContent?: boolean;
  needs?: string[];
  /** The content is an infinitive with "to" ("told them to leave"), never a clause ("told MPs: 'I know …'"). */
  toInfinitive?: boolean;
  /** Only with a time to act as the object ("gave the government two weeks to …"): an ultimatum. */
  deadline?: boolean;
  /** A "for" phrase says what it is for, not what is demanded ("conditions for ending the strike are …"). */
  purposeFor?: boolean;
}

const verbCues = new Map<string, CueSpec>(Object.entries(cueData.verbs));
const nounCues = new Map<string, CueSpec>(Object.entries(cueData.nouns));
const listVerbs = new Set(cueData.listVerbs);
const speechVerbs = new Set(cueData.speech);
const modalAux = new Set(cueData.modals.aux);
const modalVerbs = new Set(cueData.modals.verbs);
const forecastAux = new Set(cueData.modals.forecast);
const conditions = new Map<string, string[]>(Object.entries(cueData.conditions));
const negations = new Set(cueData.negations);
const rejections = new Set(cueData.rejections);
const marketWords = new Set(cueData.marketWords);
const urgency = new Set(cueData.urgency);
const durations = new Set(cueData.durations);
const noChoice = new Set(cueData.noChoice);
const documents = new Set(cueData.documents);
const writingVerbs = new Set(cueData.writing);
const timeSubjects = new Set(cueData.timeSubjects);
const threatConditions = new Map<string, string>(Object.entries(cueData.threatConditions));
const timeToAct = new Set(cueData.timeToAct);
const ownSides = new Set(cueData.ownSides);
/** Words that carry no demanded content on their own ("do", "so", "it"). */
const EMPTY = new Set(['do', 'so', 'it', 'this', 'that', 'to', 'be', 'happen', 'very', 'clearly']);
/** Words a demanded text does not start with: the clause's marker, case word or modal. */
const LEADING = new Set(['mark', 'case', 'punct', 'cc', 'aux']);
const KEEP_AUX = new Set(['be', 'not']);
const CLAUSE = new Set(['ccomp', 'xcomp', 'advcl', 'conj', 'parataxis']);
/** How far up the tree a subject is looked for (conjoined and controlled verbs). */
const CLIMB = 4;
/** How far after "if" a negation makes it a threat's condition ("if the company does not …"). */
const NEGATION_REACH = 8;
/** The auxiliaries that make a conditional act a threat ("will strike unless …"). */
const THREAT_AUX = new Set(['will', 'would']);

/** Case words of a place where a demanded thing happens, not of a party that must act. */
const PLACE_CASES = new Set(['in', 'at', 'across', 'throughout', 'around', 'near', 'inside', 'within']);
/** Bounded look-back for a demander and look-ahead for an addressee, in tokens. */
const LOOK_BACK = 20;
const LOOK_AHEAD = 8;
/** How many sentences back a quote-opening paragraph looks for its speaker. */
const PARAGRAPH_LOOK_BACK = 6;
/** How many words before an apposition may name the office's state or body ("Ukraine's president"). */
const OFFICE_WORDS = 5;
/** A demanded text ends within this many tokens. */
const MAX_CONTENT = 40;
/** How far a colon may stand after a noun cue, and its list's first noun after the colon. */
const COLON_REACH = 5;
/** The most tokens a reporting tail (", state media reported.") takes after its comma. */
const REPORTING_TAIL = 7;
/** Words a demander is not looked for across. */
const BOUNDARY = new Set([';', 'while', 'but', 'whereas', 'although', 'though']);
const QUOTE_MARKS = new Set(['“', '”', '"']);
/** These open a new clause wherever they stand, which ends the demanded text. */
const SUBORDINATORS = new Set(['because', 'while', 'but', 'although', 'though', 'whereas', 'unless', 'if', 'when']);
/** After a comma these open a new clause, which ends the demanded text. */
const CLAUSE_OPENERS = new Set([
  'while',
  'but',
  'whereas',
  'although',
  'though',
  'saying',
  'adding',
  'said',
  'says',
  'as',
  'after',
  'because',
  'which',
  'who',
  'and',
  'according',
  'warning',
  'arguing',
  'claiming',
  'insisting',
]);

/**
 * Regular past forms of the verb cues ("urged", "demanded"): the tagger sometimes reads one as an
 * adjective ("urged young people to …"), and it is still the cue.
 */
const pastTenseCues = new Map<string, string>();
for (const lemma of verbCues.keys()) pastTenseCues.set(lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`, lemma);

/** Dependents that make a verb act on something: its subject is an agent, not the demanded thing. */
const OBJECTS = new Set(['obj', 'xcomp', 'ccomp', 'iobj']);

/** Lemmas the parser must see a tree for: every cue word. */
const cueLemmas = new Set<string>([
  ...verbCues.keys(),
  ...nounCues.keys(),
  ...modalAux,
  ...modalVerbs,
  ...conditions.keys(),
  ...pastTenseCues.keys(),
  ...noChoice,
  ...timeToAct,
]);

/**
 * Words one of which must follow a cue in its sentence for it to read anything, from what its
 * entry needs ("call" needs "for", "on" or "upon"; "tell" an infinitive's "to"); undefined when
 * no word tells (a clause, or no need at all).
 */
function wordsNeeded(spec: CueSpec | undefined): Set<string> | undefined {
  const needs = spec?.toInfinitive ? ['xcomp'] : spec?.needs;
  if (!needs || spec?.deadline) return undefined;
  const words = new Set<string>();
  for (const need of needs) {
    const [rel, word] = need.split(':');
    if (word) words.add(word);
    else if (rel === 'xcomp' || rel === 'acl') words.add('to');
    else return undefined;
  }
  return words;
}

/** For each cue lemma, the words one of which must follow it (see wordsNeeded); absent: none. */
const surfaceNeeds = new Map<string, Set<string>>();
for (const lemma of cueLemmas) {
  const verb = verbCues.get(lemma) ?? verbCues.get(pastTenseCues.get(lemma) ?? '');
  if (modalAux.has(lemma) || modalVerbs.has(lemma) || noChoice.has(lemma) || verb?.deadline) continue;
  const marks = conditions.get(lemma);
  const sets = [verb, nounCues.get(lemma)].filter((x) => x !== undefined).map(wordsNeeded);
  if (marks) sets.push(new Set(marks));
  // "it is time for X to …"
  if (timeToAct.has(lemma)) sets.push(new Set(['for']));
  if (!sets.length || sets.some((x) => x === undefined)) continue;
  surfaceNeeds.set(lemma, new Set(sets.flatMap((x) => [...(x ?? [])])));
}

/**
 * Whether a sentence (tagged, lemmatised) holds a cue, so the parser must see it. Parsing is most
 * of the reader's time: "have" is a cue only as "have to", not in every "has said", and a cue
 * whose entry needs a word after it ("called for", "told … to") only when one follows.
 */
export function needsTree(tokens: readonly { lemma: string; text: string }[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const lemma = tokens[i].lemma.toLowerCase();
    const condition = threatConditions.get(lemma);
    if (condition === 'any') return true;
    // "if … not" only: "if" alone is too common to parse every sentence that has it
    if (
      condition === 'negated' &&
      tokens.slice(i + 1, i + 1 + NEGATION_REACH).some((t) => negations.has(t.text.toLowerCase()))
    )
      return true;
    if (!cueLemmas.has(lemma)) continue;
    if (lemma === 'have' && tokens[i + 1]?.text.toLowerCase() !== 'to') continue;
    const words = surfaceNeeds.get(lemma) ?? surfaceNeeds.get(tokens[i].text.toLowerCase());
    if (!words) return true;
    for (let j = i + 1; j < tokens.length; j++) if (words.has(tokens[j].text.toLowerCase())) return true;
  }
  return false;
}

export class TreeReader {
  readonly demands: Demand[] = [];
  private readonly seen = new Set<string>();
  private readonly quoted: Uint8Array;
  constructor(
    private readonly doc: Doc,
    private readonly tree: Tree,
    private readonly refs: Referents,
  ) {
    this.quoted = quotedTokens(doc);
  }

  /**
   * Who speaks the quote holding token k: the subject of a speech verb outside the quotes in its
   * sentence, or in the sentences just after or before it in the same paragraph.
   */
  private quoteSpeaker(k: number): Referent | null {
    const s = this.tok(k).sent;
    // a quote that runs on into the next sentence is attributed there or before; one that ends
    // with its sentence most often continues the speaker before it, and the next sentence's
    // "X said …" is a new statement
    const next = this.doc.sentences[s + 1];
    const runsOn = next !== undefined && this.quoted[next.start] && !QUOTE_MARKS.has(this.tok(next.start).text);
    for (const d of runsOn ? [0, 1, -1, 2, -2] : [0, -1, -2, 1, 2]) {
      const sentence = this.doc.sentences[s + d];
      if (!sentence || (d !== 0 && !sameParagraph(this.doc, k, d > 0 ? sentence.start : sentence.end - 1))) continue;
      for (let j = sentence.start; j < sentence.end; j++) {
        const t = this.tok(j);
        if (this.quoted[j] || t.upos !== 'VERB' || !speechVerbs.has(t.lemma)) continue;
        const r = this.speechSubject(j);
        if (r) return r;
      }
    }
    return this.earlierParagraphSpeaker(k);
  }

  /**
   * A paragraph that opens with a quote and names no speaker goes on quoting the speaker of the
   * paragraph before (news style), looking back a bounded number of sentences.
   */
  private earlierParagraphSpeaker(k: number): Referent | null {
    const floor = this.doc.sentences[Math.max(0, this.tok(k).sent - PARAGRAPH_LOOK_BACK)].start;
    let p = k;
    while (p > floor && !this.paragraphStart(p)) p--;
    if (!this.paragraphStart(p) || !QUOTE_MARKS.has(this.tok(p).text)) return null;
    for (let j = p - 1; j >= floor; j--) {
      const t = this.tok(j);
      if (!this.quoted[j] && t.upos === 'VERB' && speechVerbs.has(t.lemma)) {
        const r = this.speechSubject(j);
        if (r) return r;
      }
      if (this.paragraphStart(j) && !QUOTE_MARKS.has(t.text)) return null;
    }
    return null;
  }

  /** Whether token j opens a paragraph (a line break before it). */
  private paragraphStart(j: number): boolean {
    return j === 0 || this.doc.text.slice(this.tok(j - 1).end, this.tok(j).start).includes('\n');
  }

  /** "X should …, the watchdog said": the speaker of a speech verb outside quotes in k's sentence. */
  private sentenceSpeaker(k: number): Referent | null {
    const sentence = this.doc.sentences[this.tok(k).sent];
    for (let j = sentence.start; j < sentence.end; j++) {
      const t = this.tok(j);
      if (j === k || this.quoted[j] || t.upos !== 'VERB' || !speechVerbs.has(t.lemma)) continue;
      const r = this.speechSubject(j);
      if (r) return r;
    }
    return null;
  }

  /**
   * "…, says the watchdog. And there should be …": a sentence that opens with "And" or "Also"
   * and names no speaker goes on with the one who spoke in the sentence before it, in its paragraph.
   */
  private continuedSpeaker(k: number): Referent | null {
    const sent = this.tok(k).sent;
    const first = this.doc.sentences[sent].start;
    if (sent === 0 || !/^(?:and|also)$/i.test(this.tok(first).text) || this.quoted[first]) return null;
    const before = this.doc.sentences[sent - 1];
    if (!sameParagraph(this.doc, before.end - 1, first)) return null;
    return this.sentenceSpeaker(before.start);
  }

  /** The one who says: the speech verb's subject in the tree, or the name beside it. */
  private speechSubject(j: number): Referent | null {
    const s = this.subjectToken(j);
    if (s !== undefined) return this.refs.resolve(s);
    // "…, said Mr Blair": after a comma or a quote the verb comes before its speaker
    const prev = this.doc.tokens[j - 1];
    const inverted = prev !== undefined && (prev.text === ',' || QUOTE_MARKS.has(prev.text));
    for (let x = j + 1; inverted && x <= j + 3 && /^\p{Lu}/u.test(this.doc.tokens[x]?.text ?? ''); x++) {
      const after = this.refs.named(x);
      if (after) return after;
    }
    const before = this.beforeApposition(j) ?? this.nameBefore(j);
    if (before) return before;
    // "said Melissa Ryan", "said the union's chair, Ann Smith", "says the watchdog"
    let description: Referent | null = null;
    for (let x = j + 1; x < Math.min(this.doc.sentences[this.tok(j).sent].end, j + 6); x++) {
      const r = this.refs.named(x);
      if (r) return r;
      if (!description && this.tok(x).upos === 'NOUN') description = this.refs.resolve(x);
    }
    return description;
  }

  read(): Demand[] {
    for (const s of this.doc.sentences) {
      if (!s.parsed) continue;
      for (let k = s.start; k < s.end; k++) {
        const t = this.doc.tokens[k];
        const verb =
          t.upos === 'VERB' ? verbCues.get(t.lemma.toLowerCase()) : verbCues.get(pastTenseCues.get(t.text) ?? '');
        if (verb) this.verbCue(k, verb);
        const noun = t.upos === 'NOUN' ? nounCues.get(t.lemma.toLowerCase()) : undefined;
        if (noun) this.nounCue(k, noun);
        if (conditions.has(t.lemma)) this.threat(k, conditions.get(t.lemma) ?? []);
        if (t.upos === 'VERB') this.conditionalThreat(k);
        if (t.upos === 'NOUN' && noChoice.has(t.lemma.toLowerCase())) this.withoutNoChoice(k);
        if (t.upos === 'NOUN' && timeToAct.has(t.lemma.toLowerCase())) this.timeFor(k);
        if (t.dep === 'aux' && modalAux.has(t.lemma.toLowerCase())) this.modal(k, t.head, t.head);
        // "have to", "need to" right after each other (an adverb between at most): "have a vital
        // role to play" is no obligation
        // ("will only have to pay 1%" says how little is asked, not what is)
        if (modalVerbs.has(t.lemma) && t.upos !== 'NOUN' && this.toFollows(k) && !this.onlyBefore(k)) {
          const to = this.dependents(k, 'xcomp').find((x) => this.hasMark(x, 'to'));
          if (to !== undefined) this.modal(k, k, to);
        }
      }
    }
    return this.demands;
  }

  /** "demand for" with no subject, auxiliary or marker of its own: the noun, whatever its tag. */
  private bareDemandFor(k: number): boolean {
    const t = this.tok(k);
    if (t.text.toLowerCase() !== 'demand' || this.doc.tokens[k + 1]?.text.toLowerCase() !== 'for') return false;
    if (this.subjectToken(k) !== undefined) return false;
    const before = this.doc.tokens[k - 1];
    if (before && (before.upos === 'AUX' || before.upos === 'PART' || before.upos === 'PRON')) return false;
    return !this.tree.children[k].some((c) => ['aux', 'mark', 'nsubj'].includes(baseDep(this.tok(c))));
  }

  /** Whether the phrase at k is the speaker's own side: "his side", "our players". */
  private ownSide(k: number, speaker: Referent): boolean {
    if (!ownSides.has(this.tok(k).text.toLowerCase())) return false;
    const owner = this.tree.children[k].find(
      (c) => this.tok(c).dep === 'nmod:poss' && /^(?:his|her|its|our|my)$/i.test(this.tok(c).text),
    );
    if (owner === undefined) return false;
    if (/^(?:our|my)$/i.test(this.tok(owner).text)) return true;
    const a = this.refs.resolve(owner)?.actor;
    return a !== undefined && (a === speaker.actor || a === speaker.onBehalfOf);
  }

  /** Whether "only" comes right before token k ("will only have to"). */
  private onlyBefore(k: number): boolean {
    const before = this.doc.tokens[k - 1];
    return before !== undefined && before.sent === this.tok(k).sent && /^only$/i.test(before.text);
  }

  /** Whether "to" comes right after token k, or after one adverb ("need urgently to"). */
  private toFollows(k: number): boolean {
    const next = this.doc.tokens[k + 1];
    if (next?.text.toLowerCase() === 'to') return true;
    return next?.upos === 'ADV' && this.doc.tokens[k + 2]?.text.toLowerCase() === 'to';
  }

  private tok(k: number) {
    return this.doc.tokens[k];
  }
  private dependents(k: number, rel: string, objectAddressed = true): number[] {
    const found = dependentsBy(this.tree, k, rel);
    // an infinitive the tree hangs as an adverbial clause ("was urged … to fix"), with someone
    // addressed, is the same complement; after a cue whose object is the thing sought ("seek
    // remedies to prevent …") it is a purpose
    const addressed = () =>
      this.tree.children[k].some(
        (c) =>
          ['obj', 'iobj', 'nsubj:pass'].includes(this.tok(c).dep) && (objectAddressed || this.tok(c).dep !== 'obj'),
      );
    if (rel === 'xcomp' && !found.length && addressed())
      return this.tree.children[k].filter((c) => this.tok(c).dep === 'advcl' && this.hasMark(c, 'to'));
    // "asked Western allies for more air defence": the parser often hangs the preposition's
    // phrase on the one addressed rather than on the verb; it is still what is asked for
    if (rel.startsWith('obl:') && !found.length && objectAddressed)
      return dependentsBy(this.tree, k, 'obj').flatMap((o) => dependentsBy(this.tree, o, rel));
    return found;
  }
  private hasMark(k: number, word: string): boolean {
    // the parser sometimes calls an infinitive's "to" a case marker ("wants ministers to restore …")
    const verb = this.tok(k).upos === 'VERB';
    return this.tree.children[k].some(
      (c) =>
        (this.tok(c).dep === 'mark' || (verb && this.tok(c).dep === 'case' && c === k - 1)) &&
        this.tok(c).text.toLowerCase() === word,
    );
  }

  /** Whether a to-infinitive hangs under k, by any relation ("urged the union to …" under "union"). */
  private infinitiveUnder(k: number): boolean {
    return this.tree.children[k].some((x) => this.hasMark(x, 'to'));
  }

  /** The to-infinitive clause under k ("for Russia to withdraw", "the union to call off …"). */
  private clausalInfinitive(k: number): number | undefined {
    return this.tree.children[k].find(
      (x) => ['acl', 'xcomp', 'ccomp'].includes(this.tok(x).dep) && this.hasMark(x, 'to'),
    );
  }
  /** "does not want", "would never support": in the tree, or in the two words before the cue. */
  private negated(k: number): boolean {
    const before = [k - 1, k - 2].filter((j) => j >= 0 && this.tok(j).sent === this.tok(k).sent);
    return (
      this.tree.children[k].some(
        (c) => ['advmod', 'part', 'det'].includes(this.tok(c).dep) && negations.has(this.tok(c).text.toLowerCase()),
      ) ||
      (this.tok(k).upos !== 'NOUN' && before.some((j) => negations.has(this.tok(j).text.toLowerCase())))
    );
  }

  /**
   * A cue in its past participle hung on a noun, a verb of seeing or a clause, with no subject
   * or auxiliary of its own ("seen her challenged to …", "urged by X, …"). One with an object or
   * a party after it ("leader X called on the government to …") is an active verb misparsed.
   */
  private reducedPassive(k: number): boolean {
    const t = this.tok(k);
    return (
      ['acl', 'xcomp', 'advcl'].includes(t.dep) &&
      /ed$/i.test(t.text) &&
      t.text !== t.lemma &&
      this.subjectToken(k) === undefined &&
      !this.tree.children[k].some((c) => ['aux', 'obj', 'iobj', 'ccomp'].includes(baseDep(this.tok(c)))) &&
      !this.tree.children[k].some((c) => baseDep(this.tok(c)) === 'obl' && caseOf(this.tree, c) !== 'by')
    );
  }

  /** The one a participle's letter went to: "wrote to X demanding", "sent X a letter urging". */
  private writtenTo(k: number): number | undefined {
    const t = this.tok(k);
    if (t.head < 0 || !/ing$/i.test(t.text)) return undefined;
    // "wrote to X, demanding …" with the participle on the verb
    if (t.dep === 'advcl' && writingVerbs.has(this.tok(t.head).lemma))
      return this.tree.children[t.head].find((c) => this.toOblique(c));
    const noun = this.onWritten(k);
    if (noun === undefined) return undefined;
    if (this.toOblique(noun)) return noun;
    return this.tree.children[this.tok(noun).head].find((c) => this.toOblique(c) || this.tok(c).dep === 'iobj');
  }

  /**
   * The noun a participle at k hangs on when that noun is what its verb wrote or sent ("a
   * letter urging"), or the one it went to ("to the minister asking"); undefined otherwise.
   */
  private onWritten(k: number): number | undefined {
    const t = this.tok(k);
    if (t.dep !== 'acl' || !/ing$/i.test(t.text) || t.head < 0 || this.tok(t.head).head < 0) return undefined;
    const noun = this.tok(t.head);
    return documents.has(noun.lemma.toLowerCase()) || this.toOblique(t.head) ? t.head : undefined;
  }

  /** Whether k is an oblique with "to" ("to the minister"). */
  private toOblique(k: number): boolean {
    return baseDep(this.tok(k)) === 'obl' && caseOf(this.tree, k) === 'to';
  }

  /** The "by X" of a passive verb. */
  private agentOf(k: number): number | undefined {
    const isAgent = (c: number) =>
      this.tok(c).dep === 'obl:agent' || (baseDep(this.tok(c)) === 'obl' && caseOf(this.tree, c) === 'by');
    const own = this.tree.children[k].find(isAgent);
    if (own !== undefined) return own;
    // "was handed to the officers by the Federation": the parser hangs the agent on the oblique before it
    for (const c of this.tree.children[k]) {
      if (baseDep(this.tok(c)) !== 'obl') continue;
      const hung = this.tree.children[c].find((x) => baseDep(this.tok(x)) === 'nmod' && caseOf(this.tree, x) === 'by');
      if (hung !== undefined) return hung;
    }
    return undefined;
  }

  private subjectToken(k: number): number | undefined {
    // "on Monday asking him to …": a day or month the tree calls a subject is not one (but the
    // first or last word of a longer name is: "the Department of Health does not …", "the
    // Tenants Union issued …"; a lone "Labour" in "Labour Secretary Steven MacKinnon" is a
    // title's word)
    const inLongerName = (c: number) => {
      const own = this.refs.named(c)?.actor;
      return own !== undefined && (this.refs.named(c + 1)?.actor === own || this.refs.named(c - 1)?.actor === own);
    };
    const subjects = this.tree.children[k].filter(
      (c) =>
        (baseDep(this.tok(c)) === 'nsubj' || this.tok(c).dep === 'expl') &&
        !(this.tok(c).upos === 'PROPN' && nonNameWords.has(this.tok(c).text) && !inLongerName(c)),
    );
    // a parser that gives a verb two subjects ("Russian President Vladimir Putin" read as
    // "Russian" + "Putin", "coach Tom Ellery" as "coach" + "Tom") has the named one right (the
    // person of "US President Donald Trump"), else the nominal one more often than the adjective
    if (subjects.length < 2) return subjects[0];
    return (
      subjects.find((c) => this.refs.named(c)?.actor.kind === 'person') ??
      subjects.find((c) => this.refs.named(c)) ??
      subjects.find((c) => /^(?:PROPN|NOUN|PRON)$/.test(this.tok(c).upos)) ??
      subjects[0]
    );
  }

  /** Who does what verb k says: its subject, or the subject it shares with the verb it hangs on. */
  private subjectOf(k: number): Referent | null {
    // "I" or "we" is the speaker of the clause, found through the speech verb, whose own subject
    // may again be "I": a verb already being resolved names no one
    if (this.resolving.has(k)) return null;
    this.resolving.add(k);
    try {
      return this.subjectThrough(k);
    } finally {
      this.resolving.delete(k);
    }
  }

  /** Verbs whose subject is being resolved, so a loop through speakers ends. */
  private readonly resolving = new Set<number>();

  private subjectThrough(k: number): Referent | null {
    let v = k;
    for (let step = 0; step < CLIMB && v >= 0; step++) {
      const t = this.tok(v);
      const agent = this.agentOf(v);
      const passive = this.tree.children[v].some((c) => this.tok(c).dep === 'nsubj:pass');
      if (passive) return agent === undefined ? null : this.refs.resolve(agent);
      const s = this.subjectToken(v);
      if (s !== undefined) {
        const st = this.tok(s);
        // "the union, which wants …": the relative pronoun stands for the noun the clause hangs on
        if (t.dep === 'acl:relcl' && st.upos === 'PRON' && /^(?:who|which|that)$/i.test(st.text))
          return this.refs.resolve(t.head);
        // (", which wants …" hung on a verb by the parser stands for the name before the comma)
        if (/^(?:who|which)$/i.test(st.text) && this.doc.tokens[s - 1]?.text === ',' && this.refs.named(s - 2))
          return this.refs.named(s - 2);
        // (the pronoun, not "US")
        if (st.upos === 'PRON' && /^(?:we|i|us|our)$/i.test(st.text)) return this.speakerOf(v) ?? this.quoteSpeaker(v);
        const reporter = this.reporterOf(v, s);
        if (reporter !== undefined) return reporter;
        return this.refs.resolve(s);
      }
      // "returned to a US court to seek …": a purpose clause is its verb's, not the noun's
      if (t.dep === 'acl' && this.hasMark(v, 'to') && t.head >= 0 && this.tok(t.head).head >= 0) {
        v = this.tok(t.head).head;
        continue;
      }
      // "wrote to the minister asking him to …", "issued a statement urging …": a participle on
      // the one written to, or on what was written, is the writer's
      const letter = this.onWritten(v);
      if (letter !== undefined) {
        v = this.tok(letter).head;
        continue;
      }
      if (t.dep === 'acl' || t.dep === 'acl:relcl') return t.head >= 0 ? this.refs.resolve(t.head) : null;
      if (!['conj', 'xcomp', 'advcl', 'ccomp'].includes(t.dep) || t.dep === 'ccomp') return null;
      v = t.head;
    }
    return null;
  }

  /**
   * "X said it wants …": a third-person pronoun subject of a reported clause is the reporter when
   * the reporter fits it ("Russia said it …"); when the reporter is unnamed ("the administration
   * said it …") it is no one named. Undefined when the clause is not reported this way.
   */
  private reporterOf(v: number, pronoun: number): Referent | null | undefined {
    const p = this.tok(pronoun);
    const t = this.tok(v);
    if (p.upos !== 'PRON' || !/^(?:it|he|she|they)$/i.test(p.text)) return undefined;
    if (t.dep !== 'ccomp' || t.head < 0 || !speechVerbs.has(this.tok(t.head).lemma)) return undefined;
    let said = t.head;
    for (let step = 0; step < CLIMB && this.subjectToken(said) === undefined && this.tok(said).dep === 'conj'; step++)
      said = this.tok(said).head;
    const subject = this.subjectToken(said);
    if (subject === undefined) return undefined;
    const reporter = this.refs.resolve(subject);
    const person = /^(?:he|she)$/i.test(p.text);
    if (reporter && (reporter.actor.kind === 'person') === person) return reporter;
    // "the Trump administration said it …": the person acting through their government
    const government = governmentNouns.has(this.tok(subject).lemma.toLowerCase());
    if (reporter && government && !person) return reporter;
    // an unnamed body or people reporting ("the administration said it …")
    return this.tok(subject).upos === 'NOUN' && !person ? null : undefined;
  }

  /** Who is reported to say the clause at k: the subject of the speech verb it is the complement of. */
  private speakerOf(k: number): Referent | null {
    const said = this.reportingVerb(k);
    return said === undefined ? null : this.subjectOf(said);
  }

  /** The speech verb whose complement (or parenthetical "…, X said") the clause at k is. */
  private reportingVerb(k: number): number | undefined {
    let v = k;
    for (let step = 0; step < CLIMB && v >= 0; step++) {
      const t = this.tok(v);
      const said = this.tree.children[v].find(
        (c) => this.tok(c).dep === 'parataxis' && speechVerbs.has(this.tok(c).lemma),
      );
      if (said !== undefined) return said;
      if ((t.dep === 'ccomp' || t.dep === 'parataxis') && t.head >= 0 && speechVerbs.has(this.tok(t.head).lemma))
        return t.head;
      if (!['conj', 'ccomp', 'xcomp', 'advcl', 'parataxis'].includes(t.dep)) return undefined;
      v = t.head;
    }
    return undefined;
  }

  /**
   * The demander of cue k: its subject in the tree; when the tree gives the cue no subject at all,
   * the nearest name (or pronoun) before it in the same clause, a bounded look-back.
   */
  private demanderOf(k: number): Referent | null {
    // (in a passive the name before the apposition is the one asked: "Shell, which …, is being urged by")
    const passive = this.tree.children[k].some((c) => this.tok(c).dep === 'nsubj:pass');
    const apposed = passive ? null : this.beforeApposition(k);
    if (apposed) return apposed;
    if (this.tok(k).upos !== 'NOUN' && this.hasSubjectPath(k)) return this.subjectOf(k);
    return this.coordinatedSubject(k) ?? this.nameBefore(k);
  }

  /**
   * Whose call or demand a noun is: its possessor, or the subject of the verb it is the object of
   * ("Mr Blair repeated calls for …"); a bare "demand for cars" is no one's.
   */
  private nounDemander(k: number): Referent | null {
    const owner = this.tree.children[k].find((c) => this.tok(c).dep === 'nmod:poss');
    if (owner !== undefined) return this.refs.resolve(owner);
    let j = k - 1;
    while (j >= 0 && (['DET', 'ADJ', 'NUM'].includes(this.tok(j).upos) || this.tok(j).dep === 'nmod:poss')) j--;
    if (j >= 0 && this.tok(j).text === "'s") return this.refs.resolve(j - 1);
    return j >= 0 && this.tok(j).upos === 'VERB' ? this.nameBefore(k) : null;
  }

  /**
   * "Age UK said the cuts had left … and called for …": a verb after "and" with no subject of
   * its own shares the sentence's subject, the name before the sentence's first verb.
   */
  private coordinatedSubject(k: number): Referent | null {
    let j = k - 1;
    while (j >= 0 && ['AUX', 'ADV'].includes(this.tok(j).upos)) j--;
    if (j < 0 || this.tok(j).text !== 'and' || this.tok(k).upos !== 'VERB') return null;
    const sentence = this.doc.sentences[this.tok(k).sent];
    for (let x = sentence.start; x < Math.min(j, sentence.start + LOOK_BACK); x++) {
      const t = this.tok(x);
      if (t.upos === 'VERB' || t.upos === 'AUX') return null;
      if (this.quoted[x]) continue;
      const r = this.refs.named(x) ?? (t.upos === 'PRON' && t.dep !== 'nmod:poss' ? this.refs.resolve(x) : null);
      if (r && this.doc.tokens[x - 1]?.upos !== 'ADP') return r;
    }
    return null;
  }

  /** The nearest name or pronoun before k in its clause, past quotations and place phrases. */
  private nameBefore(k: number): Referent | null {
    const floor = Math.max(this.doc.sentences[this.tok(k).sent].start, k - LOOK_BACK);
    for (let j = k - 1; j >= floor; j--) {
      const t = this.tok(j);
      // a quotation between the speaker and the cue is passed over, not read for names
      if (this.quoted[j] !== this.quoted[k] || QUOTE_MARKS.has(t.text)) continue;
      // and so is an aside: "X - who chairs the committee that monitors Y - said", "X, who …, said"
      const opener = this.asideOpener(j, floor);
      if (opener >= 0) {
        j = opener;
        continue;
      }
      if (BOUNDARY.has(t.text.toLowerCase()) || rejections.has(t.lemma.toLowerCase())) return null;
      const r =
        t.upos === 'PRON' && t.dep !== 'nmod:poss'
          ? this.refs.resolve(j)
          : (this.refs.named(j) ?? this.refs.demonym(j));
      if (!r) continue;
      // a name after a preposition is where or whose, not who ("Republicans in the House")
      let first = j;
      while (first > floor && this.refs.named(first - 1)?.actor === r.actor) first--;
      const before = this.doc.tokens[first - 1];
      if (before && before.upos === 'ADP' && before.sent === t.sent) {
        j = first;
        continue;
      }
      return this.firstConjunct(first, floor) ?? r;
    }
    return null;
  }

  /**
   * The token opening the aside that token j closes: the dash before a closing dash, the "(" of a
   * ")", the comma before a relative clause ending in a comma; -1 when j closes none.
   */
  private asideOpener(j: number, floor: number): number {
    const w = this.tok(j).text;
    const opener = DASHES.has(w) || w === ',' ? w : w === ')' ? '(' : null;
    if (!opener) return -1;
    for (let o = j - 1; o > floor; o--) {
      if (this.tok(o).text !== opener) continue;
      return w !== ',' || /^(?:who|which|whose)$/i.test(this.tok(o + 1).text) ? o : -1;
    }
    return -1;
  }

  /** "The United States and the United Kingdom … urged": the first of names joined by "and". */
  private firstConjunct(first: number, floor: number): Referent | null {
    let found: Referent | null = null;
    let j = first - 1;
    for (let step = 0; step < 4 && j > floor; step++) {
      if (this.tok(j).lemma === 'the') j--;
      if (this.tok(j).text !== 'and' && this.tok(j).text !== ',') break;
      j--;
      if (this.tok(j).lemma === 'the') j--;
      const r = this.refs.named(j);
      if (!r) break;
      found = r;
      while (j > floor && this.refs.named(j - 1)?.actor === r.actor) j--;
      j--;
    }
    return found;
  }

  /**
   * "Peter Mandelson, former Labour minister, warned …": a cue right after a comma-closed
   * apposition belongs to the name before the apposition, not to a name inside it.
   */
  private beforeApposition(k: number): Referent | null {
    let j = k - 1;
    while (j >= 0 && ['AUX', 'ADV'].includes(this.tok(j).upos)) j--;
    if (j < 0 || this.tok(j).text !== ',') return null;
    const floor = Math.max(this.doc.sentences[this.tok(k).sent].start, j - LOOK_BACK);
    for (let o = j - 1; o > floor; o--) {
      const w = this.tok(o).text;
      if (BOUNDARY.has(w.toLowerCase())) return null;
      if (w !== ',') continue;
      // a relative clause in between ("Scholz, who attended the EU signing, urged") speaks for no one
      const relative = /^(?:who|which|that|whose)$/i.test(this.tok(o + 1).text);
      const inside = relative ? [] : this.namesBetween(o + 1, j - 1);
      const before = this.refs.named(o - 1);
      const person = inside.find((a) => a.kind === 'person');
      // "The mayor of Paris, Anne Hidalgo, wants": the name before is the office's place
      if (before && before.actor.kind !== 'person' && person && this.officeOf(o - 1))
        return { actor: person, onBehalfOf: before.actor };
      // "Mark Rutte, Nato's secretary general, said": Rutte, for Nato
      if (before)
        return {
          actor: before.actor,
          onBehalfOf: inside.find((a) => a !== before.actor && a.kind !== 'person') ?? null,
        };
      // "Ukraine's president, Volodymyr Zelensky, demanded": Zelensky, for Ukraine
      if (!person) return null;
      const office = this.namesBetween(Math.max(floor, o - OFFICE_WORDS), o - 1).find((a) => a.kind !== 'person');
      return { actor: person, onBehalfOf: office ?? null };
    }
    return null;
  }

  /** Whether the name ending at token k is the "of" of an office ("the mayor of Paris"). */
  private officeOf(k: number): boolean {
    let head = k;
    for (
      let step = 0;
      step < CLIMB && this.refs.named(this.tok(head).head)?.actor === this.refs.named(k)?.actor;
      step++
    )
      head = this.tok(head).head;
    const office = this.tok(head).head;
    // (the office may be capitalised and tagged a proper noun: "the Mayor of London")
    const word =
      office >= 0 &&
      (this.tok(office).upos === 'NOUN' || (this.tok(office).upos === 'PROPN' && !this.refs.named(office)));
    return caseOf(this.tree, head) === 'of' && word;
  }

  /** The actors named among tokens lo..hi, in order. */
  private namesBetween(lo: number, hi: number): Actor[] {
    const out: Actor[] = [];
    for (let x = lo; x <= hi; x++) {
      const a = this.refs.named(x)?.actor;
      if (a && !out.includes(a)) out.push(a);
    }
    return out;
  }

  /** Whether the tree gives verb k a subject, its own or one it shares up a bounded climb. */
  private hasSubjectPath(k: number): boolean {
    if (this.tree.children[k].some((c) => this.tok(c).dep === 'aux:pass' || this.tok(c).dep === 'nsubj:pass'))
      return true;
    let v = k;
    for (let step = 0; step < CLIMB && v >= 0; step++) {
      const s = this.subjectToken(v);
      if (s !== undefined && baseDep(this.tok(s)) === 'nsubj') return true;
      const t = this.tok(v);
      if (t.dep === 'acl' || t.dep === 'acl:relcl') return true;
      if (!['conj', 'xcomp', 'advcl'].includes(t.dep)) return false;
      v = t.head;
    }
    return false;
  }

  /** "for", "on", "upon" or "that" right after the cue: its frame when the tree misses it. */
  private particleAfter(k: number): string | null {
    const next = this.doc.tokens[k + 1];
    if (!next || next.sent !== this.tok(k).sent) return null;
    const w = next.text.toLowerCase();
    return ['for', 'on', 'upon', 'that'].includes(w) ? w : null;
  }

  /**
   * The cue's frame read off the words when the tree gives it no content: "for" a thing,
   * "that" a clause, someone "to" do something, or the object itself, up to the clause's end.
   */
  private surfaceFrame(k: number, spec: CueSpec): void {
    const demander = this.tok(k).upos === 'NOUN' ? this.nounDemander(k) : this.demanderOf(k);
    if (!demander) return;
    const end = this.doc.sentences[this.tok(k).sent].end;
    let lo = k + 1;
    // "Boeing was urged by the regulator to …": the passive subject is the one addressed
    const passive = this.tree.children[k].find((c) => this.tok(c).dep === 'nsubj:pass');
    let target: Referent | null = passive === undefined ? null : this.refs.resolve(passive, demander.actor);
    let addressed = false;
    const particle = this.particleAfter(k);
    if (particle) lo++;
    // someone named, then "to": the one who must act
    const limit = Math.min(end, lo + LOOK_AHEAD);
    // "demanded Ukraine pull its troops out": someone named, then what they must do
    const named = this.refs.named(lo);
    if (named && !particle) {
      let after = lo;
      while (after + 1 < limit && this.refs.named(after + 1)?.actor === named.actor) after++;
      const verb = this.doc.tokens[after + 1];
      if (verb && verb.upos === 'VERB' && verb.text === verb.lemma) {
        const hi = this.clip(after + 1, end - 1);
        if (hi > after) this.push(k, demander, named.actor, [after + 1, hi]);
        return;
      }
    }
    // "wanted \"to go back …\"": with no one addressed, an infinitive is the subject's own aim
    if (spec.ownAim) {
      let j = lo;
      while (j < limit && this.tok(j).upos === 'PUNCT') j++;
      if (this.tok(j)?.text.toLowerCase() === 'to') return;
    }
    for (let j = lo; j < limit; j++) {
      const t = this.tok(j);
      if (t.text.toLowerCase() === 'to' && j > lo) {
        const who = this.refs.resolve(j - 1, demander.actor) ?? this.refs.named(lo);
        // "urged European leaders to conclude …": whoever is addressed, named or not
        const addresses = (spec.addressee ?? []).length > 0 || particle === 'on' || particle === 'upon';
        // (past an opening quote: "urged the union to “abandon their rush to strike”")
        let v = j + 1;
        while (v < limit && QUOTE_MARKS.has(this.tok(v).text)) v++;
        const seen = who !== null || particle === 'on' || particle === 'upon';
        if ((who || addresses) && (this.doc.tokens[v]?.upos === 'VERB' || (seen && this.verbAfterTo(v)))) {
          target = who ?? target;
          lo = v;
          addressed = true;
        }
        break;
      }
      if (BOUNDARY.has(t.text.toLowerCase()) || t.upos === 'VERB') break;
    }
    // "backed Smith": a name alone after the cue is whom it is about, not what is demanded
    if (!addressed && !particle && this.refs.named(lo)) return;
    if (particle === 'that' || (!addressed && particle !== 'for' && !spec.objectIsContent)) {
      if (particle !== 'that') return;
      // "demanded that Sweden extradite …": the clause's subject must act
      for (let j = lo; j < limit; j++) {
        const t = this.tok(j);
        if (t.upos === 'VERB' || t.upos === 'AUX') {
          target = this.nameIn(lo, j - 1, demander.actor);
          const pronoun = j === lo + 1 && this.tok(lo).upos === 'PRON';
          if (target || pronoun) lo = j;
          break;
        }
      }
      while (lo < end && this.tok(lo).upos === 'AUX' && !KEEP_AUX.has(this.tok(lo).lemma)) lo++;
    }
    const hi = this.clip(lo, end - 1);
    if (hi >= lo) this.push(k, demander, target?.actor ?? null, [lo, hi]);
  }

  /**
   * Whether the word after an addressee's "to", tagged as a noun or adjective, is still the verb
   * of what they must do: a lower-case word in its base form ("called on governments to triple
   * renewable capacity").
   */
  private verbAfterTo(j: number): boolean {
    const t = this.doc.tokens[j];
    return (
      t !== undefined &&
      (t.upos === 'ADJ' || t.upos === 'NOUN') &&
      /^\p{Ll}+$/u.test(t.text) &&
      t.text === t.lemma.toLowerCase()
    );
  }

  /** The first name among tokens lo..hi, not the demander. */
  private nameIn(lo: number, hi: number, demander: Actor): Referent | null {
    for (let j = lo; j <= hi; j++) {
      const r = this.refs.resolve(j, demander);
      if (r && r.actor !== demander) return r;
    }
    return null;
  }

  /** The last token of a content that starts at lo: before the clause's end or a new clause. */
  private clip(lo: number, hi: number): number {
    // (what ends it is never part of it, nor punctuation before that: "return to the table,”";
    // a closing quote whose opening one is inside stays: a “swift and fair investigation”)
    let end = this.clipEnd(lo, hi);
    const opens = (x: number) => ['“', '"'].includes(this.tok(x).text) && x < end;
    while (end > lo && this.tok(end).upos === 'PUNCT') {
      if (['”', '"'].includes(this.tok(end).text) && this.tokensBetween(lo, end).some(opens)) break;
      end--;
    }
    return end;
  }

  private tokensBetween(lo: number, hi: number): number[] {
    return Array.from({ length: hi - lo }, (_, i) => lo + i);
  }

  private clipEnd(lo: number, hi: number): number {
    const last = Math.min(hi, lo + MAX_CONTENT);
    for (let j = lo + 1; j <= last; j++) {
      const t = this.tok(j);
      const w = t.text.toLowerCase();
      const next = this.doc.tokens[j + 1]?.text.toLowerCase() ?? '';
      // a closing quote ends the text; words quoted inside it ("urged X to “abandon …”") do not
      const closing = w === '”' || (w === '"' && this.quoted[j - 1] === 1);
      if (w === ';' || w === ':' || closing || SUBORDINATORS.has(w)) return j - 1;
      // "sanctions relief as talks resume": a clause of time or reason after it is not demanded
      if ((w === 'after' || w === 'before' || w === 'as') && this.verbSoonAfter(j)) return j - 1;
      // "… more state funding and candidates should be able to …": "and" opening a clause of its own
      if (
        t.dep === 'cc' &&
        t.head > j &&
        this.subjectToken(t.head) !== undefined &&
        (this.subjectToken(t.head) as number) > j
      )
        return j - 1;
      if (w === ',' && (CLAUSE_OPENERS.has(next) || this.refs.named(j + 1) || this.finiteAfter(j))) return j - 1;
      // "…, state media reported.": the reporting tail at the sentence's end is not demanded
      if (w === ',' && this.reportingTail(j)) return j - 1;
      // "…, a demand that officials call impossible": an apposition after a comma describes
      if (w === ',' && this.appositionAt(j + 1)) return j - 1;
      const spaced = t.start > this.tok(j - 1).end;
      if ((w === '-' && spaced) || w === '–' || w === '—') return j - 1;
    }
    return last;
  }

  /** Whether the words after the comma at j are only "<who> said/reported", to the sentence's end. */
  private reportingTail(j: number): boolean {
    const end = this.doc.sentences[this.tok(j).sent].end;
    if (end - j > REPORTING_TAIL) return false;
    for (let x = j + 1; x < end; x++) {
      const t = this.tok(x);
      if (t.upos !== 'VERB' || !(speechVerbs.has(t.lemma) || t.lemma === 'report')) continue;
      for (let y = x + 1; y < end; y++) if (this.tok(y).upos !== 'PUNCT') return false;
      return true;
    }
    return false;
  }

  /** Whether a pronoun, or a finite verb (after an adverb or two), follows the comma at j: a new clause. */
  private finiteAfter(j: number): boolean {
    for (let x = j + 1; x <= j + 3 && x < this.doc.tokens.length; x++) {
      const t = this.tok(x);
      if (t.upos === 'PRON' && x === j + 1) return true;
      if ((t.upos === 'VERB' || t.upos === 'AUX') && t.text !== t.lemma && !/ing$/.test(t.text)) return true;
      if (t.upos !== 'ADV') return false;
    }
    return false;
  }

  /** "that China lift …", "that China should lift …": a clause that asks rather than tells. */
  private bareOrModal(c: number): boolean {
    const t = this.tok(c);
    const aux = this.tree.children[c].map((x) => this.tok(x)).filter((x) => baseDep(x) === 'aux' || x.dep === 'cop');
    if (aux.some((x) => modalAux.has(x.lemma.toLowerCase()))) return true;
    if (aux.some((x) => forecastAux.has(x.lemma.toLowerCase()))) return false;
    const finite = aux.find((x) => x.lemma !== 'to') ?? t;
    return finite.text.toLowerCase() === finite.lemma.toLowerCase();
  }

  /** Whether a verb follows within three tokens: "after a drone killed …" opens a clause. */
  /** Whether an apposition (a noun phrase the tree calls appos) starts at token j, or at its comma before. */
  private appositionAt(j: number): boolean {
    for (let x = j; x < Math.min(j + 4, this.doc.tokens.length); x++)
      if (this.tok(x).dep === 'appos' && (this.tree.lo[x] === j || this.tree.lo[x] === j - 1)) return true;
    return false;
  }

  private verbSoonAfter(j: number): boolean {
    for (let x = j + 1; x <= j + 4 && x < this.doc.tokens.length; x++) if (this.tok(x).upos === 'VERB') return true;
    return false;
  }

  private verbCue(k: number, spec: CueSpec): void {
    // "said demand for the iPhone remained strong": the market's noun, tagged a verb
    if (this.bareDemandFor(k)) return;
    // "need to", "have to": the modal reading, not an object
    if (modalVerbs.has(this.tok(k).lemma) && this.doc.tokens[k + 1]?.text === 'to') return;
    if (this.negated(k)) return;
    // "refused to back that change", "rejected calls to …": the cue is what the subject will not do
    const governor = this.tok(k).head >= 0 ? this.tok(this.tok(k).head) : null;
    if (governor && this.tok(k).dep === 'xcomp' && rejections.has(governor.lemma.toLowerCase())) return;
    // "we are not going to suggest people support X": a cue inside a negated clause is not asked
    for (let v = k, step = 0; step < CLIMB && ['ccomp', 'xcomp', 'advcl'].includes(this.tok(v).dep); step++) {
      v = this.tok(v).head;
      if (this.negated(v)) return;
    }
    const objectAddressed = (spec.addressee ?? []).includes('obj');
    const rels = (list: string[] = []) => list.filter((r) => this.dependents(k, r, objectAddressed).length);
    // a particle right after the cue stands for the relation it opens ("called for", "warned that")
    const particleRel: Record<string, string> = { for: 'obl:for', on: 'obl:on', upon: 'obl:upon', that: 'ccomp' };
    const particle = this.particleAfter(k);
    const opens = particle !== null && (spec.needs ?? []).includes(particleRel[particle]);
    if (spec.deadline) {
      this.deadline(k, spec);
      return;
    }
    // "warned governments to rein in …", "appealed to both sides to protect …": with the
    // infinitive hung under the one addressed, the cue still has one
    const addressedInfinitive = (spec.addressee ?? []).find((r) =>
      this.dependents(k, r).some((c) => this.infinitiveUnder(c)),
    );
    const objectInfinitive = addressedInfinitive !== undefined && (spec.needs ?? []).includes('xcomp');
    if (spec.needs && !rels(spec.needs).length && !opens && !objectInfinitive) return;
    const toMarked = (c: number) => this.hasMark(c, 'to');
    let contentRel = rels(spec.content).find(
      (r) => (r !== 'obj' || spec.objectIsContent) && (!spec.toInfinitive || this.dependents(k, r).some(toMarked)),
    );
    if (contentRel === 'obj' && rels(['xcomp', 'ccomp']).length) contentRel = rels(['xcomp', 'ccomp'])[0];
    // "urged the union to call off …" with the infinitive hung under the object
    if (!contentRel && addressedInfinitive !== undefined) contentRel = addressedInfinitive;
    if (!contentRel) {
      // "the information you want is …": a relative clause's cue has its object in the noun it
      // describes, and the words after it are the main clause
      // (a name the parser hangs a relative clause on, "Amnesty International called on …", is
      // the subject misparsed)
      const gap = this.tok(k).dep === 'acl:relcl' && !this.refs.named(this.tok(k).head);
      if (!gap) this.surfaceFrame(k, spec);
      return;
    }
    // "seen her challenged to eat …": a participle with no subject and no agent is a passive that
    // names no one who demands
    if (this.reducedPassive(k) && !this.agentOf(k)) return;
    // "the union said doctors need a 29% rise": an unnamed subject in a reported clause speaks for
    // the speaker; a pronoun ("they want politicians to …") is someone else, found or not
    const subject = this.subjectToken(k);
    const pronoun =
      subject !== undefined && this.tok(subject).upos === 'PRON' && !/^(?:we|i)$/i.test(this.tok(subject).text);
    const demander = this.demanderOf(k) ?? (this.hasSubjectPath(k) && !pronoun ? this.speakerOf(k) : null);
    if (!demander) return;
    if (spec.reportedOnly && !this.quoted[k] && !this.speakerOf(k)) return;
    // two objects of one verb is a misparse: the first is the demanded thing
    const contents = this.dependents(k, contentRel).slice(0, contentRel === 'obj' ? 1 : undefined);
    let addressee: number | undefined;
    const passiveSubject = this.tree.children[k].find((c) => this.tok(c).dep === 'nsubj:pass');
    if (passiveSubject !== undefined) addressee = passiveSubject;
    for (const r of rels(spec.addressee)) {
      if (addressee !== undefined || r === contentRel) break;
      addressee = this.dependents(k, r)[0];
    }
    // "want to expand" is an aim; "want guaranteed minimum prices", an adjective read as a verb, is not
    if (spec.ownAim && contentRel === 'xcomp' && addressee === undefined && contents.some(toMarked)) return;
    // "has written to the minister demanding an apology": the one written to is asked
    addressee ??= this.writtenTo(k);
    if (spec.baseClause && contentRel === 'ccomp' && !contents.every((c) => this.bareOrModal(c))) return;
    // "urged European leaders to conclude …" parsed with the infinitive under the object
    const addressable = contentRel === addressedInfinitive || (contentRel === 'obj' && objectAddressed);
    // a named object is the one addressed, not the thing demanded ("wants BP to cut costs"); the
    // words after it say what, when the tree does not
    if (
      contentRel === 'obj' &&
      contents.every((c) => this.refs.named(c) && !(addressable && this.infinitiveUnder(c)))
    ) {
      this.surfaceFrame(k, spec);
      return;
    }
    for (const c of contents) this.emit(k, demander, addressee, c, addressable ? 'addressee' : contentRel);
  }

  /**
   * "giving the government two weeks to come to the table": a time to act in, given to someone,
   * and what they must do in it (an infinitive on the verb or on the time).
   */
  private deadline(k: number, spec: CueSpec): void {
    // "gave X two weeks to …", or a date: "gave X until Friday to …", where X is the object
    const span = this.dependents(k, 'obj').find((c) => durations.has(this.tok(c).lemma.toLowerCase()));
    const until = span === undefined ? this.dependents(k, 'obl:until')[0] : undefined;
    const time = span ?? until;
    if (time === undefined) return;
    // the parser hangs the infinitive on the verb or on the time ("two weeks to …")
    const toDo = (h: number) =>
      spec.content.flatMap((r) => dependentsBy(this.tree, h, r)).find((c) => this.hasMark(c, 'to'));
    const content = toDo(k) ?? toDo(time);
    const demander = this.demanderOf(k);
    if (content === undefined || !demander) return;
    const addressee = [...(spec.addressee ?? []), ...(until === undefined ? [] : ['obj'])].flatMap((r) =>
      this.dependents(k, r),
    )[0];
    this.emit(k, demander, addressee, content, 'xcomp');
  }

  /**
   * "It is time for the BBC to change its leadership," X said: what the one named must do, a
   * demand of the speaker, like a modal.
   */
  private timeFor(k: number): void {
    const children = this.tree.children[k];
    if (this.negated(k) || !children.some((c) => baseDep(this.tok(c)) === 'cop')) return;
    if (!children.some((c) => /^it$/i.test(this.tok(c).text) && /^(?:nsubj|expl)/.test(this.tok(c).dep))) return;
    const act = children.find((c) => this.hasMark(c, 'to') && this.hasMark(c, 'for'));
    if (act === undefined) return;
    const said = this.reportingVerb(k);
    const speaker =
      said === undefined ? (this.quoted[k] ? this.quoteSpeaker(k) : this.sentenceSpeaker(k)) : this.subjectOf(said);
    if (!speaker) return;
    this.emit(k, speaker, this.subjectToken(act), act, 'ccomp');
  }

  /** "Without a credible offer, we have no choice but to strike": the offer is demanded. */
  private withoutNoChoice(k: number): void {
    const t = this.tok(k);
    if (!this.tree.children[k].some((c) => this.tok(c).lemma.toLowerCase() === 'no') || t.head < 0) return;
    const lacking = this.tree.children[t.head].find(
      (c) => baseDep(this.tok(c)) === 'obl' && caseOf(this.tree, c) === 'without',
    );
    if (lacking === undefined) return;
    const demander = this.subjectOf(t.head);
    const cue = this.tree.children[lacking].find((c) => this.tok(c).dep === 'case');
    if (demander && cue !== undefined) this.emit(cue, demander, undefined, lacking, 'obj');
  }

  private nounCue(k: number, spec: CueSpec): void {
    const t = this.tok(k);
    if (this.negated(k)) return;
    // "growing demand for cars": a market's, not anyone's
    const before = this.doc.tokens[k - 1];
    if (before && marketWords.has(before.text.toLowerCase())) return;
    if (this.tree.children[k].some((c) => marketWords.has(this.tok(c).text.toLowerCase()))) return;
    let contents: number[] = [];
    let rel = '';
    for (const r of spec.content) {
      contents = this.dependents(k, r)
        .concat(r.startsWith('nmod:') ? this.dependents(k, r.replace(/^nmod:/, 'obl:')) : [])
        .filter((c) => !spec.purposeFor || !this.hasMark(c, 'for'));
      if (contents.length) {
        rel = r;
        break;
      }
    }
    // "our demands are simple: a fair wage, safe staffing and respect": the list after the colon
    const listed = contents.length ? undefined : this.listAfterColon(k);
    if (listed !== undefined) {
      contents = [listed];
      rel = 'obj';
    }
    // "the union's demands include A, B and C", "its demand is a 5% rise"
    if (!contents.length && baseDep(t) === 'nsubj' && t.head >= 0) {
      const h = t.head;
      if (listVerbs.has(this.tok(h).lemma)) contents = this.dependents(h, 'obj');
      else if (this.tree.children[h].some((c) => this.tok(c).dep === 'cop')) contents = [h];
      rel = 'obj';
    }
    const particle = this.particleAfter(k);
    const reads = (rel: string) => spec.content.includes(rel);
    if (!contents.length && this.doc.tokens[k + 1]?.text.toLowerCase() === 'from') {
      this.callsFrom(k);
      return;
    }
    if (!contents.length && ((particle === 'for' && reads('nmod:for')) || (particle === 'that' && reads('ccomp')))) {
      this.surfaceFrame(k, spec);
      return;
    }
    if (!contents.length || (spec.needs && !rel)) return;
    const owner = this.tree.children[k].find(
      (c) =>
        this.tok(c).dep === 'nmod:poss' ||
        (baseDep(this.tok(c)) === 'nmod' && /^(?:from|by)$/.test(caseOf(this.tree, c))),
    );
    let demander = owner === undefined ? null : this.ownerOf(k, owner);
    if (
      !demander &&
      owner === undefined &&
      (t.dep === 'obj' || t.dep === 'nsubj:pass') &&
      t.head >= 0 &&
      !this.negated(t.head)
    )
      demander = t.dep === 'obj' ? this.subjectOf(t.head) : null;
    if (!demander) return;
    // "X is under pressure from Y to …": the one under it must act
    const from = owner !== undefined && this.tok(owner).dep !== 'nmod:poss';
    for (const c of contents) this.emit(k, demander, from ? this.underPressure(k) : undefined, c, rel);
  }

  /** Who owns noun cue k through its possessor or "from"/"by" phrase; "our demands" are the speaker's. */
  private ownerOf(k: number, owner: number): Referent | null {
    if (!/^(?:our|my)$/i.test(this.tok(owner).text)) return this.refs.resolve(owner);
    return this.quoted[k] ? this.quoteSpeaker(k) : this.sentenceSpeaker(k);
  }

  /**
   * Where what a noun cue asks for ends: before the verb the cue hangs on, and before the first
   * verb in a tense of its own after a nominal content ("calls for an inquiry grew louder"),
   * however the tree hangs that verb.
   */
  private nounEnd(cue: number, c: number, sentEnd: number): number {
    const end = this.endBefore(cue, c, sentEnd);
    // (only inside the cue's own phrase: "demands include A backdated to April" goes on)
    if (!['NOUN', 'PROPN'].includes(this.tok(c).upos) || this.tok(c).head !== cue) return end;
    for (let x = c + 1; x <= end; x++) if (this.finiteVerb(x)) return x - 1;
    return end;
  }

  /** A verb in a tense of its own, not an infinitive, a participle or a relative clause's. */
  private finiteVerb(x: number): boolean {
    const t = this.tok(x);
    const before = this.tok(x - 1).text.toLowerCase();
    return (
      t.upos === 'VERB' &&
      t.text !== t.lemma &&
      !/ing$/i.test(t.text) &&
      !['to', 'that', 'who', 'which', 'be', 'been', 'being'].includes(before)
    );
  }

  /** The first noun after a colon a few words past noun k ("demands are simple: a fair wage, …"). */
  private listAfterColon(k: number): number | undefined {
    const end = this.doc.sentences[this.tok(k).sent].end;
    for (let j = k + 1; j < Math.min(end, k + COLON_REACH); j++) {
      // only "demands:", "demands are simple:": a copula and its adjective between
      if (this.tok(j).text !== ':') {
        if (!['AUX', 'ADJ', 'ADV'].includes(this.tok(j).upos)) return undefined;
        continue;
      }
      for (let x = j + 1; x < Math.min(end, j + COLON_REACH); x++)
        if (['NOUN', 'PROPN'].includes(this.tok(x).upos)) return x;
      return undefined;
    }
    return undefined;
  }

  /** "calls from Labour for an inquiry", "calls from Republicans to withdraw …": the caller is named after the noun. */
  private callsFrom(k: number): void {
    const end = Math.min(this.doc.sentences[this.tok(k).sent].end, k + LOOK_AHEAD + 2);
    let caller: Referent | null = null;
    for (let j = k + 2; j < end; j++) {
      caller ??= this.refs.named(j);
      const w = this.tok(j).text.toLowerCase();
      if (!caller || (w !== 'for' && w !== 'to')) continue;
      const lo = j + 1;
      // up to the verb the noun is the subject of ("calls from Labour for an inquiry grew")
      const hi = this.clip(lo, this.nounEnd(k, lo, this.doc.sentences[this.tok(k).sent].end - 1));
      const under = this.underPressure(k);
      const target = under === undefined ? null : (this.refs.resolve(under, caller.actor)?.actor ?? null);
      if (hi >= lo) this.push(k, caller, target, [lo, hi]);
      return;
    }
  }

  /** Who is under the pressure or faces the calls at noun k: the subject of its clause. */
  private underPressure(k: number): number | undefined {
    const t = this.tok(k);
    const holder = t.dep === 'obj' || t.dep === 'obl' ? t.head : k;
    return holder >= 0 ? this.subjectToken(holder) : undefined;
  }

  /**
   * "The union will strike unless the company improves its offer", "… would strike if Network
   * Rail did not improve it": a named party's own act made conditional on another's is a demand
   * of that other. Only with "will"/"would" (a threat, not a habit) and an actor as subject.
   */
  private conditionalThreat(k: number): void {
    if (!this.tree.children[k].some((c) => baseDep(this.tok(c)) === 'aux' && THREAT_AUX.has(this.tok(c).lemma))) return;
    // the clause the condition word opens, however the tree hangs it: under the verb with the
    // word as its marker, or (tagged as an adjective: "unless") under the word itself
    const end = Math.min(this.doc.sentences[this.tok(k).sent].end, k + 2 * LOOK_AHEAD);
    for (let m = k + 1; m < end; m++) {
      const condition = threatConditions.get(this.tok(m).lemma.toLowerCase());
      if (!condition) continue;
      const head = this.tok(m).head;
      const clause =
        head !== k && head >= 0 && this.tok(head).upos === 'VERB' && this.tok(head).head === k
          ? head
          : this.tree.children[m].find((c) => this.tok(c).upos === 'VERB');
      if (clause === undefined || (condition === 'negated' && !this.negated(clause))) return;
      const demander = this.subjectToken(k) === undefined ? null : this.subjectOf(k);
      if (demander) this.emit(k, demander, undefined, clause, condition === 'negated' ? 'unlessNot' : 'ccomp');
      return;
    }
  }

  private threat(k: number, marks: string[]): void {
    const clauses = [k, ...this.dependents(k, 'xcomp')].flatMap((v) => this.dependents(v, 'advcl'));
    // "threatened strikes unless X …"; with "if", only a negated clause says what is demanded
    // ("… if Network Rail did not improve its offer")
    const negatedOnly = (m: string) => threatConditions.get(m) === 'negated';
    let condition: number | undefined;
    let mark = '';
    for (const c of clauses) {
      const m = marks.find((w) => this.hasMark(c, w) && (!negatedOnly(w) || this.negated(c)));
      if (m !== undefined) {
        condition = c;
        mark = m;
        break;
      }
    }
    if (condition === undefined) return;
    const demander = this.demanderOf(k);
    if (demander) this.emit(k, demander, undefined, condition, negatedOnly(mark) ? 'unlessNot' : 'ccomp');
  }

  /** "X said Y must …": a demand of the speaker on Y. */
  private modal(cue: number, subjectHolder: number, verb: number): void {
    if (verb < 0) return;
    // "our resources, which must serve the nation": a relative clause describes, it does not ask
    // (the parser sometimes hangs it as a clause of its own, with "which" its subject)
    if (this.tok(subjectHolder).dep === 'acl:relcl') return;
    const relative = this.subjectToken(subjectHolder);
    if (relative !== undefined && /^(?:which|who|that)$/i.test(this.tok(relative).text)) return;
    // "we do not think that the union should strike": what is doubted is not asked
    for (
      let v = verb, step = 0;
      step < CLIMB && ['ccomp', 'csubj', 'xcomp', 'advcl'].includes(this.tok(v).dep);
      step++
    ) {
      v = this.tok(v).head;
      if (this.negated(v)) return;
    }
    // "must have been" guesses at the past; "should have withdrawn" still says what was due
    const perfect = this.tree.children[verb].some((c) => this.tok(c).dep === 'aux' && this.tok(c).lemma === 'have');
    if (perfect && this.tok(cue).lemma === 'must') return;
    // "Should the offer be accepted, …": a modal before its subject asks or supposes
    const subjectFirst = this.subjectToken(subjectHolder);
    if (subjectFirst !== undefined && cue < subjectFirst) return;
    // "Government guidance said e-mails should …, Mr Thomas said": the clause's own reporter is
    // unnamed, so it is no one's demand, not the outer speaker's
    const said = this.reportingVerb(subjectHolder);
    const reporter = said === undefined ? null : this.subjectOf(said);
    if (!reporter && said !== undefined && this.subjectToken(said) !== undefined) return;
    const speaker =
      reporter ??
      (this.quoted[cue] ? this.quoteSpeaker(cue) : (this.sentenceSpeaker(cue) ?? this.continuedSpeaker(cue)));
    if (!speaker) return;
    const s = this.subjectToken(subjectHolder);
    if (s !== undefined && /^(?:i|we)$/i.test(this.tok(s).text)) return;
    if (s !== undefined && timeSubjects.has(this.tok(s).lemma.toLowerCase())) return;
    const target = s === undefined ? null : this.refs.resolve(s, speaker.actor);
    if (target && target.actor === speaker.actor) return;
    // "Arteta said his side must learn …": what the speaker's own side must do is a plan or a
    // condition on itself
    if (s !== undefined && this.ownSide(s, speaker)) return;
    // "there should be X": X is demanded, without the "there … be" around it
    const existential = s !== undefined && this.tok(s).dep === 'expl';
    const thing = existential
      ? (this.tree.children[verb].find((c) => c > verb && baseDep(this.tok(c)) === 'nsubj') ?? this.nounAfter(verb))
      : undefined;
    if (thing !== undefined) this.emit(cue, speaker, undefined, thing, 'obj');
    else {
      // an unnamed agent acting on something ("the ministry must publish the guidance"), or one
      // whose noun names someone who can act ("the prime minister should apologise"), is the one
      // who must act, left out like a named one; a subject that is the thing itself stays
      const agent =
        s !== undefined &&
        this.tok(s).dep === 'nsubj' &&
        (this.tree.children[verb].some((c) => OBJECTS.has(this.tok(c).dep)) ||
          agentNouns.has(this.tok(s).lemma.toLowerCase()));
      const addressee = existential ? undefined : s;
      this.emit(cue, speaker, addressee, verb, target || agent ? 'ccomp' : existential ? 'obj' : 'whole');
    }
  }

  /**
   * "there should be proper checks" with the parser's "be" a copula hung elsewhere: the head of
   * the noun phrase right after it.
   */
  private nounAfter(k: number): number | undefined {
    const t = this.tok(k);
    if (t.lemma !== 'be') return undefined;
    const end = this.doc.sentences[t.sent].end;
    let j = k + 1;
    while (j < end && ['ADJ', 'DET', 'NUM', 'ADV'].includes(this.tok(j).upos)) j++;
    return j < end && ['NOUN', 'PROPN'].includes(this.tok(j).upos) ? j : undefined;
  }

  /** One demand per conjunct of the content headed by c. */
  private emit(cue: number, demander: Referent, addressee: number | undefined, content: number, how: string): void {
    let c = content;
    let rel = how;
    // "urged the union to call off A and put B": the object is addressed, the infinitive and its
    // conjuncts are demanded
    const infinitive = this.clausalInfinitive(c);
    if (infinitive !== undefined && rel === 'addressee') {
      this.emit(cue, demander, c, infinitive, 'xcomp');
      return;
    }
    // "ordered all contracts to be examined": a passive infinitive's subject is no one who must
    // act but the thing to be done to, so it is part of what is demanded
    // (so is the object of a small clause: "wants cars banned from the centre", "wants him gone")
    const passive = this.tree.children[c].some((x) => this.tok(x).dep === 'aux:pass');
    // ("pushing the oil major to abandon …": a word of the addressee's name the tagger read as an
    // adjective, with the infinitive under it, is no small clause; the infinitive is demanded)
    const bareAdjective =
      rel === 'xcomp' &&
      this.tok(c).upos === 'ADJ' &&
      !this.hasMark(c, 'to') &&
      !this.tree.children[c].some((x) => baseDep(this.tok(x)) === 'cop');
    const misread = bareAdjective ? this.clausalInfinitive(c) : undefined;
    if (misread !== undefined && addressee !== undefined && addressee < c) {
      this.emit(cue, demander, addressee, misread, 'xcomp');
      return;
    }
    const small = rel === 'xcomp' && !this.hasMark(c, 'to') && this.participleOrAdjective(c);
    if (
      (small || passive) &&
      addressee !== undefined &&
      addressee < c &&
      (small || !this.refs.resolve(addressee, demander.actor))
    ) {
      const sentEnd = this.doc.sentences[this.tok(c).sent].end - 1;
      const span = this.span(c, rel, sentEnd);
      if (span) this.push(cue, demander, null, [this.tree.lo[addressee], span[1]]);
      return;
    }
    // each conjunct runs to where the next begins; the last to the end of the clause
    const sentEnd = this.doc.sentences[this.tok(c).sent].end - 1;
    const all = [c, ...this.conjuncts(c, rel)].sort((a, b) => a - b);
    const startOf = (h: number) => (h === c || this.tok(h).dep === 'conj' ? (this.span(h, rel, sentEnd)?.[0] ?? h) : h);
    // a conjunct starts after a comma or a conjunction; one the tree finds elsewhere ("a shorter
    // working week") is a misparse
    const listed = (h: number) => {
      const before = this.doc.tokens[startOf(h) - 1];
      return before !== undefined && (before.text === ',' || before.upos === 'CCONJ' || before.text === 'to');
    };
    const heads = all.filter((h, i) => i === 0 || (startOf(h) > startOf(all[i - 1]) && listed(h)));
    const starts = heads.map(startOf);
    let previous: Referent | null = null;
    heads.forEach((h, i) => {
      // a conjunct with no subject of its own is demanded of the same party ("that Ukraine recognise A, withdraw B")
      let target: Referent | null = i > 0 && this.subjectToken(h) === undefined ? previous : null;
      let head = h;
      let kind = rel;
      // "called for Russia to withdraw": the named one is addressed, the clause is demanded
      const ownSubject = this.subjectToken(h);
      if (addressee !== undefined) target = this.refs.resolve(addressee, demander.actor);
      const forTo = this.clausalInfinitive(h);
      if (forTo !== undefined && (kind === 'addressee' || this.refs.resolve(h))) {
        target = this.refs.resolve(h, demander.actor);
        head = forTo;
        kind = 'xcomp';
      } else if (ownSubject !== undefined && kind !== 'whole' && this.tok(ownSubject).dep !== 'expl') {
        // (the "there" of "there should be X" names no one who must act, here or as the addressee)
        const r = this.refs.resolve(ownSubject, demander.actor);
        if (r) target = r;
      }
      previous = target;
      const last = this.tok(cue).upos === 'NOUN' ? this.nounEnd(cue, c, sentEnd) : sentEnd;
      const span = this.span(head, kind, i + 1 < heads.length ? starts[i + 1] - 1 : last);
      const named = span ? this.push(cue, demander, target?.actor ?? null, span) : null;
      // "caps on Ukraine's military, protections for Russian speakers and …": a list of things
      // demanded is demanded of the one its first item names
      if (!target && named && this.tok(h).upos === 'NOUN') previous = { actor: named, onBehalfOf: null };
    });
  }

  /**
   * The predicate of a small clause ("cars banned", "income tax cut", "him gone"): after a cue, a
   * verb without "to" is a participle, whatever its form.
   */
  private participleOrAdjective(k: number): boolean {
    return ['ADJ', 'VERB'].includes(this.tok(k).upos);
  }

  /** The last token a content at c may reach: before the verb the cue itself hangs on ("… was rejected"). */
  private endBefore(cue: number, c: number, sentEnd: number): number {
    let end = sentEnd;
    for (let h = this.tok(cue).head, step = 0; h >= 0 && step < CLIMB; h = this.tok(h).head, step++)
      if (h > c && h <= end) {
        end = h - 1;
        for (const x of this.tree.children[h])
          if (x > c && x < h && baseDep(this.tok(x)) === 'aux') end = Math.min(end, x - 1);
      }
    return end;
  }

  /** Conjuncts of a content head that continue it (not new clauses with a subject of their own). */
  /**
   * "a free and fair election", "a swift and fair investigation": a bare word after an article,
   * joined to a noun with a modifier and no article of its own, is a modifier the tagger took for
   * a noun; both describe one thing.
   */
  private sharedModifiers(c: number, j: number): boolean {
    const deps = (k: number) => this.tree.children[k].map((x) => this.tok(x).dep);
    const own = this.tree.children[c].filter((x) => !['punct', 'conj', 'case'].includes(this.tok(x).dep));
    const article = own.length === 1 && this.tok(own[0]).dep === 'det' && /^(?:a|an)$/i.test(this.tok(own[0]).text);
    return article && this.tok(j).upos === 'NOUN' && deps(j).includes('amod') && !deps(j).includes('det') && j > c;
  }

  /** Whether noun k has an "of" phrase ("the release of prisoners"). */
  private hasOf(k: number): boolean {
    return this.tree.children[k].some((x) => baseDep(this.tok(x)) === 'nmod' && caseOf(this.tree, x) === 'of');
  }

  private conjuncts(c: number, rel: string): number[] {
    const out: number[] = [];
    const stack = this.dependents(c, 'conj');
    while (stack.length) {
      const j = stack.shift() as number;
      const ownSubject = this.subjectToken(j) !== undefined;
      if (ownSubject && rel !== 'ccomp') continue;
      // "urged Iran to free A and asked Russia to …": a finite verb after an infinitive is a new clause
      const c0 = this.tok(c);
      const cj = this.tok(j);
      if (c0.upos === 'VERB' && cj.upos === 'VERB' && (c0.text === c0.lemma) !== (cj.text === cj.lemma)) continue;
      if ((c0.upos === 'VERB') !== (cj.upos === 'VERB')) continue;
      if (this.sharedModifiers(c, j)) continue;
      out.push(j);
    }
    // "a pay rise of 12 per cent and safe staffing levels": the parser hangs the second thing on
    // the nearest noun; after a quantity ("of 12 per cent", "of £5") it is the content's conjunct
    for (const x of this.tree.children[c]) {
      if (this.tok(x).dep !== 'nmod' || !this.tree.children[x].some((y) => this.tok(y).dep === 'nummod')) continue;
      for (const j of this.dependents(x, 'conj'))
        if (!this.tree.children[j].some((y) => this.tok(y).dep === 'nummod') && this.subjectToken(j) === undefined)
          stack.push(j);
    }
    while (stack.length) {
      const j = stack.shift() as number;
      if (!out.includes(j)) out.push(j);
    }
    // "need A now and B": the parser often hangs a second object on the verb, or on an adverb
    // after the object, as its conjunct; a noun conjunct there, with no subject of its own, is one more
    const c0 = this.tok(c);
    const verb = c0.head;
    const hangers =
      verb >= 0 && this.tok(verb).upos === 'VERB'
        ? [verb, ...this.tree.children[verb].filter((x) => x > c && this.tok(x).dep === 'advmod')]
        : [];
    if (['NOUN', 'PROPN'].includes(c0.upos))
      for (const j of hangers.flatMap((x) => this.dependents(x, 'conj')))
        if (
          j > c &&
          ['NOUN', 'PROPN'].includes(this.tok(j).upos) &&
          this.subjectToken(j) === undefined &&
          !out.includes(j)
        )
          out.push(j);
    // a list of verb phrases the tree did not join: "recognise A, withdraw B and pledge C",
    // "to remove A and to refrain from B"; and of three or more nouns: "caps on A, B and C"
    const head = this.tok(c);
    const end = Math.min(this.doc.sentences[head.sent].end, c + MAX_CONTENT);
    const verbal = head.upos === 'VERB' && head.text === head.lemma;
    let commas = 0;
    for (let j = c + 2; j < end; j++) {
      const t = this.tok(j);
      let p = j - 1;
      if (verbal && this.tok(p).text === 'to') p--;
      const prev = this.tok(p).text.toLowerCase();
      if (t.text === ';' || t.text === '”' || SUBORDINATORS.has(t.text.toLowerCase())) break;
      if (prev === ',') commas++;
      const joined = prev === ',' || prev === 'and' || prev === 'or';
      // "plans to sort out A, grow B and rebuild C": a list inside a nested infinitive is not ours
      if (verbal && !joined && t.upos === 'VERB' && this.tok(j - 1).text === 'to') break;
      if (!joined || out.includes(j)) continue;
      // a verb the tagger took for a noun ("and pledge to stay neutral") still ends a verb list
      const nounVerb = t.upos === 'NOUN' && prev === 'and' && out.length > 0 && this.doc.tokens[j + 1]?.text === 'to';
      if (verbal && ((t.upos === 'VERB' && t.text === t.lemma) || nounVerb)) out.push(j);
      else if (
        head.upos === 'NOUN' &&
        rel !== 'ccomp' &&
        commas === 0 &&
        prev === 'and' &&
        /^(?:a|an)$/i.test(t.text)
      ) {
        // "a guarantee of A and a pay rise that …": two things demanded
        out.push(j);
        break;
      } else if (
        head.upos === 'NOUN' &&
        rel !== 'ccomp' &&
        commas === 0 &&
        prev === 'and' &&
        /^the$/i.test(t.text) &&
        this.hasOf(c) &&
        t.head > j &&
        this.hasOf(t.head)
      ) {
        // "the release of A and the withdrawal of B": the same shape twice is two things (not
        // "the release of the prisoners and the hostages", one release)
        out.push(j);
        break;
      } else if (head.upos === 'NOUN' && rel !== 'ccomp' && commas >= 1 && prev === 'and' && this.nounPhraseAt(j)) {
        // the list is A, B and C: B started after a comma, C after "and"
        for (let x = c + 1; x < p; x++)
          if (this.tok(x).text === ',' && this.nounPhraseAt(x + 1) && !out.includes(x + 1)) out.push(x + 1);
        out.push(j);
        break;
      }
    }
    return out;
  }

  /** Whether a noun phrase starts at j (an article, adjective or noun, not a name or a verb). */
  private nounPhraseAt(j: number): boolean {
    const t = this.tok(j);
    return ['NOUN', 'ADJ', 'DET', 'NUM'].includes(t.upos) && !this.refs.named(j);
  }

  /** The content's token range: its subtree without its conjuncts, marker, subject and modal. */
  private span(h: number, kind: string, until: number): [number, number] | null {
    let lo = h;
    let hi = h;
    for (const c of this.tree.children[h]) {
      const d = this.tok(c).dep;
      // (a conjunct that shares the article is the rest of one thing: "a swift and fair inquiry")
      const shared = d === 'conj' && this.sharedModifiers(h, c);
      if (!shared && (d === 'conj' || d === 'cc' || (d === 'punct' && c > h))) continue;
      if (kind !== 'whole' && baseDep(this.tok(c)) === 'nsubj' && c < h) {
        continue;
      }
      if (d === 'parataxis' || (c > h && d === 'advcl' && !CLAUSE.has(kind))) continue;
      lo = Math.min(lo, this.tree.lo[c]);
      hi = Math.max(hi, this.tree.hi[c]);
    }
    // a clause's subject is left out when it is the one who must act: a name, a pronoun, or the
    // active subject of a verb that does something to something ("that the deal include A",
    // "shareholders must not allow B"); a subject that is the demanded thing itself stays ("the
    // tool is used before …", "this scandal must stop")
    const subject = kind === 'whole' ? undefined : this.subjectToken(h);
    const acting =
      subject !== undefined &&
      (this.tok(subject).upos === 'PRON' ||
        this.refs.resolve(subject) !== null ||
        (this.tok(subject).dep === 'nsubj' && this.tree.children[h].some((c) => OBJECTS.has(this.tok(c).dep))));
    const whole = kind === 'whole' || (subject !== undefined && !acting);
    if (acting && subject !== undefined && subject < h) lo = Math.max(lo, this.tree.hi[subject] + 1);
    // "there should be proper checks": what must exist is the demanded thing, without "there … be"
    if (subject !== undefined && this.tok(subject).dep === 'expl' && subject < h)
      for (const c of this.tree.children[h])
        if (c < h && ['expl', 'aux', 'cop'].includes(baseDep(this.tok(c)))) lo = Math.max(lo, c + 1);
    while (lo < h) {
      const t = this.tok(lo);
      // "… if Network Rail does not improve its offer": the demand is the act, not its absence
      if (kind === 'unlessNot' && negations.has(t.text.toLowerCase())) {
        lo++;
        continue;
      }
      // "its conditions were a full withdrawal": the copula before a demanded noun is not part of it
      const copula = baseDep(t) === 'cop' && ['NOUN', 'PROPN'].includes(this.tok(h).upos);
      if (copula) {
        lo++;
        continue;
      }
      if (!LEADING.has(baseDep(t)) || (baseDep(t) === 'aux' && KEEP_AUX.has(t.lemma) && !whole)) break;
      if (whole && baseDep(t) !== 'aux' && baseDep(t) !== 'mark') break;
      lo++;
    }
    while (lo < hi && (this.tok(lo).dep === 'punct' || (this.tok(lo).text === 'to' && lo < h))) lo++;
    // the tree's extent is trusted where a comma or conjunction follows it; otherwise the
    // clause runs on to its boundary (the trees often cut a long object short)
    // (a subtree that itself ends in its comma is closed too: "…talks can begin, the Kremlin said")
    const next = this.doc.tokens[hi + 1];
    const closed =
      !next ||
      next.sent !== this.tok(h).sent ||
      [',', ';', ')'].includes(next.text) ||
      next.upos === 'CCONJ' ||
      (hi > h && [',', ';'].includes(this.tok(hi).text));
    hi = this.clip(lo, closed ? Math.min(hi, until) : until);
    // "a general election - now": an urgency word right after the object is part of what is demanded
    for (let j = hi + 1; j <= Math.min(until, hi + 2); j++) {
      const t = this.tok(j);
      if (urgency.has(t.text.toLowerCase()) && t.head === this.tok(h).head) hi = j;
      else if (!['-', '–', '—'].includes(t.text)) break;
    }
    while (hi > lo && (['PUNCT', 'CCONJ'].includes(this.tok(hi).upos) || this.tok(hi).text === 'to')) hi--;
    // a quotation opened inside the text is closed inside it: a “swift and fair investigation”
    const close = this.doc.tokens[hi + 1];
    if (
      close?.sent === this.tok(h).sent &&
      ['”', '"'].includes(close.text) &&
      this.tokensBetween(lo, hi + 1).some((x) => ['“', '"'].includes(this.tok(x).text)) &&
      !this.tokensBetween(lo, hi + 1).some((x) => this.tok(x).text === '”')
    )
      hi++;
    return lo <= hi ? [lo, hi] : null;
  }

  /** Adds a demand; returns who it is demanded of (null for no one, or when nothing was added). */
  private push(cue: number, demander: Referent, addressed: Actor | null, [lo, hi]: [number, number]): Actor | null {
    let target = addressed;
    const { doc } = this;
    let words = 0;
    for (let j = lo; j <= hi; j++) {
      const t = doc.tokens[j];
      if (['NOUN', 'VERB', 'PROPN', 'NUM', 'ADJ'].includes(t.upos) && !EMPTY.has(t.lemma.toLowerCase())) words++;
    }
    if (!words) return null;
    // no one addressed in the grammar: the first one the demanded text names ("an inquiry by X",
    // "sanctions against X"), but not a place it happens in ("a pay rise for nurses in England")
    for (let j = lo; j <= hi && !target; j++) {
      const r = this.refs.named(j);
      if (!r || r.actor === demander.actor || this.hyphenModifier(j)) continue;
      // the case word hangs on the name's head word
      let head = j;
      for (let step = 0; step < CLIMB && this.refs.named(this.tok(head).head)?.actor === r.actor; step++)
        head = this.tok(head).head;
      if (!PLACE_CASES.has(caseOf(this.tree, head))) target = r.actor;
    }
    const start = doc.tokens[lo].start;
    const end = doc.tokens[hi].end;
    const key = `${demander.actor.id}|${start}|${end}`;
    if (this.seen.has(key)) return null;
    this.seen.add(key);
    const c = doc.tokens[cue];
    const s = doc.sentences[c.sent];
    const next = doc.tokens[cue + 1];
    const particle = next && /^(?:for|on|upon|that)$/i.test(next.text) && next.head !== cue ? next : null;
    const cueEnd = particle ? particle.end : c.end;
    const joint = this.jointDemanders(cue, demander).filter((a) => a !== target);
    this.demands.push({
      actor: demander.actor.id,
      target: target && target !== demander.actor ? target.id : null,
      text: doc.text.slice(start, end),
      start,
      end,
      cue: doc.text.slice(c.start, cueEnd),
      cueStart: c.start,
      cueEnd,
      sentence: { start: doc.tokens[s.start].start, end: doc.tokens[s.end - 1].end },
      ...(demander.onBehalfOf && demander.onBehalfOf !== demander.actor && { onBehalfOf: demander.onBehalfOf.id }),
      ...(joint.length && { alsoBy: joint.map((a) => a.id) }),
    });
    return target && target !== demander.actor ? target : null;
  }

  /** "an EU-wide ban", "a UN-backed inquiry": a name inside a hyphenated modifier is no one addressed. */
  private hyphenModifier(j: number): boolean {
    const dash = this.doc.tokens[j + 1];
    const word = this.doc.tokens[j + 2];
    return (
      dash?.text === '-' && dash.start === this.tok(j).end && word?.start === dash.end && /^\p{Ll}/u.test(word.text)
    );
  }

  /** "Germany and France called for …": the names joined by "and" to the cue's subject, when that subject is the demander. */
  private jointDemanders(cue: number, demander: Referent): Actor[] {
    const subject = this.subjectToken(cue);
    if (subject === undefined || this.refs.named(subject)?.actor !== demander.actor) return [];
    const out: Actor[] = [];
    for (const c of this.tree.children[subject]) {
      if (this.tok(c).dep !== 'conj') continue;
      const joiner = this.tree.children[c].find((x) => this.tok(x).dep === 'cc');
      if (joiner !== undefined && !['and', '&'].includes(this.tok(joiner).text.toLowerCase())) continue;
      const r = this.refs.named(c);
      if (r && r.actor !== demander.actor && !out.includes(r.actor)) out.push(r.actor);
    }
    return out;
  }
}
