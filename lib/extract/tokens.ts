// Words with their offsets. Dotted acronyms ("U.S.") and initials stay one token; a trailing
// possessive ("Russia’s") is split off so that names match their bare form.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** The token was followed by a possessive ’s / 's (not part of `text`). */
  possessive: boolean;
}

// "S&P", "AT&T", "P&O": capitals joined by an ampersand are one name
const WORD = /(?:\p{Lu}\.){2,}|\p{Lu}+&\p{Lu}+|[\p{L}\p{M}\p{N}]+(?:[-’'][\p{L}\p{M}\p{N}]+)*\+?/gu;
const POSSESSIVE = /[’'][sS]$/;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    let possessive = false;
    if (POSSESSIVE.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/[’']$/.test(text.slice(m.index + word.length, m.index + word.length + 1)) && /s$/.test(word)) {
      // plural possessive ("Tories’") keeps the word, marks the possession
      possessive = true;
    }
    out.push({ text: word, start: m.index, end: m.index + word.length, possessive });
  }
  return out;
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string): boolean => /^[\p{Lu}\d.+-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
