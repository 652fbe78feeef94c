// Sentence boundaries over the tokens of lib/nlp/tokenize. News text comes one paragraph per
// line, so a line break always ends a sentence. Within a line a sentence ends after . ! ? … (and
// the closing quotes or brackets right after them) when what follows starts a sentence: a capital,
// a digit or an opening quote. A lower-case word after a quote ("“Now!” he said") continues it.
// Abbreviations carry their dot inside the token; only those that can end a sentence ("U.S.",
// "Inc.") end one, and only before a word that typically starts one ("The", "He").

import starters from './data/sentence-starters.json';
import { abbreviationKind, type RawToken } from './tokenize';

export interface SentenceRange {
  /** Token indices, [start, end). */
  start: number;
  end: number;
}

/** Longest window handed downstream; longer sentences are cut, so later work stays bounded. */
export const MAX_SENTENCE_TOKENS = 150;
/** A cut at a clause mark is looked for this far back from the limit. */
const CUT_SEARCH = 50;

const sentenceStarters = new Set(starters.words);
const TERMINAL = /^[.!?…]+$/;
const ALWAYS_CLOSING = new Set([')', ']', '}', '”', '’', '»']);
/** Straight quotes close only when glued to what they close: `end."` but `end. "Next`. */
const STRAIGHT = new Set(['"', "'", "''"]);
const OPENING = new Set(['(', '[', '“', '‘', '«', '"', "'", '``']);
const FOOTNOTE = /^(?:\d{1,3}|[a-z])$/;
/** A capital, a letter of a script without case, a digit, or a brand like "iPhone" or "eBay". */
const STARTS_SENTENCE = /^(?:[\p{Lu}\p{Lt}\p{Lo}\p{Nd}]|\p{Ll}\p{Lu})/u;
const CLAUSE_MARKS = [new Set([';', ':']), new Set([','])];

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/**
 * How many tokens from `i` still belong to the sentence that just ended: a closing quote or
 * bracket, or a footnote mark ("cited. [5]"); 0 when none does.
 */
function trailerLength(text: string, tokens: RawToken[], i: number): number {
  const t = tokens[i];
  if (lineBreakBetween(text, tokens[i - 1].end, t.start)) return 0;
  if (ALWAYS_CLOSING.has(t.text) || (STRAIGHT.has(t.text) && tokens[i - 1].end === t.start)) return 1;
  const glued = (k: number) => k < tokens.length && tokens[k - 1].end === tokens[k].start;
  const footnote = t.text === '[' && glued(i + 1) && FOOTNOTE.test(tokens[i + 1].text) && tokens[i + 2]?.text === ']';
  return footnote && glued(i + 2) ? 3 : 0;
}

/** Whether the token can end a sentence, and if so what the next token must look like. */
function ending(token: RawToken): 'any' | 'starter' | null {
  if (TERMINAL.test(token.text)) return 'any';
  if (token.text.length < 2 || !token.text.endsWith('.')) return null;
  return abbreviationKind(token.text.slice(0, -1)) === 'general' ? 'starter' : null;
}

function startsSentence(next: RawToken, need: 'any' | 'starter'): boolean {
  if (need === 'starter') return sentenceStarters.has(next.text) || OPENING.has(next.text);
  return STARTS_SENTENCE.test(next.text) || OPENING.has(next.text);
}

/** Where to cut [start, end) so the first part has at most MAX_SENTENCE_TOKENS tokens. */
function cutPoint(tokens: RawToken[], start: number): number {
  const limit = start + MAX_SENTENCE_TOKENS;
  for (const marks of CLAUSE_MARKS) {
    for (let cut = limit; cut > limit - CUT_SEARCH; cut--) {
      if (marks.has(tokens[cut - 1].text)) return cut;
    }
  }
  return limit;
}

function pushWindows(tokens: RawToken[], start: number, end: number, out: SentenceRange[]): void {
  let s = start;
  while (end - s > MAX_SENTENCE_TOKENS) {
    const cut = cutPoint(tokens, s);
    out.push({ start: s, end: cut });
    s = cut;
  }
  out.push({ start: s, end });
}

/** Tokens a dateline may hold before its dash: "VIENNA, June 2 (Reuters) -". */
const DATELINE_LOOK_AHEAD = 12;
/** The dashes a dateline ends with. */
export const DASHES = new Set(['-', '–', '—', '--']);

/**
 * Where a wire dateline at a paragraph's start ends ("WASHINGTON (Reuters) - …"): after its
 * spaced dash, so the place and the agency are not read as the sentence's subject. -1 when the
 * paragraph has none: it must open with a word in capitals, name an agency or a date, hold nothing
 * in lower case before the dash, and be followed by what starts a sentence.
 */
function datelineEnd(text: string, tokens: RawToken[], start: number): number {
  const first = tokens[start];
  if (!/^\p{Lu}{3,}$/u.test(first.text)) return -1;
  if (start > 0 && !lineBreakBetween(text, tokens[start - 1].end, first.start)) return -1;
  const limit = Math.min(tokens.length - 1, start + DATELINE_LOOK_AHEAD);
  // a wire dateline names its agency or its date ("(Reuters)", ", March 3"); a headline in
  // capitals ("SOCCER - JAPAN WIN") has neither
  let agencyOrDate = false;
  for (let k = start + 1; k < limit; k++) {
    const t = tokens[k];
    if (lineBreakBetween(text, tokens[k - 1].end, t.start) || /^\p{Ll}/u.test(t.text)) return -1;
    if (t.text === '(' || t.text === ',') agencyOrDate = true;
    if (DASHES.has(t.text) && t.start > tokens[k - 1].end)
      return agencyOrDate && (STARTS_SENTENCE.test(tokens[k + 1].text) || OPENING.has(tokens[k + 1].text)) ? k + 1 : -1;
  }
  return -1;
}

export function splitSentences(text: string, tokens: RawToken[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  let i = 0;
  while (i < tokens.length - 1) {
    if (i === start) {
      const dateline = datelineEnd(text, tokens, start);
      if (dateline > 0) {
        out.push({ start, end: dateline });
        start = dateline;
        i = dateline;
        continue;
      }
    }
    const need = ending(tokens[i]);
    let last = i;
    while (need && last + 1 < tokens.length) {
      const n = trailerLength(text, tokens, last + 1);
      if (n === 0) break;
      last += n;
    }
    if (last === tokens.length - 1) break;
    const next = tokens[last + 1];
    const broken = lineBreakBetween(text, tokens[last].end, next.start);
    if (broken || (need && startsSentence(next, need))) {
      pushWindows(tokens, start, last + 1, out);
      start = last + 1;
    }
    i = last + 1;
  }
  if (tokens.length > 0) pushWindows(tokens, start, tokens.length, out);
  return out;
}
