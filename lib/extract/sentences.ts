// Sentence boundaries. News text is one paragraph per line; within a line a sentence ends at
// . ! ? (and a closing quote after it) followed by a capital or an opening quote, unless the
// dot closes an abbreviation, an initial or an ellipsis.

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph (line) the sentence is in. */
  paragraph: number;
  /** First sentence of its paragraph. */
  first: boolean;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr prof gen col lt capt maj sgt adm gov sen rep rev hon no nos vs etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n e.u a.m p.m e.g i.e al ft mt'.split(
    ' ',
  ),
);

const END = /[.!?]+[”"’')\]]*(?=\s+[“"‘'(\[]?[\p{Lu}\d])/gu;

function endsAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1].toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(word)) return true;
  // single initial ("George W. Bush") or dotted acronym ("U.S." handled above)
  if (/^\p{L}$/u.test(word)) return true;
  // ". . ." ellipsis: the next token is another dot
  return /\.\s\.$/.test(text.slice(Math.max(0, dot - 3), dot + 1));
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    let start = lineStart;
    let first = true;
    const push = (end: number) => {
      const s = trim(text, start, end);
      if (s.end > s.start) {
        out.push({ ...s, paragraph, first });
        first = false;
      }
    };
    END.lastIndex = 0;
    for (let m = END.exec(line); m; m = END.exec(line)) {
      const dot = lineStart + m.index;
      if (endsAbbreviation(text, dot) && !/[!?]/.test(m[0])) continue;
      // ". . ." inside a sentence: dots separated by spaces followed by more text
      if (m[0] === '.' && text[dot + 1] === ' ' && text[dot + 2] === '.') continue;
      push(dot + m[0].length);
      start = dot + m[0].length;
    }
    push(lineEnd);
    if (line.trim()) paragraph++;
    lineStart = lineEnd + 1;
  }
  return out;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
