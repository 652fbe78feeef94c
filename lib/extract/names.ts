// The names on a page, from the language core's entity spans and our gazetteers: every PER and
// ORG span the recogniser finds is a name with its exact span (a leading title cut off), a LOC
// span is a name only when the gazetteer knows it as a country or seat, MISC never unless the
// gazetteer knows it; gazetteer names the recogniser missed are added where no span holds them.
import type { Doc, Entity, Token } from '../nlp';
import { DASHES } from '../nlp/sentences';
import {
  bodyNouns,
  type GazetteerEntry,
  gazetteer,
  nonActorSuffixes,
  nonNameWords,
  notAcronyms,
  officeWords,
  orgSuffixes,
  particles,
  placeOffices,
  titles,
  titleWords,
} from './lexicon';
import type { ActorKind } from './types';

export interface Name {
  /** Token range [first, last] inclusive, and the character span. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  kind: ActorKind;
  /** The gazetteer's entry when the name is one it knows. */
  entry?: GazetteerEntry;
}

/** Courtesy titles, which only ever stand before a person's name. */
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)$/;

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/** Marks tokens of a recognised event or work, where no gazetteer name is read. */
const BLOCKED = -2;

const leadingWord = (s: string) => /^[\p{L}\p{N}]+/u.exec(s)?.[0] ?? s;

/** Gazetteer names by their first word, longest first: looked up per token, so linear. */
const byLeadingWord = new Map<string, { name: string; entry: GazetteerEntry }[]>();
for (const list of gazetteer.values()) {
  for (const { tokens, entry } of list) {
    const name = tokens.join(' ');
    const key = leadingWord(name);
    const all = byLeadingWord.get(key) ?? [];
    all.push({ name, entry });
    byLeadingWord.set(key, all);
  }
}
for (const list of byLeadingWord.values()) list.sort((a, b) => b.name.length - a.name.length);

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** After these a seat is where something happens, not the government ("talks in Moscow"). */
const VENUE_WORDS = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'across', 'around', 'via']);

/** The gazetteer name starting at token k, if its end falls on a token end. */
function gazetteerAt(doc: Doc, k: number): Name | null {
  const t = doc.tokens[k];
  const list = byLeadingWord.get(leadingWord(t.text));
  if (!list) return null;
  for (const { name, entry } of list) {
    if (doc.text.startsWith(name, t.start) && !isWordChar(doc.text[t.start + name.length])) {
      const end = t.start + name.length;
      let last = k;
      while (last + 1 < doc.tokens.length && doc.tokens[last + 1].end <= end) last++;
      if (doc.tokens[last].end !== end) continue;
      return { first: k, last, start: t.start, end, text: name, kind: entry.kind, entry };
    }
  }
  return null;
}

/** Tokens at the start of a span that are a title ("Prime Minister", "Mr"), not the name. */
function titleLength(tokens: Token[], first: number, last: number): number {
  let cut = 0;
  for (;;) {
    const k = first + cut;
    const options = titles.get(tokens[k]?.text.replace(/\.$/, '') ?? '') ?? [];
    const hit = options.find(
      (words) => k + words.length <= last && words.every((w, j) => tokens[k + j].text.replace(/\.$/, '') === w),
    );
    if (!hit) return cut;
    cut += hit.length;
    if (tokens[first + cut]?.text === '.') cut++;
  }
}

/** Lower-case words a name may hold between its capitalised ones ("Bank of England"). */
// (a possessive inside a recognised span is part of the name: "the Children's Society", "the
// National Farmers' Union"; at its end it is not)
const CONNECTORS = new Set(['of', 'and', 'the', 'for', '&', '-', 'on', 'in', "'s", '’s', "'", '’', ...particles]);
const nameWord = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text) || CONNECTORS.has(t.text.toLowerCase());

/** The end of a recognised span cut back to where it stops looking like a name. */
function nameEnd(tokens: Token[], first: number, last: number): number {
  let end = first;
  // a weekday after a name ("Sueddeutsche Zeitung on Saturday") is not part of it
  const goesOn = (t: Token) => nameWord(t) && t.sent === tokens[first].sent && !WEEKDAY.test(t.text);
  while (end < last && goesOn(tokens[end + 1])) end++;
  // a lower-case connector cannot end a name; a capitalised one can ("El Al")
  while (end > first && CONNECTORS.has(tokens[end].text)) end--;
  return end;
}

/** Names of laws, events and the like ("Freedom of Information Act", "Holocaust Memorial Day"). */
const isNonActor = (text: string) => nonActorSuffixes.has(text.split(/\s+/).at(-1) ?? '');

/** How many words past a recognised span a law's name may run ("Freedom" + "of Information Act"). */
const LAW_REACH = 6;

/** Whether the words right after a span go on, as a name, to a law's or event's last word. */
function lawGoesOn(doc: Doc, e: Entity): boolean {
  const { tokens } = doc;
  const limit = Math.min(tokens.length - 1, e.end - 1 + LAW_REACH);
  const end = nameEnd(tokens, e.start, limit);
  return end >= e.end && nonActorSuffixes.has(tokens[end].text);
}

function entityName(doc: Doc, first: number, start0: number, type: string): Name | null {
  const last = nameEnd(doc.tokens, first, start0);
  // a span that is only a title word is a name ("King", "Major" as surnames); a body whose name
  // starts with a title's word keeps it ("the Justice Department")
  const titledBody = type === 'ORG' && orgSuffixes.has(doc.tokens[last].text);
  let from = titledBody ? first : Math.min(first + titleLength(doc.tokens, first, last), last);
  // "US Labor Secretary Julie Su": office words and a state before them are not the name; a
  // state's name right before the rest of the name is part of it ("Georgia Brown")
  const stateBeforeOffice = (k: number) =>
    gazetteerAt(doc, k)?.last === k && titleWords.has(doc.tokens[k + 1]?.text ?? '');
  if (type === 'PER') while (from < last && (titleWords.has(doc.tokens[from].text) || stateBeforeOffice(from))) from++;
  const start = doc.tokens[from].start;
  const end = doc.tokens[last].end;
  const text = doc.text.slice(start, end);
  // the gazetteer knows the name, unless the recogniser reads a seat as a person ("Washington said")
  const known = gazetteerAt(doc, from);
  if (known && known.last === last && !(type === 'PER' && known.entry?.seat)) return known;
  if (!/^[\p{Lu}\p{N}]/u.test(text) || isNonActor(text) || notAcronyms.has(text)) return null;
  // "the players' union Fifpro", "carmaker Stellantis": the noun before says what it is
  const before = doc.tokens[from - 1];
  const body = before !== undefined && before.upos === 'NOUN' && bodyNouns.has(before.text.toLowerCase());
  if (type === 'PER' && !body) return { first: from, last, start, end, text, kind: 'person' };
  if (type === 'PER') return { first: from, last, start, end, text, kind: 'organization' };
  if (type === 'ORG') return { first: from, last, start, end, text, kind: 'organization' };
  return null;
}

/** A title at j (not "of the Prime Minister") with two or more capitalised words after it, up to last. */
function officeBeforePerson(doc: Doc, j: number, last: number): boolean {
  const before = doc.tokens[j - 1]?.text ?? '';
  if (/^(?:of|the)$/i.test(before) || titleWords.has(before)) return false;
  return personAfterTitle(doc, j, last);
}

/** A title at j with two or more capitalised words after it, up to last. */
function personAfterTitle(doc: Doc, j: number, last: number): boolean {
  const length = titleLength(doc.tokens, j, last);
  if (!length || last - (j + length) < 1) return false;
  for (let x = j + length; x <= last; x++) if (!/^\p{Lu}\p{Ll}/u.test(doc.tokens[x].text)) return false;
  return true;
}

/** A known body's name at k followed, up to last, by two or more capitalised words. */
function bodyBeforePerson(doc: Doc, k: number, spanLast: number): Name | null {
  const last = nameEnd(doc.tokens, k, spanLast);
  const g = gazetteerAt(doc, k);
  if (!g || g.kind !== 'organization' || g.entry?.outlet || last - g.last < 2) return null;
  for (let j = g.last + 1; j <= last; j++) if (!/^\p{Lu}\p{Ll}/u.test(doc.tokens[j].text)) return null;
  return g;
}

/** Longer names of the page by first word, at most this many per word: lookups stay bounded. */
const PER_WORD = 8;

/**
 * A name the recogniser found once is the same name wherever else the page prints it: every
 * other occurrence of a recognised or known name's exact text becomes a mention too.
 */
/**
 * "shareholder group ShareAction", "the charity Shelter": a capitalised word right after a noun
 * for a kind of body names that body, where the recogniser found nothing (it misses names it
 * has never seen written this way).
 */
function namedAfterKind(doc: Doc, names: Name[], taken: Int32Array): void {
  const { tokens } = doc;
  const nameWord = (k: number) =>
    k < tokens.length && taken[k] === -1 && tokens[k].upos === 'PROPN' && /^\p{Lu}/u.test(tokens[k].text);
  for (let k = 1; k < tokens.length; k++) {
    const kind = tokens[k - 1];
    if (kind.upos !== 'NOUN' || !bodyNouns.has(kind.text.toLowerCase()) || !nameWord(k)) continue;
    let last = k;
    while (nameWord(last + 1) && tokens[last + 1].sent === tokens[k].sent) last++;
    const text = doc.text.slice(tokens[k].start, tokens[last].end);
    if (isNonActor(text) || notAcronyms.has(text)) continue;
    for (let j = k; j <= last; j++) taken[j] = names.length;
    names.push({ first: k, last, start: tokens[k].start, end: tokens[last].end, text, kind: 'organization' });
    k = last;
  }
}

/** A capital inside a word ("ShareAction", "CalPERS"), as brands are written, but not a family name's ("McCarthy", "DeSantis"). */
const BRAND = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const FAMILY_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Der)\p{Lu}/u;

/**
 * "ShareAction is urging Barclays …": a word with a capital inside it is a body's name, where the
 * recogniser found nothing (it misses a one-word name it has not seen, first in a sentence).
 */
function brandNames(doc: Doc, names: Name[], taken: Int32Array): void {
  doc.tokens.forEach((t, k) => {
    if (taken[k] !== -1 || t.upos !== 'PROPN' || !BRAND.test(t.text) || FAMILY_PREFIX.test(t.text)) return;
    if (nonNameWords.has(t.text)) return;
    taken[k] = names.length;
    names.push({ first: k, last: k, start: t.start, end: t.end, text: t.text, kind: 'organization' });
  });
}

/**
 * "the Archbishop of Canterbury", "the Mayor of London": an office of a place names its holder,
 * where no name stands beside it ("Cardinal X, the Archbishop of Westminster," is X's title).
 */
function officesOfPlaces(doc: Doc, names: Name[], taken: Int32Array): void {
  const { tokens } = doc;
  const capitalised = (k: number) => k < tokens.length && /^\p{Lu}/u.test(tokens[k].text);
  const person = (k: number) => k >= 0 && k < tokens.length && taken[k] >= 0 && names[taken[k]].kind === 'person';
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!placeOffices.has(tokens[k].text) || tokens[k + 1].text !== 'of' || taken[k] >= 0) continue;
    let last = k + 2;
    if (/^the$/i.test(tokens[last].text)) last++;
    if (!capitalised(last)) continue;
    while (capitalised(last + 1) && tokens[last + 1].sent === tokens[k].sent) last++;
    let from = k - 1;
    if (from >= 0 && /^the$/i.test(tokens[from].text)) from--;
    const beside =
      (tokens[from]?.text === ',' && person(from - 1)) ||
      (tokens[last + 1]?.text === ',' && [2, 3, 4, 5].some((d) => person(last + d)));
    let inPerson = false;
    for (let j = k; j <= last; j++) inPerson ||= person(j);
    if (beside || inPerson) continue;
    for (let j = k; j <= last; j++) {
      if (taken[j] >= 0) names[taken[j]].last = -1;
      taken[j] = names.length;
    }
    const text = doc.text.slice(tokens[k].start, tokens[last].end);
    names.push({ first: k, last, start: tokens[k].start, end: tokens[last].end, text, kind: 'person' });
    k = last;
  }
}

function propagate(doc: Doc, names: Name[], taken: Int32Array): void {
  const byWord = new Map<string, Name[]>();
  for (const n of names) {
    if (n.last < 0 || n.entry) continue;
    const list = byWord.get(doc.tokens[n.first].text) ?? [];
    if (list.length < PER_WORD && !list.some((x) => x.text === n.text)) list.push(n);
    byWord.set(doc.tokens[n.first].text, list);
  }
  for (const list of byWord.values()) list.sort((a, b) => b.last - b.first - (a.last - a.first));
  for (let k = 0; k < doc.tokens.length; k++) {
    if (taken[k] !== -1) continue;
    const list = byWord.get(doc.tokens[k].text);
    if (!list) continue;
    for (const n of list) {
      const last = k + (n.last - n.first);
      if (last >= doc.tokens.length) continue;
      let same = true;
      for (let j = 0; j <= n.last - n.first && same; j++)
        // only where the recogniser found nothing: a word it reads as a place there stays a place
        same =
          taken[k + j] === -1 &&
          doc.tokens[k + j].ent === -1 &&
          doc.tokens[k + j].text === doc.tokens[n.first + j].text;
      if (!same) continue;
      for (let j = k; j <= last; j++) taken[j] = names.length;
      names.push({ ...n, first: k, last, start: doc.tokens[k].start, end: doc.tokens[last].end });
      k = last;
      break;
    }
  }
}

/**
 * A place in capitals in a wire dateline ("WASHINGTON (Reuters) -", split off as a sentence of
 * its own): where the story was filed, not an actor. The agency in it is an outlet already.
 */
function inDateline(doc: Doc, n: Name): boolean {
  if (n.text !== n.text.toUpperCase() || n.text.length < 3) return false;
  const s = doc.sentences[doc.tokens[n.first].sent];
  return s.start === n.first && DASHES.has(doc.tokens[s.end - 1].text);
}

/** Initials of a name ("DMA" of "Digital Markets Act"). */
const initialsOf = (text: string) =>
  text
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/**
 * A span the recogniser ran across commas ("Transport Secretary, Alan Birch," as one body), as
 * the names between them; after an office alone ("the Environment Secretary, Aisha Khan") the
 * next part is the person holding it.
 */
function splitAtCommas(doc: Doc, e: Entity): Entity[] {
  const parts: Entity[] = [];
  let start = e.start;
  let type = e.type;
  for (let k = e.start; k <= e.end; k++) {
    if (k < e.end && doc.tokens[k].text !== ',') continue;
    if (k > start) {
      let office = true;
      for (let j = start; j < k; j++) office &&= titleWords.has(doc.tokens[j].text);
      // (the office itself names no one)
      if (office && k < e.end) type = 'PER';
      else {
        const charStart = doc.tokens[start].start;
        const charEnd = doc.tokens[k - 1].end;
        parts.push({ type, start, end: k, charStart, charEnd, text: doc.text.slice(charStart, charEnd) });
      }
    }
    start = k + 1;
  }
  return parts.length === 1 && parts[0].start === e.start && parts[0].end === e.end ? [e] : parts;
}

/**
 * The recogniser's spans, with a person's name that it broke at lower-case particles joined
 * again ("Ursula" + "von der" + "Leyen" is one name, even when one half was read as a body).
 */
function joinedEntities(doc: Doc): Entity[] {
  const out: Entity[] = [];
  for (const e of doc.entities.flatMap((x) => splitAtCommas(doc, x))) {
    const prev = out.at(-1);
    const person = prev?.type === 'PER' || e.type === 'PER';
    let gap = prev && person && prev.type !== 'LOC' && e.type !== 'LOC' && e.start > prev.end;
    for (let k = prev?.end ?? 0; gap && k < e.start; k++) gap = particles.has(doc.tokens[k].text);
    // "the Freedom and Justice Party", split by the recogniser at "and": a lone word before a
    // body's name ending in a kind of body, with nothing known of its own, is part of it
    const joined =
      prev?.type === 'ORG' &&
      e.type === 'ORG' &&
      prev.end === prev.start + 1 &&
      e.start === prev.end + 1 &&
      /^(?:and|&)$/.test(doc.tokens[prev.end].text) &&
      orgSuffixes.has(doc.tokens[e.end - 1].text) &&
      !gazetteerAt(doc, prev.start);
    if (prev && (gap || joined))
      out[out.length - 1] = {
        ...prev,
        type: gap ? 'PER' : 'ORG',
        end: e.end,
        charEnd: e.charEnd,
        text: doc.text.slice(prev.charStart, e.charEnd),
      };
    else out.push(e);
  }
  return out;
}

export function findNames(doc: Doc): Name[] {
  const names: Name[] = [];
  const taken = new Int32Array(doc.tokens.length).fill(-1);
  const entities = joinedEntities(doc);
  // the acronyms of laws and events on the page are not bodies either ("the DMA")
  const nonActorAcronyms = new Set(
    entities
      .map((e) => e.text)
      .filter(isNonActor)
      .map(initialsOf),
  );
  for (const e of entities) {
    // "the Freedom of Information Act" read as a body "Freedom" and more: a law's name
    if (lawGoesOn(doc, e)) continue;
    // a span that runs on past its name ("Liberal Democrat spokesman Mark Oaten also backed …")
    // is read as the names in it: the first, then after a role word the next ones as people
    let first = e.start;
    let type: string = e.type;
    while (first < e.end) {
      // "Liberal Democrat Jane Hill", "Lib Dem Susan Kramer": a party or body before a person's
      // name in one span is its own name, and the rest the person
      const body = bodyBeforePerson(doc, first, e.end - 1);
      if (body) {
        for (let k = body.first; k <= body.last; k++) taken[k] = names.length;
        names.push(body);
        first = body.last + 1;
        type = 'PER';
        continue;
      }
      // "Foreign Policy Centre Mr Straw": a courtesy title inside the span starts a person
      // (and so does an office after a known state's or body's name: "US President Donald Trump")
      let until = e.end - 1;
      for (let j = first + 1; j <= until; j++)
        if (
          COURTESY.test(doc.tokens[j].text) ||
          (gazetteerAt(doc, first)?.last === j - 1 && officeBeforePerson(doc, j, until))
        )
          until = j - 1;
      // "Transport Secretary Mark Harper" read as one body: an office of two words before a
      // person's name is no body's name
      if (type === 'ORG' && officeWords.has(doc.tokens[first].text) && personAfterTitle(doc, first + 1, until))
        type = 'PER';
      const name = entityName(doc, first, until, type);
      const end = name ? name.last : nameEnd(doc.tokens, first, until);
      if (name && !nonActorAcronyms.has(name.text)) {
        for (let k = name.first; k <= name.last; k++) taken[k] = names.length;
        names.push(name);
      }
      first = end + 1;
      if (until < e.end - 1) {
        first = until + 1;
        type = 'PER';
        continue;
      }
      while (first < e.end && !/^\p{Lu}/u.test(doc.tokens[first].text)) first++;
      const role = doc.tokens[first - 1];
      if (
        first >= e.end ||
        !/^\p{Ll}+$/u.test(role.text) ||
        ['ADP', 'DET', 'CCONJ', 'PRON', 'VERB'].includes(role.upos)
      )
        break;
      type = 'PER';
    }
  }
  // gazetteer names: a longer one replaces the spans it covers, one inside a span stays out,
  // as does one inside a recognised event or work ("Fed Cup", "Labour Day")
  for (const e of entities) {
    if (e.type !== 'MISC') continue;
    const g = gazetteerAt(doc, e.start);
    if (g && g.last === e.end - 1) continue;
    // ("the regulator Ofgem" read as an event or work: after a kind of body it is that body)
    const kind = doc.tokens[e.start - 1];
    if (kind?.upos === 'NOUN' && bodyNouns.has(kind.text.toLowerCase())) continue;
    const end = nameEnd(doc.tokens, e.start, e.end - 1);
    for (let k = e.start; k <= end; k++) if (taken[k] < 0) taken[k] = BLOCKED;
  }
  for (let k = 0; k < doc.tokens.length; k++) {
    const g = gazetteerAt(doc, k);
    if (!g) continue;
    let inside = false;
    const covered = new Set<number>();
    let blocked = false;
    for (let j = g.first; j <= g.last; j++) {
      if (taken[j] === BLOCKED) blocked = true;
      else if (taken[j] >= 0) covered.add(taken[j]);
    }
    if (blocked) {
      k = g.last;
      continue;
    }
    for (const c of covered) {
      const n = names[c];
      if (n.first < g.first || n.last > g.last) inside = true;
    }
    if (!inside) {
      for (const c of covered) names[c].last = -1;
      for (let j = g.first; j <= g.last; j++) taken[j] = names.length;
      names.push(g);
    }
    k = g.last;
  }
  propagate(doc, names, taken);
  officesOfPlaces(doc, names, taken);
  namedAfterKind(doc, names, taken);
  brandNames(doc, names, taken);
  // a seat only ever written as where something happens is a venue ("talks in Moscow"), unless
  // the page names its state as an actor elsewhere
  const venue = (n: Name) => n.entry?.seat === true && VENUE_WORDS.has(doc.tokens[n.first - 1]?.lemma ?? '');
  const live = names.filter((n) => n.last >= 0 && !inDateline(doc, n));
  const named = new Set(live.filter((n) => n.entry && !venue(n)).map((n) => n.entry?.key));
  return live.filter((n) => !venue(n) || named.has(n.entry?.key)).sort((a, b) => a.start - b.start);
}
