// What demands look like: the frames a cue opens (cues.json gives their words), in order of
// precedence, and the word classes the frames are read with. demands.ts reads each frame.
import { baseVerbs } from './clauses';
import { cues } from './lexicon';

export type Frame =
  | 'that'
  | 'condition'
  | 'until'
  | 'objTo'
  | 'ultimatum'
  | 'threat'
  | 'np'
  | 'modal'
  | 'nounFor'
  | 'nounFrom'
  | 'passive'
  | 'listed'
  | 'without';

const alt = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/ /g, `\\s+${cues.timePhrase}`))
    .join('|');

// Frames in order of precedence: the first that matches a cue claims it.
export const PATTERNS: [Frame, RegExp][] = [
  ['that', new RegExp(`\\b(?:${alt(cues.that)})\\s+(?:on\\s+\\p{Lu}\\p{Ll}+\\s+)?that\\s+`, 'giu')],
  [
    'objTo',
    new RegExp(
      `\\b(?:${alt(cues.objTo)})\\s+(?!to\\b)((?:[\\p{L}\\p{N}’'.,\\-]+\\s+){0,10}?)to\\s+(?=[“"‘]?\\p{Ll})`,
      'dgiu',
    ),
  ],
  [
    'ultimatum',
    new RegExp(
      `\\b(?:${alt(cues.ultimatum)})\\s+((?:[\\p{L}’'\\-]+\\s+){1,4}?)(?:until\\s+[^,.;]{1,30}?|(?:[\\p{L}\\p{N}\\-]+\\s+){0,3}(?:days?|weeks?|hours?|months?|deadline))\\s+to\\s+`,
      'dgiu',
    ),
  ],
  ['threat', new RegExp(`\\b(?:${alt(cues.threat)})\\b[^.;]{0,140}?\\b(?:unless|if)\\s+`, 'giu')],
  ['condition', new RegExp(`\\b(?:${alt(cues.condition)})\\s+`, 'giu')],
  // "will not return to talks until Russia withdraws": after a refusal, "until" names a condition
  ['until', /\buntil\s+(?=(?:the\s+)?\p{L})/gu],
  [
    'passive',
    new RegExp(
      `\\b(?:been|was|were|is|are|being)\\s+(?:${alt(cues.passive)})\\s+by\\s+((?:[\\p{L}\\p{N}’'.\\-]+\\s+){1,6}?)to\\s+(?=\\p{Ll})`,
      'dgiu',
    ),
  ],
  [
    'nounFrom',
    new RegExp(`\\b(?:${alt(cues.nounFrom)})\\s+((?:[\\p{L}’'.\\-]+\\s+){1,6}?)(?:to|for)\\s+(?=\\p{Ll})`, 'dgiu'),
  ],
  ['listed', new RegExp(`\\b(?:${alt(cues.listed)})\\s+`, 'giu')],
  ['without', new RegExp(`^[“"‘]?Without\\s+(?=[^,]{3,120},[^.]*\\b(?:${alt(cues.without)})\\b)`, 'gu')],
  ['modal', new RegExp(`\\b(?:${alt(cues.modal)})\\s+(?!-)`, 'giu')],
  ['nounFor', new RegExp(`\\b(?:${alt(cues.nounFor)})\\s+`, 'giu')],
  ['np', new RegExp(`\\b(?:${alt(cues.np)})\\s+${cues.timePhrase}`, 'giu')],
];
// "warned that it would have to cut …": a clause, not someone told to act
export const CLAUSE_IN_OBJECT = /\b(?:that|would|will|could|might|have|has|had|is|are|was|were|be)\b/i;
// "a letter urging a U-turn", "protesters demanding …": a cue in -ing right after a noun describes
// that noun, whose demand it is; ", urging …" and "is urging …" go on with the subject
// "X issued a joint statement calling on …": a statement the subject issued speaks for the subject
export const ISSUED_STATEMENT =
  /\b(?:issued|released|published|signed|sent|wrote|adopted|put\s+out)\s+(?:an?\s+|the\s+)?(?:\p{Ll}+\s+)?(?:statement|letter|resolution|motion|communiqu[eé]|declaration|appeal)\s+$/iu;
export const REDUCED_RELATIVE =
  /\b(?!(?:is|are|was|were|be|been|being|am|also|now|still|increasingly|repeatedly|publicly|again|and|but)\b)\p{L}+\s+$/iu;
/** A match made on `body.slice(by)`, with its index and group indices as positions in `body`. */
export function shifted(m: RegExpExecArray, by: number): RegExpExecArray {
  const out = Object.assign([...m], { index: m.index + by, input: m.input, groups: m.groups }) as RegExpExecArray;
  out.indices = m.indices?.map((pair) => (pair ? [pair[0] + by, pair[1] + by] : pair)) as RegExpIndicesArray;
  return out;
}

/** A verb as a condition writes it too: "until BHP shares", "only if Washington removed". */
export function isVerb(word: string): boolean {
  const w = word.toLowerCase();
  return (
    baseVerbs.has(w) ||
    /^(?:should|must|would)$/.test(w) ||
    [w.replace(/e?s$/, ''), w.replace(/s$/, ''), w.replace(/e?d$/, ''), w.replace(/d$/, '')].some(
      (stem) => stem !== w && baseVerbs.has(stem),
    )
  );
}

/** "Ukraine recognise …", "Ukraine should …": the clause goes on with its verb at once. */
export function startsWithVerb(rest: string): boolean {
  const word = /^\s+(\p{Ll}+)/u.exec(rest)?.[1] ?? '';
  return isVerb(word) || /^(?:immediately|also|first|not|be)$/.test(word);
}

export const REFUSAL = /\b(?:not|never|no|refuse[sd]?|won[’']t)\b/i;
export const RELATIVE_IN_OBJECT = /\b(?:who|which)\b/i;
export const OBJ_TO_LONG = new RegExp(
  `^\\b(?:${alt(cues.objTo)})\\s+((?:[\\p{L}\\p{N}’'.,\\-]+\\s+){2,14})to\\s+(?=[“"‘]?\\p{Ll})`,
  'diu',
);
export const OBJ_TO_CUE = new RegExp(`\\b(?:${alt(cues.objTo)})\\b`, 'iu');
export const OBJ_VERB = new RegExp(`\\b(?:${alt(cues.objVerb)})\\s+`, 'giu');

export const NEGATION = new RegExp(
  `\\b(?:${cues.negations.map((n) => n.replace(/ /g, '\\s+')).join('|')})\\b|n[’']t\\b`,
  'i',
);
export const DETERMINER_BEFORE =
  /\b(?:the|a|an|its|their|his|her|our|these|those|such|of|whose|new|key|main|latest)\s+$/i;
export const DETERMINER_END = /\b(?:the|a|an|its|their|his|her|our|this|these|those|any|every|no)\s+$/i;
export const NOT_NP_START =
  /^(?:to|that|would|will|could|should|might|may|can|are|is|was|were|be|been|have|has|had|of|from|by|made|and|or|but|it|them|him|her|us|me|so|as|in|on|at|with|also|nothing|no)\b/i;
export const EPISTEMIC =
  /^(?:have\s+(?:been|\p{L}+(?:ed|en|wn|ne))\b|be\s+(?:tired|joking|right|wrong|true|mad|kidding|feeling)\b)/iu;
export const NOT_ADDRESSEES =
  /^(?:the\s+)?(?:reporters|journalists|press|media|television|state\s+television|radio|an?\s+\S+\s+conference|parliament\s+on)\b/i;
// "urged lawmakers to …", "called on the cabinet to …": people or an institution, so what follows
// "to" is what they must do
export const PEOPLE_OBJECT =
  /\b(?:lawmakers|legislators|leaders|ministers|governments|countries|states|members|parties|sides|citizens|people|companies|employers|workers|nurses|doctors|residents|voters|politicians|officials|authorities|allies|partners|shareholders|investors|donors|creditors|lenders|cabinet|government|administration|council|board|commission|court|regulator)\s*$/i;
export const DETERMINER_WORD =
  /^(?:the|a|an|its|their|his|her|our|this|that|these|those|all|every|some|any|each|no|last|next)$/;
// "must not allow …" keeps its "not": without it the demand says the opposite
export const MODAL_SKIP = /^(?:also|now|still|therefore|then|first|immediately|urgently)\s+/i;
