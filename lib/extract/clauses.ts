// Where a demanded content ends, and how a coordinated demand splits into its parts.
import { cues } from './lexicon';
import type { Span } from './sentences';

export const baseVerbs = new Set(cues.baseVerbs);

const STOP_WORDS = cues.clauseStops.join('|');
// a clause that is not part of the demand: "…, warning that", "… before they would agree"
const CLAUSE_STOP = new RegExp(
  [
    `^(?:,\\s*)?(?:${STOP_WORDS})\\b`,
    // "… as talks resume": "as" opening a clause, not "such as" or "as well as"
    // (nor "as union members", "as partners": "as" naming a role)
    '^as\\s+(?!well\\b|much\\b|many\\b|long\\b|soon\\b|far\\b|part\\b|a\\s+result\\b|(?:\\p{Ll}+\\s+)?(?:members?|partners?|observers?|equals|employees)\\b)',
    `^,\\s*(?:with|including|not|which|who|whose|${cues.commaStops.join('|')})\\b`,
    // "…, and will ask", "… and warned that": a new verb phrase, not another demand; a past form
    // that goes on as a noun phrase is an adjective ("… and unhindered access to Gaza")
    '^,?\\s*and\\s+(?:also\\s+)?(?:will|would|has|have|had|is|are|was|were|could|should|may|might|must)\\b',
    '^,?\\s*and\\s+(?:also\\s+)?\\p{Ll}+ed\\s+(?:(?:that|the|an?|to|on|for|of|at|about|from|over|up|out|it|him|her|them|his|their|its|by|in|with|against)\\b|\\p{Lu})',
    // "…, and Amnesty International called on …": another subject with its own verb
    "^,?\\s*and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+)?\\p{Ll}+(?:ed|s)\\b",
    // "… and threatened further strikes": the subject goes on to do something else
    '^,?\\s*and\\s+(?:also\\s+)?(?:threatened|warned|vowed|pledged|promised|accused|rejected|refused|announced|agreed|insisted|argued|said|added)\\b',
    // "…, a demand that officials described as …": an apposition about the demand itself
    '^,\\s*an?\\s+\\p{L}+\\s+(?:that|which)\\b',
    '^,\\s*an?\\s+(?:proposal|move|demand|plan|idea|step|offer|request|call|suggestion)\\b',
    '^,\\s*(?:comments|remarks|statements|claims|words)\\b',
    '^,?\\s*(?:and|but)\\s+(?:said|says|added|warned|told|insisted|argued)\\b',
    '^,\\s*(?:(?:and|or|but)\\s+)?(?:he|she|they|it|we|i)\\s+(?:has|have|had|is|are|was|were|will|would|\\p{L}+ed|said|says|added)\\b',
  ].join('|'),
  'u',
);
// "…, Trump said", "…,” she added", "…, a senior aide to Vladimir Putin has said." (not "…, and
// scrap a reform that it says …", another demand)
const ATTRIBUTION =
  /^[,”"’]+(?!\s*(?:and|or|but)\b)\s*[^,;“”"]{0,70}?\b(?:has\s+|had\s+)?(?:said|says|added|told|wrote|tweeted)\b(?:[^,;]{0,40})[.”"]*$/u;

// "such as", "what he described as": "as" that belongs to the words before it
const AS_BELONGS =
  /\b(?:such|just|so|same|soon|long|far|much|many|well|described|known|seen|regarded|considered|billed|dubbed|branded|characteri[sz]ed|defined|treated)$/i;
const GERUND_AFTER = /^,\s*\p{Ll}+ing\b/u;
const RELATIVE_AFTER = /^,\s*(?:in|of|under|by|through|during|after|for)\s+which\b/;
const MORE_AFTER = /,\s*and\s+to\s+\p{Ll}/u;

const OPEN_QUOTES = '“"‘';
const CLOSE_QUOTES = '”"’';

/** The end of the content that starts at `from`: the clause, not the rest of the sentence. */
export function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  let depth = 0;
  let paren = 0;
  // content that starts inside a quotation ends where the quotation does: '… justice," said X'
  const quoted = straightQuoteOpen(text, from);
  for (let i = from; i < sentenceEnd; i++) {
    const ch = text[i];
    if (ch === '“') depth++;
    else if (ch === '”') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === '"') {
      if (depth === 0 && quoted) return i;
      depth = depth ? depth - 1 : 1;
    } else if (ch === '(') paren++;
    else if (ch === ')') paren = Math.max(0, paren - 1);
    if (depth || paren) continue;
    if (ch === ';' || (ch === ':' && i > from + 2) || text.startsWith(' — ', i) || text.startsWith(' – ', i)) return i;
    if ((ch === ' ' || ch === ',') && i > from) {
      const rest = text.slice(i + 1, i + 60);
      const suchAs = ch === ' ' && rest.startsWith('as ') && AS_BELONGS.test(text.slice(from, i));
      if (!suchAs && (ch === ',' ? CLAUSE_STOP.test(text.slice(i, i + 60)) : CLAUSE_STOP.test(rest))) return i;
      // "…, in which 26 tourists were killed": a relative clause about the last thing named ends the
      // demand, unless a second demand follows it (", and to dismantle …")
      if (ch === ',' && RELATIVE_AFTER.test(text.slice(i, i + 30)) && !MORE_AFTER.test(text.slice(i + 1, sentenceEnd)))
        return i;
      // "…, setting up a clash with …": a participle adds what follows, unless the demand is a list of them
      if (
        ch === ',' &&
        GERUND_AFTER.test(text.slice(i, i + 30)) &&
        !GERUND_AFTER.test(`, ${text.slice(from, from + 30)}`)
      )
        return i;
      if (ch === ',' && ATTRIBUTION.test(text.slice(i, sentenceEnd))) return i;
    }
  }
  return sentenceEnd;
}

const QUOTES = `${OPEN_QUOTES}${CLOSE_QUOTES}`;

/** Straight and curly double quotes in `text`, as "open" and "close" counts. */
function quoteBalance(text: string): number {
  let open = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '“') open++;
    else if (ch === '”') open--;
    else if (ch === '"') straight++;
  }
  return open !== 0 ? open : straight % 2;
}

/** Whether a straight double quote opened earlier on the line is still open at `pos`. */
function straightQuoteOpen(text: string, pos: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos);
  return (line.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * Trims spaces, closing punctuation and unbalanced quotes from both ends: a quote that pairs
 * with one inside the span stays ('include binding "mirror clauses"'), one that wraps the whole
 * span goes.
 */
export function trimSpan(text: string, start: number, end: number): Span {
  const junk = /[\s.,;:!?]/;
  const unpaired = (from: number, to: number, at: number) =>
    QUOTES.includes(text[at]) && (text[at] === '‘' || text[at] === '’' || quoteBalance(text.slice(from, to)) !== 0);
  for (;;) {
    const before = { start, end };
    while (start < end && junk.test(text[start])) start++;
    while (end > start && junk.test(text[end - 1])) end--;
    if (end - start >= 2 && QUOTES.includes(text[start]) && QUOTES.includes(text[end - 1])) {
      const inner = text.slice(start + 1, end - 1);
      if (!/[“”"]/.test(inner)) {
        start++;
        end--;
      }
    }
    if (start < end && unpaired(start, end, start)) start++;
    if (end > start && unpaired(start, end, end - 1)) end--;
    // an ellipsis written ". . ." at the end
    if (text.slice(end - 2, end) === ' .') end -= 2;
    if (start === before.start && end === before.end) break;
  }
  return { start, end };
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const firstWord = (s: string) => (/^[“"‘(]*([\p{L}-]+)/u.exec(s)?.[1] ?? '').toLowerCase();

/**
 * Splits "recognise A, withdraw B and pledge C" into three, and "caps on X, protections for Y
 * and fresh elections" into three, but keeps "regions and the Crimean peninsula" and
 * "an immediate, unconditional ceasefire" whole. A verb-phrase list splits only before a verb;
 * a noun-phrase list only where every part is a phrase of its own (three words or more).
 */
export function splitCoordinated(text: string, span: Span): Span[] {
  const body = text.slice(span.start, span.end);
  // "not make access to Facebook and Instagram conditional …" is one verb phrase, negated
  const verbMode =
    baseVerbs.has(firstWord(body)) ||
    (firstWord(body) === 'not' && baseVerbs.has(firstWord(body.replace(/^\s*not\s+/i, ''))));
  const points: { at: number; next: number }[] = [];
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '“' || ch === '(') depth++;
    else if (ch === '”' || ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '"') depth = depth ? 0 : 1;
    if (depth && !verbMode) continue;
    const m = /^(?:,\s+and\s+(?:to\s+)?|,\s+or\s+|\s+and\s+(?:to\s+)?|,\s+)/.exec(body.slice(i));
    if (m && (ch === ',' || ch === ' ')) {
      points.push({ at: i, next: i + m[0].length });
      i += m[0].length - 1;
    }
  }
  let chosen = points.filter((p) => {
    if (!verbMode) return true;
    const w = firstWord(body.slice(p.next));
    // "free of charge" is not the verb "free"
    return baseVerbs.has(w) && !/^\S+\s+of\b/.test(body.slice(p.next));
  });
  // "a fund to cover loss and damage", "plans to sort out their mess, grow the economy and …":
  // a list after an infinitive belongs to that infinitive's verb, not to the demand
  const infinitive = (part: string) =>
    [...part.matchAll(/\bto\s+(\p{Ll}+)\s/gu)].some((m) => baseVerbs.has(m[1] ?? ''));
  chosen = chosen.filter((p) => !infinitive(body.slice(0, p.at)));
  if (!verbMode) {
    // drop split points next to a part too small to be a demand of its own, until stable
    for (let changed = true; changed; ) {
      changed = false;
      const parts = cut(body, chosen);
      for (let k = 0; k < chosen.length; k++) {
        if (words(parts[k]).length < 3 || words(parts[k + 1]).length < 3) {
          chosen = chosen.filter((_, j) => j !== k);
          changed = true;
          break;
        }
      }
    }
  }
  const spans: Span[] = [];
  let from = 0;
  for (const p of [...chosen, { at: body.length, next: body.length }]) {
    const s = trimSpan(text, span.start + from, span.start + p.at);
    if (s.end > s.start) spans.push(s);
    from = p.next;
  }
  return spans;
}

function cut(body: string, points: { at: number; next: number }[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const p of points) {
    parts.push(body.slice(from, p.at));
    from = p.next;
  }
  parts.push(body.slice(from));
  return parts;
}
