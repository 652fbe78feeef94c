// Deterministic news-like text for benchmarks: sentences built from templates, names, places
// and cue verbs, seeded so every run measures the same input.

const PEOPLE = [
  'Vladimir Putin',
  'Keir Starmer',
  'Ursula von der Leyen',
  'Abbas Araghchi',
  'Nicola Ranger',
  'Wang Wentao',
  'Friedrich Merz',
  'Micheál Martin',
];
const PLACES = [
  'Russia',
  'Ukraine',
  'China',
  'the United States',
  'Germany',
  'Iran',
  'France',
  'Japan',
  'Brazil',
  'Kenya',
];
const BODIES = [
  'Nato',
  'the European Union',
  'the IMF',
  'the Royal College of Nursing',
  'the World Health Organization',
  'Hamas',
  'the TUC',
];
const THINGS = [
  'a ceasefire',
  'a 12 per cent pay rise',
  'fresh elections',
  'the release of all hostages',
  'lower tariffs on steel',
  'an independent inquiry',
  'more inspectors at every site',
];
const VERBS = [
  'withdraw its troops',
  'lift the sanctions',
  'return to talks',
  'publish the report',
  'halt enrichment',
  'drop the charges',
];
/** Sentences with a demand cue in them: the ones the reader parses. */
const CUE_TEMPLATES = [
  (a: string, b: string, t: string, v: string) => `${a} has demanded that ${b} ${v} and accept ${t}.`,
  (a: string, b: string, t: string) => `${a} is pushing for ${t}, officials in ${b} said on Tuesday.`,
  (a: string, b: string, _t: string, v: string) => `${a} urged ${b} to ${v} before the end of the month.`,
  (a: string, _b: string, t: string) => `“We need ${t} now,” ${a} said in a statement.`,
  (_a: string, b: string, t: string) => `${b} does not want ${t}, according to people familiar with the matter.`,
];
/** The rest of a news story: what happened, who met, what it costs, with no cue. */
const NARRATIVE = [
  (a: string, b: string) => `Talks between ${a} and ${b} resumed in Geneva after a pause of several weeks.`,
  (a: string, b: string) => `Analysts said the relationship between ${a} and ${b} had rarely been so strained.`,
  (a: string, b: string) => `${a} and ${b} signed a trade agreement worth about $4bn in 2019.`,
  (a: string) => `Officials from ${a} arrived in the capital late on Sunday, a spokesman said.`,
  (_a: string, b: string) => `Prices of wheat and fuel in ${b} have risen sharply since the summer.`,
  (a: string) => `The meeting with ${a} lasted almost three hours and ended without a statement.`,
  (_a: string, b: string) => `Thousands of people crossed the border into ${b} over the weekend, the agency said.`,
  (a: string, b: string) => `${a} has held several rounds of talks with ${b} this year.`,
];
/**
 * The share of sentences with a cue: in the 41 development articles a cue sentence holds 0.36
 * of the words; these templates' cue sentences are a little longer than the rest.
 */
const CUE_SHARE = 0.33;

/** A small, fast, seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * About `words` words of text, one paragraph per 4 sentences; `cueShare` of the sentences hold a
 * demand cue (1: every one, the reader's worst case for parsing).
 */
export function newsText(words: number, seed = 1, cueShare = CUE_SHARE): string {
  const rnd = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const lines: string[] = [];
  let count = 0;
  let paragraph: string[] = [];
  while (count < words) {
    const actors = [...PEOPLE, ...PLACES, ...BODIES];
    const templates = rnd() < cueShare ? CUE_TEMPLATES : NARRATIVE;
    const sentence = pick(templates)(pick(actors), pick(PLACES), pick(THINGS), pick(VERBS));
    const capitalised = sentence[0].toUpperCase() + sentence.slice(1);
    paragraph.push(capitalised);
    count += capitalised.split(/\s+/).length;
    if (paragraph.length === 4) {
      lines.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) lines.push(paragraph.join(' '));
  return lines.join('\n');
}

/** The text as an article page, with the signals the content script looks for. */
export function articlePage(text: string, title: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = text
    .split('\n')
    .map((p) => `<p>${escape(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><link rel="canonical" href="https://bench.example/${encodeURIComponent(title)}">
</head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>
${paragraphs}
</article></body></html>`;
}
