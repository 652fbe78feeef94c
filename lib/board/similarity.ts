// Whether two demands are the same one in other words ("raise drivers' pay by 9%" and "raise
// drivers' pay by 9 per cent"): their meaningful words, compared as sets. Numbers must agree
// when both state them, since a 9% and a 12% pay rise are two demands, not one.
import data from './data/terms.json';

const STOP = new Set(data.stop);
const SAME: Readonly<Record<string, string>> = data.same;
const PHRASES = Object.keys(SAME).filter((k) => k.includes(' '));

export interface Terms {
  words: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
}

/** Plural and possessive "s" off, so "drivers'" and "driver" meet; short words kept whole. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function termsOf(text: string): Terms {
  let t = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/%/g, ` ${SAME['%']} `);
  for (const phrase of PHRASES) t = t.replaceAll(phrase, ` ${SAME[phrase]} `);
  const words = new Set<string>();
  const numbers = new Set<string>();
  for (const raw of t.split(/[^\p{L}\p{N}.]+/u)) {
    const w = raw.replace(/^\.+|\.+$/g, '');
    if (!w || STOP.has(w)) continue;
    const word = SAME[w] ?? stem(w);
    words.add(word);
    if (/^\d/.test(word)) numbers.add(word.replace(/,/g, ''));
  }
  return { words, numbers };
}

/** Jaccard over half, or one side's words nearly all in the other's (at least two shared). */
export function sameDemand(a: Terms, b: Terms): boolean {
  if (a.numbers.size && b.numbers.size) {
    if (a.numbers.size !== b.numbers.size || [...a.numbers].some((n) => !b.numbers.has(n))) return false;
  }
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  const smaller = Math.min(a.words.size, b.words.size);
  if (smaller === 0) return false;
  const union = a.words.size + b.words.size - shared;
  return shared / union >= 0.5 || (shared >= 2 && shared / smaller >= 0.8);
}
