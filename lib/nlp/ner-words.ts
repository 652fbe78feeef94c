// The recogniser's words. CoNLL-2003, which it learns from, keeps hyphenated words whole
// ("Nagorno-Karabakh", "New York-based", "1996-08-22"), where UD and so our tokenizer split them;
// the recogniser reads such words joined again, and its spans map back onto the UD tokens.

export interface NerWords {
  forms: string[];
  /** Index (within the sentence) of each word's first and last token. */
  first: number[];
  last: number[];
}

const HYPHEN = /^[-\u2010\u2011]$/;
const WORDLIKE = /[\p{L}\p{N}]$/u;
const STARTS_WORDLIKE = /^[\p{L}\p{N}]/u;

/** Tokens as { text, start, end }; joins "a" "-" "b" that touch into "a-b". */
export function nerWords(tokens: { text: string; start: number; end: number }[]): NerWords {
  const forms: string[] = [];
  const first: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    let form = tokens[i].text;
    while (
      j + 2 < tokens.length &&
      HYPHEN.test(tokens[j + 1].text) &&
      tokens[j + 1].start === tokens[j].end &&
      tokens[j + 2].start === tokens[j + 1].end &&
      WORDLIKE.test(tokens[j].text) &&
      STARTS_WORDLIKE.test(tokens[j + 2].text)
    ) {
      form += tokens[j + 1].text + tokens[j + 2].text;
      j += 2;
    }
    forms.push(form);
    first.push(i);
    last.push(j);
    i = j;
  }
  return { forms, first, last };
}
