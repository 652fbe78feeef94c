// Word segmentation in the manner of Universal Dependencies English (EWT, GUM), because the
// tagger and parser are trained on UD words: clitics come apart ("do" + "n't"), punctuation and
// most hyphens stand alone, abbreviations keep their dot, numbers, URLs and e-mail addresses stay
// whole. One left-to-right pass that looks at each character a bounded number of times, so a
// 200,000-character word or a page of dots costs no more than ordinary prose.
//
// A "run" is letters, digits and marks joined by single connecting characters (. ' - , : / & _ @);
// each connector is then bound into the word, cut off as its own token, or made the start of a
// clitic, by the rules below. Everything else is punctuation, one token per character except the
// runs UD keeps together ("...", "--", "!!!", emoticons, emoji sequences).

import abbreviations from './data/abbreviations.json';
import starters from './data/sentence-starters.json';
import rules from './data/tokenizer.json';

export interface RawToken {
  start: number;
  end: number;
  /** `input.slice(start, end)`; offsets are UTF-16 code units. */
  text: string;
}

// ---- character classes, looked up once per code point and cached

const UNKNOWN = 0;
const SPACE = 1;
const LETTER = 2;
const DIGIT = 3;
const MARK = 4;
const OTHER = 5;
const EMOJI = 6;

const classes = new Uint8Array(0x110000);
const WHITE = /\s/;
const IS_LETTER = /\p{L}/u;
const IS_NUMBER = /\p{N}/u;
const IS_MARK = /\p{M}/u;
const IS_EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

function classify(cp: number): number {
  // A lone surrogate is no character; it stands alone rather than joining a word.
  if (cp >= 0xd800 && cp <= 0xdfff) return OTHER;
  const ch = String.fromCodePoint(cp);
  // The zero-width space is how some pages separate words; treat it as a space.
  if (WHITE.test(ch) || cp === 0x200b) return SPACE;
  if (IS_LETTER.test(ch)) return LETTER;
  if (IS_NUMBER.test(ch)) return DIGIT;
  // Joiners and the soft hyphen sit inside words as invisibly as combining marks.
  if (IS_MARK.test(ch) || cp === 0x200c || cp === 0x200d || cp === 0xad || cp === 0x2060) return MARK;
  if (IS_EMOJI.test(ch)) return EMOJI;
  return OTHER;
}

function classOf(cp: number): number {
  let k = classes[cp];
  if (k === UNKNOWN) {
    k = classify(cp);
    classes[cp] = k;
  }
  return k;
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);
const isWordClass = (k: number) => k === LETTER || k === DIGIT || k === MARK;
const codeAt = (text: string, i: number) => text.codePointAt(i) ?? 0;
const classAt = (text: string, i: number) => (i < text.length ? classOf(codeAt(text, i)) : SPACE);
const isDigit = (c: number) => c >= 48 && c <= 57;

// ---- word lists

/** An entry matches as written and in upper case, and in any case when written in lower case. */
function wordSet(entries: string[]): (word: string) => boolean {
  const exact = new Set<string>();
  const anyCase = new Set<string>();
  for (const e of entries) {
    if (e === e.toLowerCase()) anyCase.add(e);
    else exact.add(e).add(e.toUpperCase());
  }
  return (word) => exact.has(word) || anyCase.has(word.toLowerCase());
}

/** Longer candidates are never abbreviations; the guard keeps every lookup O(1). */
const MAX_LOOKUP = 10;
const isTitle = wordSet(abbreviations.titles);
const isGeneral = wordSet(abbreviations.general);
const isBeforeNumber = wordSet(abbreviations.beforeNumber);
const prefixes = new Set(rules.hyphenPrefixes);
const clitics = new Set(rules.cliticsAfterApostrophe);
const apostropheWords = new Set(rules.apostropheWords);
const splitWords = new Map(Object.entries(rules.splitWords));
// Cheap tests that rule out most words before the lookup.
const splitInitials = new Set([...splitWords.keys()].map((w) => w.charCodeAt(0)));
const SPLIT_MIN = Math.min(...[...splitWords.keys()].map((w) => w.length));
const SPLIT_MAX = Math.max(...[...splitWords.keys()].map((w) => w.length));
const keptSuffixes = new Set(rules.numberSuffixesKept);
const singleLetterUnits = new Set(rules.singleLetterUnits);
const slashWords = new Set(rules.slashWords);
const domainEnds = new Set(rules.domainEnds);
/** Emoticons, kept whole. */
const symbolTokens = rules.symbolTokens;
const sentenceStarters = new Set(starters.words);

export type AbbreviationKind = 'title' | 'general' | 'beforeNumber' | 'initial';

/** What a word followed by a dot is, without that dot: "Mr" → title, "U.S" → general, "W" → initial. */
export function abbreviationKind(word: string): AbbreviationKind | null {
  if (word.length > MAX_LOOKUP) return null;
  if (isTitle(word)) return 'title';
  if (isSingleLetter(word)) return word === 'I' ? null : 'initial';
  if (isGeneral(word) || isDottedLetters(word)) return 'general';
  if (isBeforeNumber(word)) return 'beforeNumber';
  return null;
}

function isSingleLetter(word: string): boolean {
  const cp = codeAt(word, 0);
  return word.length === width(cp) && classOf(cp) === LETTER;
}

/** "U.S", "e.g", "a.m": single letters joined by dots. */
function isDottedLetters(word: string): boolean {
  if (word.length < 3) return false;
  for (let i = 0; i < word.length; i++) {
    const isDot = word.charCodeAt(i) === DOT;
    if (isDot !== (i % 2 === 1) || (!isDot && classOf(word.charCodeAt(i)) !== LETTER)) return false;
  }
  return true;
}

// ---- connectors between the pieces of a run

const DOT = 46;
const COMMA = 44;
const COLON = 58;
const SLASH = 47;
const AMPERSAND = 38;
const UNDERSCORE = 95;
const AT = 64;
const HASH = 35;
const PLUS = 43;
const HYPHENS = new Set([45, 0x2010, 0x2011]);
const APOSTROPHES = new Set([39, 0x2019, 96]);
const JOINERS = new Set([DOT, COMMA, COLON, SLASH, AMPERSAND, UNDERSCORE, AT, ...HYPHENS, ...APOSTROPHES]);

// What a connector does: stays in the word, becomes a token of its own, starts the next token
// ("'s"), moves the cut one letter left ("do|n't"), or ends the token it closes ("Mr.|Smith").
const BIND = 0;
const SPLIT = 1;
const CLITIC = 2;
const NOT = 3;
const DOT_AFTER = 4;

// The current run, reused from run to run so that a long text does not allocate per word:
// piece k < pieces spans [starts[k], ends[k]); a connector or nothing lies between two pieces.
const starts: number[] = [];
const ends: number[] = [];
let pieces = 0;
/** The run holds an "@": it is an e-mail address and stays whole. */
let hasAt = false;

interface TokenState {
  start: number;
  /** Dots so far joined single letters ("U.S"): a dot after the run belongs to it. */
  acronym: boolean;
  /** A domain or file name ("bbc.co.uk", "plan.doc"): the rest of the run stays in it. */
  domain: boolean;
  /** A bound phone-number hyphen ("713-853"): the next four-digit group joins too. */
  phone: boolean;
}

/** The token being built in the current run. */
const token: TokenState = { start: 0, acronym: false, domain: false, phone: false };

const allDigits = (text: string, s: number, e: number) => {
  for (let i = s; i < e; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
};

const isLower = (text: string, s: number, e: number) => {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
};

/** Letters of the Basic Multilingual Plane only, which is all the word lists hold. */
const allLetters = (text: string, s: number, e: number) => {
  for (let i = s; i < e; i++) if (classOf(text.charCodeAt(i)) !== LETTER) return false;
  return true;
};

/** The slice in lower case, or "" when it is too long to be in any list. */
function short(text: string, s: number, e: number): string {
  return e - s <= MAX_LOOKUP ? text.slice(s, e).toLowerCase() : '';
}

function dotAction(text: string, k: number, t: TokenState): number {
  const ls = starts[k];
  const le = ends[k];
  const rs = starts[k + 1];
  const re = ends[k + 1];
  if (t.domain) return BIND;
  if (isDigit(text.charCodeAt(le - 1)) && isDigit(text.charCodeAt(rs))) return BIND; // 3.5, 1.2.3
  const l = short(text, ls, le);
  const r = short(text, rs, re);
  if ((isSingleLetter(l) && isSingleLetter(r)) || isGeneral(`${l}.${r}`)) {
    t.acronym = true;
    return BIND;
  }
  if (domainEnds.has(r)) {
    const raw = text.slice(rs, re);
    if (raw === r || raw === r.toUpperCase()) {
      t.domain = true;
      return BIND;
    }
  }
  // Newsgroups and host names ("alt.animals.cats"): lower-case words on both sides of the dot.
  if (le - ls > 1 && re - rs > 1 && isLower(text, ls, le) && isLower(text, rs, re)) {
    t.domain = true;
    return BIND;
  }
  // "Mr.Smith", "No.5": an abbreviation keeps its dot even with no space after it.
  if (keepsDot(text, t.start, le, t.acronym)) return DOT_AFTER;
  return SPLIT; // "end.The": a missing space after a full stop
}

function apostropheAction(text: string, k: number): number {
  const le = ends[k];
  const r = short(text, starts[k + 1], ends[k + 1]);
  // A decade stays whole ("the 1990's", "the 60's"); a year's possessive does not ("2008's").
  if (r === 's' && allDigits(text, starts[k], le) && text.charCodeAt(le - 1) === 48) return BIND;
  if (clitics.has(r)) return CLITIC;
  const n = text.charCodeAt(le - 1) | 0x20;
  if (r === 't' && n === 0x6e && le - starts[k] >= 2) return NOT;
  return BIND; // O'Brien, rock'n'roll
}

function hyphenAction(text: string, k: number, t: TokenState): number {
  const ls = starts[k];
  const le = ends[k];
  if (t.domain) return BIND;
  // UD splits hyphenated compounds ("eye - tracking") but keeps a few prefixes ("non-stop").
  if (t.start === ls && allLetters(text, ls, le) && prefixes.has(short(text, ls, le))) return BIND;
  const rs = starts[k + 1];
  const re = ends[k + 1];
  if (!allDigits(text, ls, le) || !allDigits(text, rs, re)) return SPLIT;
  // Phone numbers and ZIP+4 codes stay whole; ranges ("1969-1970", "3-4") are split.
  const left = le - ls;
  const right = re - rs;
  const hyphenated = k + 2 < pieces && HYPHENS.has(text.charCodeAt(re));
  const next = hyphenated && allDigits(text, starts[k + 2], ends[k + 2]) ? ends[k + 2] - starts[k + 2] : 0;
  const bound =
    (t.phone && (right === 4 || (right === 3 && next === 4))) ||
    (right === 4 && (left === 3 || left === 5)) || // 853-3989, 77042-2016
    (left === 3 && right === 3 && next === 4) || // 713-853-3989
    (left === 1 && right === 3 && next === 3); // 1-800-991-9019
  t.phone = bound;
  return bound ? BIND : SPLIT;
}

function connectorAction(text: string, k: number, t: TokenState): number {
  const c = text.charCodeAt(ends[k]);
  const ls = starts[k];
  const le = ends[k];
  const rs = starts[k + 1];
  const re = ends[k + 1];
  if (c === DOT) return dotAction(text, k, t);
  if (APOSTROPHES.has(c)) return apostropheAction(text, k);
  if (HYPHENS.has(c)) return hyphenAction(text, k, t);
  const digitsAround = isDigit(text.charCodeAt(le - 1)) && isDigit(text.charCodeAt(rs));
  switch (c) {
    case COMMA: // 1,000 but "1,2" and "one,two"
      return digitsAround && re - rs === 3 && allDigits(text, rs, re) ? BIND : SPLIT;
    case COLON: // 10:30
      return t.domain || digitsAround ? BIND : SPLIT;
    case SLASH: // 9/11, 2024/25, w/o; "and/or" is split
      return t.domain || digitsAround || (t.start === ls && slashWords.has(short(text, ls, re))) ? BIND : SPLIT;
    case AMPERSAND: // AT&T, R&D
      return le - ls <= 4 && re - rs <= 4 && allLetters(text, ls, le) && allLetters(text, rs, re) ? BIND : SPLIT;
    default: // underscore
      return BIND;
  }
}

/** Whether the dot at `end` belongs to the word [start, end). */
function keepsDot(text: string, start: number, end: number, acronym: boolean): boolean {
  if (acronym) return true;
  const kind = abbreviationKind(text.slice(start, Math.min(end, start + MAX_LOOKUP + 1)));
  if (kind === 'beforeNumber') return numberFollows(text, end + 1);
  return kind !== null;
}

/**
 * Whether the dot right after the run [start, end) belongs to its last word: an abbreviation
 * ("U.S.", "Mr.", "etc." — at a sentence end too, as GUM has it), an initial not ending a sentence
 * ("W. Bush" but "plan B. The"), or a list number at a line start ("1. Preheat").
 */
function ownsDotAfter(text: string, start: number, end: number, acronym: boolean): boolean {
  if (text.charCodeAt(end) !== DOT) return false;
  // "U.S.." is the abbreviation and a full stop; "etc..." leaves an ellipsis whole.
  if (text.charCodeAt(end + 1) === DOT && text.charCodeAt(end + 2) === DOT) return false;
  if (acronym) return true;
  const kind = abbreviationKind(text.slice(start, Math.min(end, start + MAX_LOOKUP + 1)));
  if (kind === 'initial') return !sentenceEndsAt(text, end + 1);
  if (kind === 'beforeNumber') return numberFollows(text, end + 1);
  if (kind) return true;
  return (
    end - start <= 3 && allDigits(text, start, end) && atLineStart(text, start) && classAt(text, end + 1) === SPACE
  );
}

const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

function atLineStart(text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && classAt(text, p) === SPACE && !isLineBreak(text.charCodeAt(p))) p--;
  return p < 0 || isLineBreak(text.charCodeAt(p));
}

/** A line or the text ends at `i`, or the next word is one that starts sentences ("The", "He"). */
function sentenceEndsAt(text: string, i: number): boolean {
  let p = i;
  while (p < text.length && classAt(text, p) === SPACE && !isLineBreak(text.charCodeAt(p))) p++;
  if (p >= text.length || isLineBreak(text.charCodeAt(p))) return true;
  let e = p;
  while (e < text.length && e - p <= MAX_LOOKUP && classAt(text, e) === LETTER) e += width(codeAt(text, e));
  // A single capital is another initial ("J. A. Smith"), even when it is "A" or "I".
  return e - p > 1 && sentenceStarters.has(text.slice(p, e));
}

function numberFollows(text: string, i: number): boolean {
  let p = i;
  while (p < i + 3 && classAt(text, p) === SPACE && p < text.length) p++;
  return isDigit(text.charCodeAt(p));
}

// ---- emitting

function push(text: string, start: number, end: number, out: RawToken[]): void {
  out.push({ start, end, text: text.slice(start, end) });
}

/** Pushes a word, first cutting the apostrophe-less contractions UD splits ("dont" → "do" "nt"). */
function pushWord(text: string, start: number, end: number, out: RawToken[]): void {
  const n = end - start;
  if (n < SPLIT_MIN || n > SPLIT_MAX || !splitInitials.has(text.charCodeAt(start) | 0x20)) {
    push(text, start, end, out);
    return;
  }
  const w = text.slice(start, end);
  // "IM" is instant messaging, not "I m": a capitalised two-letter word is an acronym.
  const cuts = n === 2 && w === w.toUpperCase() ? undefined : splitWords.get(w.toLowerCase());
  if (!cuts) {
    push(text, start, end, out);
    return;
  }
  let from = start;
  for (const cut of cuts) {
    push(text, from, start + cut, out);
    from = start + cut;
  }
  push(text, from, end, out);
}

// ---- runs

/** Adds the piece [s, e), cutting a unit off a number ("5km" → "5" "km") but not "21st" or "1990s". */
function addPiece(text: string, from: number, e: number): void {
  let s = from;
  let d = s;
  while (d < e && isDigit(text.charCodeAt(d))) d++;
  if (d > s && d < e && allLetters(text, d, e) && !keptSuffix(text, d, e)) {
    starts[pieces] = s;
    ends[pieces++] = d;
    s = d;
  }
  starts[pieces] = s;
  ends[pieces++] = e;
}

function keptSuffix(text: string, s: number, e: number): boolean {
  if (e - s > 3) return false;
  const suffix = text.slice(s, e).toLowerCase();
  // "3D", "4G", "220b" stay whole; "5m", "10k" are amounts with a unit.
  return keptSuffixes.has(suffix) || (e - s === 1 && !singleLetterUnits.has(suffix));
}

/** Scans a run from `i` (a word character, or an apostrophe starting "'em" when `lead` is 1). */
function scanRun(text: string, i: number, lead: number): number {
  pieces = 0;
  hasAt = false;
  let p = i + lead;
  let s = i;
  for (;;) {
    while (p < text.length) {
      const cp = codeAt(text, p);
      if (!isWordClass(classOf(cp))) break;
      p += width(cp);
    }
    addPiece(text, s, p);
    const c = text.charCodeAt(p);
    if (!JOINERS.has(c) || !isWordClass(classAt(text, p + 1))) return p;
    if (c === AT) hasAt = true;
    p += 1;
    s = p;
  }
}

const URL_START = /(?:https?|ftp):\/\/|www\./iy;
const URL_TRAILERS = new Set('.,;:!?\'"”’»'.split('').map((c) => c.charCodeAt(0)));
/** Closing bracket → its opening one. */
const BRACKETS = new Map([
  [41, 40],
  [93, 91],
  [125, 123],
  [62, 60],
]);
const OPENERS = new Set(BRACKETS.values());

/** A URL runs to the next space, less trailing punctuation and closing brackets it did not open. */
function urlEnd(text: string, i: number): number {
  let e = i;
  const depth = new Map<number, number>();
  const add = (open: number, n: number) => depth.set(open, (depth.get(open) ?? 0) + n);
  while (e < text.length && classAt(text, e) !== SPACE) {
    const c = text.charCodeAt(e);
    if (OPENERS.has(c)) add(c, 1);
    else if (BRACKETS.has(c)) add(BRACKETS.get(c) ?? 0, -1);
    e++;
  }
  for (;;) {
    const c = text.charCodeAt(e - 1);
    const open = BRACKETS.get(c);
    if (open !== undefined && (depth.get(open) ?? 0) < 0) add(open, 1);
    else if (!URL_TRAILERS.has(c)) return e;
    e--;
  }
}

/** Ends the token being built at `end`; the next one starts there. */
function closeToken(text: string, end: number, out: RawToken[]): void {
  pushWord(text, token.start, end, out);
  token.start = end;
  token.acronym = token.domain = token.phone = false;
}

function word(text: string, i: number, lead: number, out: RawToken[]): number {
  URL_START.lastIndex = i;
  if (lead === 0 && URL_START.test(text)) {
    const e = urlEnd(text, i);
    push(text, i, e, out);
    return e;
  }
  const end = scanRun(text, i, lead);
  if (hasAt) {
    push(text, i, end, out);
    return end;
  }
  const t = token;
  t.start = i;
  t.acronym = t.domain = t.phone = false;
  for (let k = 0; k + 1 < pieces; k++) {
    const q = ends[k];
    if (starts[k + 1] === q) {
      closeToken(text, q, out); // a unit cut off a number
      continue;
    }
    const action = connectorAction(text, k, t);
    if (action === SPLIT) {
      closeToken(text, q, out);
      closeToken(text, q + 1, out);
    } else if (action === CLITIC) closeToken(text, q, out);
    else if (action === NOT) closeToken(text, q - 1, out);
    else if (action === DOT_AFTER) closeToken(text, q + 1, out);
  }
  if (ownsDotAfter(text, t.start, end, t.acronym)) {
    pushWord(text, t.start, end + 1, out);
    return end + 1;
  }
  pushWord(text, t.start, end, out);
  return end;
}

// ---- punctuation

/** Runs of one of these are one token: "--", "***", "''", "<<". */
const REPEATED = new Set("-*=_~#'`’—–+<>".split('').map((c) => c.charCodeAt(0)));
/** Any mix of these is one token: "...", "!!!", "?!", ".?", "…." */
const STOPS = new Set('.!?…'.split('').map((c) => c.charCodeAt(0)));
/** "'90s", "'08" */
const DECADE = /^\d\ds?$/;

/** "'em", "'90s", and "'s" right after a word it belongs to ("the U.S.'s"). */
function apostropheStartsWord(text: string, i: number): boolean {
  let p = i + 1;
  while (p < text.length && p - i <= MAX_LOOKUP && isWordClass(classAt(text, p))) p += width(codeAt(text, p));
  if (p === i + 1 || p - i > MAX_LOOKUP) return false;
  if (JOINERS.has(text.charCodeAt(p)) && isWordClass(classAt(text, p + 1))) return false;
  const w = text.slice(i + 1, p).toLowerCase();
  if (apostropheWords.has(w) || DECADE.test(w)) return true;
  return i > 0 && classAt(text, i - 1) !== SPACE && clitics.has(w);
}

function symbolTokenAt(text: string, i: number): number {
  for (const e of symbolTokens) {
    if (text.startsWith(e, i) && !isWordClass(classAt(text, i + e.length))) return e.length;
  }
  return 0;
}

/** End of an emoji with its modifiers, variation selectors, tags, ZWJ sequences or flag pair. */
function emojiEnd(text: string, i: number): number {
  const first = codeAt(text, i);
  let p = i + width(first);
  const isFlag = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
  if (isFlag(first)) return isFlag(codeAt(text, p)) ? p + 2 : p;
  while (p < text.length) {
    const cp = codeAt(text, p);
    const skinOrTag = (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
    if (!skinOrTag && classOf(cp) !== MARK) break;
    p += width(cp);
    if (cp === 0x200d && classAt(text, p) === EMOJI) p += width(codeAt(text, p));
  }
  return p;
}

function punctuation(text: string, i: number, out: RawToken[]): number {
  const c = text.charCodeAt(i);
  if (APOSTROPHES.has(c) && apostropheStartsWord(text, i)) return word(text, i, 1, out);
  // ".5", "+44": a sign or a leading decimal point before a number that no word precedes
  if ((c === DOT || c === PLUS) && isDigit(text.charCodeAt(i + 1)) && (i === 0 || classAt(text, i - 1) === SPACE)) {
    return word(text, i, 1, out);
  }
  if ((c === HASH && classAt(text, i + 1) === LETTER) || (c === AT && isWordClass(classAt(text, i + 1)))) {
    // #hashtag, @handle
    let e = i + 1;
    while (e < text.length && (isWordClass(classAt(text, e)) || text.charCodeAt(e) === UNDERSCORE)) {
      e += width(codeAt(text, e));
    }
    push(text, i, e, out);
    return e;
  }
  let e = i + symbolTokenAt(text, i);
  if (e === i) {
    const cp = codeAt(text, i);
    e = i + width(cp);
    if (REPEATED.has(c)) while (text.charCodeAt(e) === c) e++;
    else if (STOPS.has(c)) while (STOPS.has(text.charCodeAt(e))) e++;
    else if (classOf(cp) === EMOJI) e = emojiEnd(text, i);
  }
  // A combining mark after punctuation has nothing else to attach to.
  while (e < text.length && classAt(text, e) === MARK) e += width(codeAt(text, e));
  push(text, i, e, out);
  return e;
}

export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = codeAt(text, i);
    const k = classOf(cp);
    if (k === SPACE) i += width(cp);
    else if (isWordClass(k)) i = word(text, i, 0, out);
    else i = punctuation(text, i, out);
  }
  return out;
}
