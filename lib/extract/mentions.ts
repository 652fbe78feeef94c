// Finds the stretches of text that name an actor: gazetteer names (countries, seats, bodies),
// and runs of capitalised words classified as organizations or people. Joining them into
// actors (coreference) is actors.ts's job; this file only finds and labels.
import {
  companySuffixes,
  demonyms,
  demonymWords,
  type GazetteerEntry,
  gazetteer,
  nonActorSuffixes,
  nonNameWords,
  notAcronyms,
  orgHeads,
  orgSuffixes,
  particles,
  titles,
} from './lexicon';
import { matchGazetteer, matchTitle, PORTFOLIO_HEADS } from './name-parts';
import type { Sentence } from './sentences';
import { isAllCaps, isCapitalised, type Token, tokenize } from './tokens';
import type { ActorKind } from './types';
import { readWholeRun } from './whole-runs';

export type CandidateType = 'gazetteer' | 'org' | 'person' | 'single' | 'acronym';

export interface Candidate {
  type: CandidateType;
  start: number;
  end: number;
  text: string;
  tokens: string[];
  /** Known entity for gazetteer hits. */
  entry?: GazetteerEntry;
  kind?: ActorKind;
  /** A title or honorific stood right before ("Mr Putin", "President Macron"). */
  titled: boolean;
  /** Only a preposition of place stood before ("in Moscow"). */
  venue: boolean;
  /** First word of its sentence: capitalised whatever it is. */
  sentenceInitial: boolean;
  /** On a headline-case line, where capitals say nothing. */
  headline: boolean;
  possessive: boolean;
  sentence: number;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'on', 'and']);
const VENUE_BEFORE =
  /\b(?:in|at|across|from|to|throughout|near|into|outside|inside|around|of|via|over|toward|towards|visit(?:ed|ing)?)\s+(?:the\s+)?$/i;
// "the prime minister of Barbados", "the people of Ukraine": "of" after a role is belonging, not place
const ROLE_OF =
  /\b(?:ministers?|presidents?|leaders?|governments?|king|queen|prince|ambassadors?|embassy|parliaments?|people|citizens|chancellor|premier|emir|sultan|bank|army|navy|military|foreign ministry|ministry)\s+of\s+(?:the\s+)?$/i;

function isVenue(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  return VENUE_BEFORE.test(before.slice(-24)) && !ROLE_OF.test(before);
}

const ROLE_BEFORE =
  /\b(?:spokes(?:man|woman|person)|minister|secretary|president|ambassador|envoy|negotiator|chairman|chairwoman|director|governor|premier)\s+$/;

// "The companies, including Activision Blizzard", "firms such as Electronic Arts"
const COMPANIES_BEFORE =
  /\b(?:companies|firms|groups|banks|carmakers|retailers|airlines|studios|brands|publishers|insurers|lenders)[,]?\s+(?:including|such\s+as|like)\s+$/;

const COLLECTIVES = new Set(['People', 'Women', 'Children', 'Workers', 'Men', 'Citizens', 'Farmers', 'Peoples']);

const NAME_PREFIX = /^(?:al|el|bin|ibn|abu|ben|de|van|von|da|di|du|le|la)-\p{Lu}/u;

const isNameToken = (t: Token) => isCapitalised(t.text) || NAME_PREFIX.test(t.text) || /^\d+\p{Lu}/u.test(t.text);

/** Whether tokens a and b are adjacent words of one name: one space apart, nothing between. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  // "European Automobile Manufacturers’ Association", "Tigray People's Liberation Front": a
  // possessive inside a body's name
  if (a.possessive)
    return (
      (/^[’'] $/.test(gap) && orgSuffixes.has(b.text)) ||
      (/^[’']s $/.test(gap) && COLLECTIVES.has(a.text) && isCapitalised(b.text))
    );
  if (gap === ' ') return true;
  // "Legal & General", "Marks & Spencer": classifyName reads the ampersand as a company's name
  if (gap === ' & ') return true;
  // "George W. Bush", "Mr. Streeting", "Gen. Petraeus"
  return gap === '. ' && (/^\p{Lu}$/u.test(a.text) || titles.has(a.text));
}

/** Whether the run so far is a body's name that has reached its "of"/"for" ("Union of Rail"). */
function ownsList(run: Token[]): boolean {
  const k = run.findIndex((t) => t.text === 'of' || t.text === 'for');
  return k > 0 && (orgHeads.has(run[k - 1].text) || orgSuffixes.has(run[k - 1].text)) && k < run.length - 1;
}

/**
 * Where a list continuing a body's name ends: ", Maritime and Transport Workers" from token j,
 * only if every item is capitalised, none is a known name of its own, and "and" closes it.
 */
function listEnd(text: string, tokens: Token[], j: number): number {
  let k = j;
  for (;;) {
    const itemStart = k;
    while (k < tokens.length && isNameToken(tokens[k]) && (k === itemStart || adjacent(text, tokens[k - 1], tokens[k])))
      k++;
    if (k === itemStart || gazetteer.has(tokens[itemStart].text)) return j;
    const gap = k < tokens.length ? text.slice(tokens[k - 1].end, tokens[k].start) : '';
    if (gap === ', ') continue;
    if (gap === ' ' && tokens[k].text === 'and') {
      const last = k + 1;
      let end = last;
      while (end < tokens.length && isNameToken(tokens[end]) && adjacent(text, tokens[end - 1], tokens[end])) end++;
      return end > last && !gazetteer.has(tokens[last].text) ? end : j;
    }
    return j;
  }
}

/** Runs of name-like tokens, allowing "of"/"for"/"the" inside organization names. */
function runs(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i])) {
      i++;
      continue;
    }
    const run = [tokens[i]];
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      // "National Union of Rail, Maritime and Transport Workers", "Department for Environment,
      // Food and Rural Affairs": a list after a body's "of" or "for" belongs to its name
      if (text.slice(tokens[j - 1].end, t.start) === ', ' && ownsList(run)) {
        const end = listEnd(text, tokens, j);
        if (end === j) break;
        run.push(...tokens.slice(j, end));
        j = end;
        continue;
      }
      if (!adjacent(text, tokens[j - 1], t)) break;
      if (isNameToken(t)) {
        run.push(t);
        j++;
        continue;
      }
      // particles inside people's names ("Osama bin Laden", "Ursula von der Leyen")
      if (particles.has(t.text) && j + 1 < tokens.length && adjacent(text, t, tokens[j + 1])) {
        const next = tokens[j + 1];
        if (isNameToken(next) || (particles.has(next.text) && j + 2 < tokens.length)) {
          run.push(t);
          j++;
          continue;
        }
      }
      // "Competition and Markets Authority": "and" inside a name that ends as a body's name, or
      // after a body's "of"/"for" ("Department for Energy Security and Net Zero")
      if (t.text === 'and' && isNameToken(run[run.length - 1])) {
        let k = j + 1;
        while (k < tokens.length && isNameToken(tokens[k]) && adjacent(text, tokens[k - 1], tokens[k])) k++;
        // (an institution's word: "Spotify and Epic Games" are two companies)
        const lastWord = tokens[k - 1]?.text ?? '';
        const endsAsBody =
          (orgSuffixes.has(lastWord) && !companySuffixes.has(lastWord)) ||
          (ownsList(run) && !gazetteer.has(tokens[j + 1]?.text ?? ''));
        if (k > j + 1 && endsAsBody && adjacent(text, t, tokens[j + 1])) {
          run.push(...tokens.slice(j, k));
          j = k;
          continue;
        }
      }
      // "Ministry of Defence", "Bank of England", "Department for Education"
      const prev = run[run.length - 1].text;
      if (CONNECTORS.has(t.text) && (orgHeads.has(prev) || orgSuffixes.has(prev) || prev === 'of')) {
        const next = tokens[j + 1];
        if (next && adjacent(text, t, next) && (isNameToken(next) || next.text === 'the')) {
          run.push(t);
          j++;
          continue;
        }
      }
      break;
    }
    while (run.length && !isNameToken(run[run.length - 1])) run.pop();
    out.push(run);
    i = j;
  }
  return out;
}

/** A Headline In Title Case: no closing full stop, and most longer words capitalised. */
function isHeadline(text: string, from: number, to: number): boolean {
  if (/[.!?]["”’]?$/.test(text.slice(from, to))) return false;
  const words = tokenize(text, from, to).filter((t) => /\p{L}{4,}/u.test(t.text));
  return words.length >= 3 && words.filter((t) => isCapitalised(t.text)).length / words.length > 0.6;
}

export function findCandidates(text: string, sentences: Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((s, si) => {
    const tokens = tokenize(text, s.start, s.end);
    const headline = isHeadline(text, s.start, s.end);
    for (const run of runs(text, tokens)) classifyRun(text, run, tokens[0], si, headline, out);
  });
  return out;
}

function classifyRun(
  text: string,
  fullRun: Token[],
  firstOfSentence: Token | undefined,
  si: number,
  headline: boolean,
  out: Candidate[],
) {
  // a leading article is not part of any name ("The Royal College of Nursing")
  let run = fullRun;
  while (run.length > 1 && /^(?:The|A|An)$/.test(run[0].text)) run = run.slice(1);
  const last = run[run.length - 1].text;
  const whole = matchGazetteer(run, 0);
  const make = (type: CandidateType, from: number, to: number, extra: Partial<Candidate> = {}): Candidate => {
    const a = run[from];
    const b = run[to - 1];
    return {
      type,
      start: a.start,
      end: b.end,
      text: text.slice(a.start, b.end),
      tokens: run.slice(from, to).map((t) => t.text),
      titled: false,
      venue: isVenue(text, a.start),
      sentenceInitial: a === firstOfSentence,
      headline,
      possessive: b.possessive,
      sentence: si,
      ...extra,
    };
  };

  const claimed = readWholeRun({ text, run, whole, firstOfSentence, make });
  if (claimed) {
    out.push(...claimed);
    return;
  }
  // "EU Digital Markets Act", "Black Sea", "Champions League final": names of things, not actors
  if (nonActorSuffixes.has(last) && !orgSuffixes.has(last) && !(whole && whole.length === run.length)) return;

  let i = 0;
  let titled = false;
  while (i < run.length) {
    const g = matchGazetteer(run, i);
    // "Labour Minister Jeannette Jara": a portfolio, not the Labour Party
    // ("Nato Secretary General Mark Rutte" is Nato, then a title)
    const portfolio =
      g &&
      g.entry.kind !== 'country' &&
      g.length === 1 &&
      PORTFOLIO_HEADS.has(run[i + 1]?.text ?? '') &&
      matchTitle(run, i + 1) < 2;
    if (g && !portfolio) {
      const place = g.entry.placeAfterThe && /\bthe\s+$/.test(text.slice(Math.max(0, run[i].start - 5), run[i].start));
      if (!g.entry.outlet && !place)
        out.push(make('gazetteer', i, i + g.length, { entry: g.entry, kind: g.entry.kind }));
      i += g.length;
      titled = false;
      continue;
    }
    const t = matchTitle(run, i);
    if (t) {
      i += t;
      titled = true;
      continue;
    }
    // the rest up to the next gazetteer name or title is one name
    let j = i + 1;
    while (j < run.length && !matchGazetteer(run, j) && !matchTitle(run, j)) j++;
    const preceding = text.slice(Math.max(0, run[i].start - 40), run[i].start);
    const before = { role: i === 0 && ROLE_BEFORE.test(preceding), companies: COMPANIES_BEFORE.test(preceding) };
    classifyName(run, i, j, titled, before, make, out);
    titled = false;
    i = j;
  }
}

function classifyName(
  run: Token[],
  from: number,
  to: number,
  titled: boolean,
  /** What stood right before the run: a role ("spokesman He Yadong"), a list of companies ("firms including"). */
  before: { role: boolean; companies: boolean },
  make: (type: CandidateType, from: number, to: number, extra?: Partial<Candidate>) => Candidate,
  out: Candidate[],
) {
  const words = run.slice(from, to).map((t) => t.text);
  const lastWord = words[words.length - 1];
  if (orgSuffixes.has(lastWord) || words.some((w, k) => orgHeads.has(w) && words[k + 1] === 'of')) {
    // drop leading function words ("The Health Ministry" → "Health Ministry")
    let k = from;
    while (k < to - 1 && /^(?:The|A|An)$/.test(run[k].text)) k++;
    // a bare head word ("the Commission") may stand for an organization named in full elsewhere
    if (to - k >= 2) out.push(make('org', k, to, { kind: 'organization' }));
    // "Justice Department" with its country read apart: a body's head word is never a person
    else out.push(make('single', k, to, { titled: false }));
    return;
  }
  // "Network Rail", "Energy Transfer": a body's word opening a longer name makes it a body's name
  if (to - from >= 2 && orgSuffixes.has(words[0]) && !orgHeads.has(words[0]) && !nonNameWords.has(words[1])) {
    out.push(make('org', from, to, { kind: 'organization' }));
    return;
  }
  // "spokesman He Yadong": after a role, a capitalised word that is usually no name is one
  if (
    before.role &&
    to - from >= 2 &&
    to - from <= 3 &&
    run.slice(from + 1, to).every((t) => !nonNameWords.has(t.text))
  ) {
    out.push(make('person', from, to, { kind: 'person', titled: true }));
    return;
  }
  // leading capitalised function words: "While", "The", "Announcing"
  let k = from;
  while (k < to && nonNameWords.has(run[k].text)) k++;
  if (k === to) return;
  const name = run.slice(k, to);
  if (name.some((t) => nonNameWords.has(t.text) || /^\d/.test(t.text))) return;
  if (name.length === 1) {
    const w = name[0].text;
    if (isAllCaps(w)) {
      if (!notAcronyms.has(w) && w.length >= 2 && w.length <= 6)
        out.push(make('acronym', k, to, { kind: 'organization' }));
      return;
    }
    if (!demonymWords.has(w)) out.push(make('single', k, to, { titled: titled || before.role }));
    return;
  }
  // "Luiz Inácio Lula da Silva": particles do not count towards a name's length
  if (name.filter((t) => !particles.has(t.text)).length > 4) return;
  // "North Korean", "South African", "the Italian MEP": a people, or one of them, not a name
  if (demonyms.has(name.map((t) => t.text).join(' '))) return;
  if (name.length === 2 && demonymWords.has(name[0].text)) return;
  // "Agri SA", "Activision Blizzard": capitals or a list of companies make a company, not a person
  if (name.some((t) => t.text.length >= 2 && isAllCaps(t.text)) || before.companies) {
    out.push(make('org', k, to, { kind: 'organization' }));
    return;
  }
  out.push(make('person', k, to, { kind: 'person', titled }));
}
