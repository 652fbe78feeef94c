// What every model sees of a word, computed once per word: its normalised form, shape, affixes
// and a few flags, each already hashed. News prints curly quotes and dashes where the treebanks
// mostly have straight ones, and numbers vary without end, so the forms are normalised first.

import { hashString } from './hash';

// a Map, not an object: a word such as "constructor" or "valueOf" must not find a prototype's member
const QUOTES = new Map<string, string>(
  Object.entries({
    '\u2018': "'",
    '\u2019': "'",
    '\u201b': "'",
    '\u2032': "'",
    '`': "'",
    '\u201c': '"',
    '\u201d': '"',
    '\u201e': '"',
    '\u201f': '"',
    '\u00ab': '"',
    '\u00bb': '"',
    '``': '"',
    "''": '"',
    '\u2013': '--',
    '\u2014': '--',
    '\u2015': '--',
    '\u2212': '-',
  }),
);

// letters with no decomposition into a base letter and a mark
const FOLDED = new Map<string, string>(
  Object.entries({ ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss' }),
);
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Lower case, straight quotes, dashes as "--", every digit as 0, and letters without their
 * accents: the corpora are nearly all plain ASCII, so "Erdoğan", "Orbán" or "Šefčovič" would
 * otherwise share no features with the names the models learned from.
 */
export function normalise(form: string): string {
  const whole = QUOTES.get(form);
  if (whole) return whole;
  let out = '';
  const lower = form.toLowerCase();
  const plain = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
  for (const ch of plain) {
    const folded = FOLDED.get(ch);
    if (folded) {
      out += folded;
      continue;
    }
    const q = QUOTES.get(ch);
    out += q ?? (ch >= '0' && ch <= '9' ? '0' : ch);
  }
  return out;
}

const STRAIGHTENED = /[\u2018\u2019\u201b\u2032`\u201c-\u201f\u00ab\u00bb\u2013-\u2015\u2212]/;

/** Straight quotes and dashes, case and digits kept: how gazetteers are matched. */
export function straighten(form: string): string {
  const whole = QUOTES.get(form);
  if (whole) return whole;
  // most words have nothing to straighten
  if (!STRAIGHTENED.test(form)) return form;
  let out = '';
  for (const ch of form) out += QUOTES.get(ch) ?? ch;
  return out;
}

/** Character classes with runs capped at four: "London" → "Xxxxx", "G7" → "Xd", "1,000" → "d,ddd". */
export function shape(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

export const isCapitalised = (form: string): boolean => /^\p{Lu}/u.test(form);
const isAllCaps = (form: string): boolean => /\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);

/** Hashed attributes of the words of one sentence, and sentinels beyond its edges. */
export interface Lexical {
  n: number;
  forms: string[];
  norms: string[];
  norm: Uint32Array;
  /** Hash of the form as printed (quotes straightened, case kept). */
  cased: Uint32Array;
  shape: Uint32Array;
  prefix1: Uint32Array;
  prefix3: Uint32Array;
  suffix1: Uint32Array;
  suffix2: Uint32Array;
  suffix3: Uint32Array;
  suffix4: Uint32Array;
  /** bit 0 capitalised, 1 all capitals, 2 has a digit, 3 has a hyphen inside, 4 first word. */
  flags: Uint8Array;
  /** Commas and semicolons before each word: how many lie between two words, in O(1). */
  commasBefore: Uint16Array;
}

export const FLAG_CAPITALISED = 1;
export const FLAG_ALL_CAPS = 2;
export const FLAG_DIGIT = 4;
export const FLAG_HYPHEN = 8;
export const FLAG_FIRST = 16;

/** Hash of the words before the first and after the last. */
export const BEFORE = [hashString('-START-'), hashString('-START2-'), hashString('-START3-')];
export const AFTER = [hashString('-END-'), hashString('-END2-'), hashString('-END3-')];

const cache = new Map<string, { norm: string; h: number[]; flags: number }>();
const CACHE_LIMIT = 50_000;

export function lexical(forms: string[]): Lexical {
  const n = forms.length;
  const lex: Lexical = {
    n,
    forms,
    norms: new Array(n),
    norm: new Uint32Array(n),
    cased: new Uint32Array(n),
    shape: new Uint32Array(n),
    prefix1: new Uint32Array(n),
    prefix3: new Uint32Array(n),
    suffix1: new Uint32Array(n),
    suffix2: new Uint32Array(n),
    suffix3: new Uint32Array(n),
    suffix4: new Uint32Array(n),
    flags: new Uint8Array(n),
    commasBefore: new Uint16Array(n + 1),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i];
    let entry = cache.get(form);
    if (!entry) {
      const norm = normalise(form);
      entry = {
        norm,
        h: [
          hashString(norm),
          hashString(shape(form)),
          hashString(norm.slice(0, 1)),
          hashString(norm.slice(0, 3)),
          hashString(norm.slice(-1)),
          hashString(norm.slice(-2)),
          hashString(norm.slice(-3)),
          hashString(norm.slice(-4)),
          hashString(straighten(form)),
        ],
        flags:
          (isCapitalised(form) ? FLAG_CAPITALISED : 0) |
          (isAllCaps(form) ? FLAG_ALL_CAPS : 0) |
          (/\p{N}/u.test(form) ? FLAG_DIGIT : 0) |
          (/.-./u.test(form) ? FLAG_HYPHEN : 0),
      };
      // news text repeats its words; a bounded cache keeps long-running workers small
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(form, entry);
    }
    const h = entry.h;
    lex.norms[i] = entry.norm;
    lex.norm[i] = h[0];
    lex.shape[i] = h[1];
    lex.prefix1[i] = h[2];
    lex.prefix3[i] = h[3];
    lex.suffix1[i] = h[4];
    lex.suffix2[i] = h[5];
    lex.suffix3[i] = h[6];
    lex.suffix4[i] = h[7];
    lex.cased[i] = h[8];
    lex.flags[i] = entry.flags | (i === 0 ? FLAG_FIRST : 0);
    lex.commasBefore[i + 1] = lex.commasBefore[i] + (form === ',' || form === ';' ? 1 : 0);
  }
  return lex;
}
