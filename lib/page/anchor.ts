// Text-quote anchoring, as Hypothesis and the W3C Web Annotation model do it: a passage is kept
// as its exact words with a little text before and after, and found again in the page's text
// later, even when whitespace or quotation marks changed or the words occur more than once.
// Pure: no DOM. The address form (`#wwa-quote=…`) carries a quote to a page opened elsewhere.

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context kept on each side. */
const CONTEXT = 32;

/** A demand's quote from its sentence: the demanded words when the sentence holds them, else the sentence. */
export function quoteFrom(sentence: string, text: string): TextQuote {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return { exact: sentence, prefix: '', suffix: '' };
  return {
    exact: text,
    prefix: sentence.slice(Math.max(0, at - CONTEXT), at),
    suffix: sentence.slice(at + text.length, at + text.length + CONTEXT),
  };
}

/** Straight quotes, one space for any run of whitespace; `index[i]` is where char i came from. */
function fold(text: string): { text: string; index: number[] } {
  let out = '';
  const index: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let c = text[i];
    if (/\s/.test(c)) {
      if (space) continue;
      space = true;
      c = ' ';
    } else {
      space = false;
      if (c === '\u2018' || c === '\u2019') c = "'";
      else if (c === '\u201c' || c === '\u201d') c = '"';
    }
    out += c;
    index.push(i);
  }
  return { text: out, index };
}

/** How many characters two strings share at their ends (`fromEnd`) or starts. */
function common(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/**
 * Where the quote is in `text`, as offsets into it; null when its words are not there. Of several
 * places, the one whose surroundings match the prefix and suffix best.
 */
export function findQuote(text: string, quote: TextQuote): { start: number; end: number } | null {
  const hay = fold(text);
  const exact = fold(quote.exact).text.trim();
  if (!exact) return null;
  const prefix = fold(quote.prefix).text;
  const suffix = fold(quote.suffix).text;
  let best: { at: number; score: number } | null = null;
  for (let at = hay.text.indexOf(exact); at >= 0; at = hay.text.indexOf(exact, at + 1)) {
    const before = hay.text.slice(Math.max(0, at - prefix.length), at);
    const after = hay.text.slice(at + exact.length, at + exact.length + suffix.length);
    const score = common(before, prefix, true) + common(after, suffix, false);
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  return { start: hay.index[best.at], end: hay.index[best.at + exact.length - 1] + 1 };
}

const KEY = 'wwa-quote';

/** The address that opens `url` at the quote; any fragment it had is replaced. */
export function quoteUrl(url: string, quote: TextQuote): string {
  const parsed = new URL(url);
  const params = new URLSearchParams({ [KEY]: quote.exact, prefix: quote.prefix, suffix: quote.suffix });
  parsed.hash = params.toString();
  return parsed.href;
}

/** The address without a quote fragment of ours: what the page is, not where it was opened. */
export function withoutQuote(url: string): string {
  const parsed = new URL(url);
  if (parsed.hash.startsWith(`#${KEY}=`)) parsed.hash = '';
  return parsed.href;
}

/** The quote an address carries in its fragment, or null. */
export function quoteOfUrl(url: string): TextQuote | null {
  const hash = new URL(url).hash.slice(1);
  if (!hash.startsWith(`${KEY}=`)) return null;
  const params = new URLSearchParams(hash);
  const exact = params.get(KEY);
  return exact ? { exact, prefix: params.get('prefix') ?? '', suffix: params.get('suffix') ?? '' } : null;
}
