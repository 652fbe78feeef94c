// The cue lexicon (data/demand-cues.json) as sets and maps, and which sentences need a tree.
import cueData from '../data/demand-cues.json';

export interface CueSpec {
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
  /** What it takes is someone's proposal: another's call or demand as object is read from that noun. */
  backs?: boolean;
}

export const verbCues = new Map<string, CueSpec>(Object.entries(cueData.verbs));
export const nounCues = new Map<string, CueSpec>(Object.entries(cueData.nouns));
export const listVerbs = new Set(cueData.listVerbs);
export const speechVerbs = new Set(cueData.speech);
export const modalAux = new Set(cueData.modals.aux);
export const modalVerbs = new Set(cueData.modals.verbs);
export const forecastAux = new Set(cueData.modals.forecast);
export const conditions = new Map<string, string[]>(Object.entries(cueData.conditions));
export const negations = new Set(cueData.negations);
export const rejections = new Set(cueData.rejections);
export const marketWords = new Set(cueData.marketWords);
export const urgency = new Set(cueData.urgency);
export const durations = new Set(cueData.durations);
export const notBacked = new Set(cueData.notBacked);
export const exchangeNouns = new Set(cueData.exchange);
export const demonymActs = new Set(cueData.demonymActs);
export const noChoice = new Set(cueData.noChoice);
export const documents = new Set(cueData.documents);
export const writingVerbs = new Set(cueData.writing);
export const timeSubjects = new Set(cueData.timeSubjects);
export const threatConditions = new Map<string, string>(Object.entries(cueData.threatConditions));
export const timeToAct = new Set(cueData.timeToAct);
export const necessary = new Set(cueData.necessary);
export const wantToSee = new Set(cueData.wantToSee);
export const marketVerbs = new Set(cueData.marketVerbs);
export const ownSides = new Set(cueData.ownSides);
/** How far after "if" a negation makes it a threat's condition ("if the company does not …"). */
const NEGATION_REACH = 8;

/**
 * Regular past forms of the verb cues ("urged", "demanded"): the tagger sometimes reads one as an
 * adjective ("urged young people to …"), and it is still the cue.
 */
export const pastTenseCues = new Map<string, string>();
for (const lemma of verbCues.keys()) pastTenseCues.set(lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`, lemma);

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
  ...necessary,
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
  // "it is time for X to …", "it is time to …"
  if (timeToAct.has(lemma)) sets.push(new Set(['for', 'to']));
  // "it is vital that …", "it is essential for X to …"
  if (necessary.has(lemma)) sets.push(new Set(['that', 'for']));
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
    // "if … not" only: "if" alone is too common to parse every sentence that has it ("only if" is a condition)
    if (
      condition === 'negated' &&
      (tokens.slice(i + 1, i + 1 + NEGATION_REACH).some((t) => negations.has(t.text.toLowerCase())) ||
        tokens.slice(Math.max(0, i - NEGATION_REACH), i).some((t) => t.text.toLowerCase() === 'only'))
    )
      return true;
    // "not … until", likewise
    if (
      condition === 'mainNegated' &&
      tokens.slice(Math.max(0, i - NEGATION_REACH), i).some((t) => negations.has(t.text.toLowerCase()))
    )
      return true;
    // "only in exchange for …"
    if (
      exchangeNouns.has(lemma) &&
      tokens[i - 1]?.text.toLowerCase() === 'in' &&
      tokens[i - 2]?.text.toLowerCase() === 'only'
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
