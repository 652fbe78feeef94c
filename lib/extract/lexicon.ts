// The data files, turned once into the sets and maps the finders look things up in.
import countries from './data/countries.json';
import lexicon from './data/lexicon.json';
import organizations from './data/organizations.json';
import people from './data/people.json';
import seats from './data/seats.json';
import { slug } from './slug';
import type { ActorKind } from './types';

export interface GazetteerEntry {
  key: string;
  name: string;
  kind: ActorKind;
  /** A capital or seat standing for its country: a venue when only ever after "in". */
  seat?: boolean;
  /** A news outlet cited as a source, or a region ("North America"): a name, never an actor. */
  outlet?: boolean;
  /** After "the" the name is a place, not the body ("the Amazon"). */
  placeAfterThe?: boolean;
}

/** Names as token sequences, keyed by their first token, longest first. */
export type Gazetteer = Map<string, { tokens: string[]; entry: GazetteerEntry }[]>;

const nameTokens = (name: string) => name.split(/\s+/);

function buildGazetteer(): Gazetteer {
  const g: Gazetteer = new Map();
  const add = (name: string, entry: GazetteerEntry) => {
    const tokens = nameTokens(name);
    const list = g.get(tokens[0]) ?? [];
    if (!list.some((x) => x.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, entry });
    g.set(tokens[0], list);
  };
  const countryName = new Map<string, string>();
  for (const c of countries) {
    countryName.set(c.key, c.name);
    for (const n of c.names) add(n, { key: `country:${c.key}`, name: c.name, kind: 'country' });
  }
  const orgs = new Map(organizations.organizations.map((o) => [`org:${o.key}`, o]));
  for (const o of organizations.organizations) {
    const { kind = 'organization', placeAfterThe } = o as { kind?: ActorKind; placeAfterThe?: boolean };
    for (const n of o.names)
      add(n, { key: `org:${o.key}`, name: o.name, kind, ...(placeAfterThe && { placeAfterThe }) });
  }
  // (keyed as the recogniser's full name would be, so "Putin" and "Vladimir Putin" are one history)
  for (const p of people.people)
    for (const n of p.names) add(n, { key: `person:${slug(p.name)}`, name: p.name, kind: 'person' });
  // a seat stands for a country ("Moscow") or, written as a key, for a body ("Brussels": org:eu)
  for (const [seat, code] of Object.entries(seats.seats)) {
    const org = orgs.get(code);
    if (org) add(seat, { key: code, name: org.name, kind: 'organization', seat: true });
    else add(seat, { key: `country:${code}`, name: countryName.get(code) ?? seat, kind: 'country', seat: true });
  }
  for (const n of [...lexicon.outlets, ...lexicon.notActors])
    add(n, { key: `outlet:${n}`, name: n, kind: 'organization', outlet: true });
  for (const list of g.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return g;
}

export const gazetteer = buildGazetteer();

/** "Russian" / "Russians" → country key, for working out who speaks ("Russian negotiators demanded"). */
export const demonyms = new Map<string, string>();
for (const c of countries) {
  if (!c.demonym) continue;
  demonyms.set(c.demonym, `country:${c.key}`);
  demonyms.set(`${c.demonym}s`, `country:${c.key}`);
}

export const titles = new Map<string, string[][]>();
for (const t of lexicon.titles) {
  const tokens = t.replace(/\.$/, '').split(/\s+/);
  const list = titles.get(tokens[0]) ?? [];
  list.push(tokens);
  titles.set(tokens[0], list);
}
for (const list of titles.values()) list.sort((a, b) => b.length - a.length);

const stripDot = (s: string) => s.replace(/\.$/, '');
export const particles = new Set(lexicon.particles);
/** Every word of a title, and the office words news puts before one ("Labor Secretary"). */
export const titleWords = new Set([...lexicon.titles.flatMap((t) => t.split(/\s+/)), ...lexicon.officeWords]);
/** The words of an office news puts before a title ("Labor" of "Labor Secretary"). */
export const officeWords = new Set(lexicon.officeWords);
export const orgSuffixes = new Set(lexicon.orgSuffixes.map(stripDot));
export const nonActorSuffixes = new Set(lexicon.nonActorSuffixes);
export const nonNameWords = new Set(lexicon.nonNameWords);
/** News outlets, cited as sources: never whom a pronoun or a description stands for. */
export const outlets = new Set(lexicon.outlets);
export const notAcronyms = new Set(lexicon.notAcronyms);
export const descriptors = new Map(Object.entries(lexicon.descriptors));
export const pronouns = new Map(Object.entries(lexicon.pronouns));
export const speakingFor = new Set(lexicon.speakingFor);
export const stateless = new Set(lexicon.stateless);
export const personNouns = new Set(lexicon.personNouns);
export const offices = new Set(lexicon.offices);
export const placeOffices = new Set(lexicon.placeOffices);
export const membersOf = new Set(lexicon.membersOf);
export const othersOf = new Set(lexicon.othersOf);
export const clients = new Set(lexicon.clients);
export const bodyNouns = new Set(lexicon.bodyNouns);
export const governmentNouns = new Set(lexicon.governmentNouns);
export const stateBodies = new Set(lexicon.stateBodies);
export const notTheState = new Set(lexicon.notTheState);

/**
 * Nouns for someone who can act: offices, bodies, the descriptions that stand for an actor. As a
 * modal clause's subject ("the prime minister should apologise") such a noun is the one who must
 * act, not part of what is demanded.
 */
export const agentNouns = new Set(
  [
    ...lexicon.titles.flatMap((t) => t.split(/\s+/)),
    ...lexicon.bodyNouns,
    ...lexicon.speakingFor,
    ...lexicon.personNouns,
    ...Object.keys(lexicon.descriptors).map((d) => d.replace(/^the /, '')),
  ].map((w) => w.replace(/\.$/, '').toLowerCase()),
);
