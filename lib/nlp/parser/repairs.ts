// Repairs of the greedy parser's usual slips, made on its output: each transition is chosen
// alone, so a tree can break rules UD never breaks. Each repair is measured on the UD dev files
// (scripts/nlp/eval.ts) and kept only where it does not lower their scores.

import { UPOS } from '../tagger';
import type { ParserInput } from './features';

const VERB = UPOS.indexOf('VERB');

/** Label indices the repairs read and write; -1 when the model has no such label. */
export interface RepairLabels {
  nsubj: number;
  nsubjPass: number;
  csubj: number;
  csubjPass: number;
  auxPass: number;
  case: number;
  mark: number;
  advcl: number;
}

export function repairLabels(labels: readonly string[]): RepairLabels {
  const at = (l: string) => labels.indexOf(l);
  return {
    nsubj: at('nsubj'),
    nsubjPass: at('nsubj:pass'),
    csubj: at('csubj'),
    csubjPass: at('csubj:pass'),
    auxPass: at('aux:pass'),
    case: at('case'),
    mark: at('mark'),
    advcl: at('advcl'),
  };
}

// subordinators the parser hangs on the clause's subject as if they were prepositions
const SUBORDINATORS = new Set(['unless', 'if', 'although', 'though', 'whereas', 'while', 'once']);

export function repairTree(input: ParserInput, l: RepairLabels, heads: Int32Array, labels: Uint8Array): void {
  subordinatorsAsCase(input, l, heads, labels);
  agreeVoice(l, heads, labels);
}

/**
 * "… unless funds for Budapest were released": the subordinator read as the case of "funds",
 * and "released" as a clause beside it. The noun is the clause's subject and the subordinator
 * its marker.
 */
function subordinatorsAsCase(input: ParserInput, l: RepairLabels, heads: Int32Array, labels: Uint8Array): void {
  const n = heads.length;
  for (let i = 0; i < n; i++) {
    if ((labels[i] !== l.case && labels[i] !== l.mark) || !SUBORDINATORS.has(input.lex.forms[i].toLowerCase()))
      continue;
    const noun = heads[i];
    if (noun <= i || heads[noun] < 0 || input.tags[noun] === VERB) continue;
    // the noun already the clause's subject: only the marker hangs on the wrong word
    const up = heads[noun];
    if (up > noun && input.tags[up] === VERB && (labels[noun] === l.nsubj || labels[noun] === l.nsubjPass)) {
      heads[i] = up;
      labels[i] = l.mark;
      continue;
    }
    const verb = nextSibling(heads, noun);
    if (verb < 0 || input.tags[verb] !== VERB) continue;
    if (hasChild(heads, labels, verb, l.nsubj) || hasChild(heads, labels, verb, l.nsubjPass)) continue;
    heads[noun] = verb;
    labels[noun] = l.nsubj;
    heads[i] = verb;
    labels[i] = l.mark;
    labels[verb] = l.advcl;
  }
}

/** The first word after k with k's head, when every word between hangs below k or below it. */
function nextSibling(heads: Int32Array, k: number): number {
  for (let j = k + 1; j < heads.length; j++) {
    if (heads[j] !== heads[k]) continue;
    for (let x = k + 1; x < j; x++) if (!descends(heads, x, k) && !descends(heads, x, j)) return -1;
    return j;
  }
  return -1;
}

function descends(heads: Int32Array, x: number, k: number): boolean {
  for (let h = heads[x], step = 0; h >= 0 && step < heads.length; h = heads[h], step++) if (h === k) return true;
  return false;
}

function hasChild(heads: Int32Array, labels: Uint8Array, k: number, label: number): boolean {
  for (let j = 0; j < heads.length; j++) if (heads[j] === k && labels[j] === label) return true;
  return false;
}

/**
 * A subject's voice follows its verb's auxiliary: the parser can give "The union has called on
 * …" a passive subject with no passive auxiliary (or the reverse), which turns who acts into
 * who is acted on.
 */
function agreeVoice(l: RepairLabels, heads: Int32Array, labels: Uint8Array): void {
  const passive = new Uint8Array(heads.length);
  for (let i = 0; i < heads.length; i++) if (labels[i] === l.auxPass && heads[i] >= 0) passive[heads[i]] = 1;
  const pairs = [
    [l.nsubj, l.nsubjPass],
    [l.csubj, l.csubjPass],
  ];
  for (let i = 0; i < heads.length; i++) {
    if (heads[i] < 0) continue;
    for (const [active, pass] of pairs) {
      if (labels[i] === pass && !passive[heads[i]]) labels[i] = active;
      else if (labels[i] === active && passive[heads[i]]) labels[i] = pass;
    }
  }
}
