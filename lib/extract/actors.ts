// Coreference on one page: joins candidate names into actors. A surname or title form joins
// the full name, an acronym its expansion, a capital or seat its country, a bare head word
// ("the Commission") the organization it ends. Keys are stable across pages.
import { companySuffixes, nonNameWords } from './lexicon';
import type { Candidate } from './mentions';
import { bodyNounBefore } from './name-parts';
import { slug } from './slug';
import type { Actor, ActorKind, Mention } from './types';

interface Cluster {
  key: string;
  name: string;
  kind: ActorKind;
  mentions: Candidate[];
}

/** Every mention with the actor it belongs to, in text order: what demands look up. */
export interface PlacedMention extends Mention {
  actor: Actor;
  possessive: boolean;
  sentence: number;
}

const initials = (words: string[]) =>
  words
    .filter((w) => !/^(?:of|for|the|and|on|de)$/i.test(w))
    .map((w) => w[0])
    .join('');

export function resolveActors(text: string, candidates: Candidate[]): { actors: Actor[]; placed: PlacedMention[] } {
  const clusters = new Map<string, Cluster>();
  const add = (key: string, name: string, kind: ActorKind, c: Candidate): Cluster => {
    const cl = clusters.get(key) ?? { key, name, kind, mentions: [] };
    if (!cl.mentions.includes(c)) cl.mentions.push(c);
    if (kind === 'person' && name.length > cl.name.length) cl.name = name;
    clusters.set(key, cl);
    return cl;
  };
  // words the text also writes in lower case are ordinary words ("Prices rose … prices")
  const lowerCased = new Set(text.match(/\b\p{Ll}[\p{L}’'-]*/gu) ?? []);
  // every use of each candidate's text, and how often a lone capitalised word occurs away from
  // the start of a sentence
  const usesOf = new Map<string, Candidate[]>();
  const loneCounts = new Map<string, number>();
  for (const c of candidates) {
    const uses = usesOf.get(c.text);
    if (uses) uses.push(c);
    else usesOf.set(c.text, [c]);
    if (c.type === 'single' && !c.sentenceInitial && !c.headline)
      loneCounts.set(c.tokens[0], (loneCounts.get(c.tokens[0]) ?? 0) + 1);
  }

  // 1. Names that identify themselves: gazetteer hits, organizations, full personal names.
  for (const c of candidates) {
    if (c.type === 'gazetteer' && c.entry) add(c.entry.key, c.entry.name, c.entry.kind, c);
    else if (c.type === 'org') add(`org:${slug(c.text)}`, c.text, 'organization', c);
    else if (c.type === 'person' && !c.headline) {
      const uses = usesOf.get(c.text) ?? [];
      if (uses.some((u) => isEmployer(text, u))) add(`org:${slug(c.text)}`, c.text, 'organization', c);
      else if (!uses.every((u) => isPlace(text, u))) add(`person:${slug(c.text)}`, c.tokens.join(' '), 'person', c);
    }
  }
  const persons = [...clusters.values()].filter((cl) => cl.kind === 'person');
  const orgs = [...clusters.values()].filter((cl) => cl.kind !== 'person');

  // 2. Acronyms defined in the text ("British Medical Association (BMA)") or matching the
  // initials of an organization on the page.
  const acronymOf = new Map<string, Cluster | null>();
  for (const c of candidates) {
    if (c.type !== 'acronym') continue;
    const before = text.slice(Math.max(0, c.start - 2), c.start);
    const after = text[c.end];
    if (before.endsWith('(') && after === ')') {
      // defined right after a name: joins that name's actor, or nothing when it named a law
      const prev = candidates.filter((p) => p.end <= c.start - 1 && p.end >= c.start - 3 && p !== c).pop();
      const owner = prev && findCluster(clusters, prev);
      // "Digital Markets Act (DMA)" abbreviates a thing; "Rail, Maritime and Transport union
      // (RMT)" a body we could not read as a name: it becomes an actor under its acronym
      const lawBefore =
        /\b(?:Act|Bill|Treaty|Agreement|Accord|Convention|Directive|Regulation|Law|Plan|Programme|Program|Index|Scheme|Fund)\s*\($/.test(
          text.slice(Math.max(0, c.start - 30), c.start),
        );
      if (!acronymOf.has(c.text))
        acronymOf.set(c.text, owner ?? (lawBefore ? null : add(`org:${slug(c.text)}`, c.text, 'organization', c)));
    }
  }
  for (const c of candidates) {
    if (c.type !== 'acronym') continue;
    const defined = acronymOf.get(c.text);
    if (defined === null) continue; // it abbreviates a law or a thing, not an actor
    const owner = defined ?? acronymOwner(orgs, c.text);
    if (owner) owner.mentions.push(c);
    else if ((usesOf.get(c.text)?.length ?? 0) >= 2 || speaks(text, c)) {
      add(`org:${slug(c.text)}`, c.text, 'organization', c);
    }
  }

  // 3. Single names: a surname of a full name on the page, the head of an organization's name,
  // or, with a title or a speech verb beside it, a person known by one name.
  const venues: Candidate[] = [];
  for (const c of candidates) {
    if (c.type === 'single') {
      const word = c.tokens[0];
      const person = persons.find((p) => p.name.split(' ').at(-1) === word || p.name.split(' ')[0] === word);
      if (person) {
        person.mentions.push(c);
        continue;
      }
      // "Elliott" for "Elliott Management": a body's own word before generic ones
      const owner = orgs.find((o) => {
        const [first, ...rest] = o.name.split(' ');
        return first === word && rest.length > 0 && rest.every((w) => companySuffixes.has(w));
      });
      if (owner) {
        owner.mentions.push(c);
        continue;
      }
      const org = orgs.find(
        (o) => o.kind === 'organization' && o.name.split(' ').length >= 2 && o.name.split(' ').at(-1) === word,
      );
      // "the Commission", "Commission spokesman Thomas Regnier": the head word for the body named in full
      if (
        org &&
        (/\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start)) ||
          ROLE_AFTER.test(text.slice(c.end, c.end + 16)))
      ) {
        org.mentions.push(c);
        continue;
      }
      if (c.headline) continue;
      // "members of the Unite union": said to be a body, so not a place even after "of"
      if (namedAsBody(text, c)) {
        add(`org:${slug(word)}`, word, 'organization', c);
        continue;
      }
      if (c.venue) {
        venues.push(c);
        continue;
      }
      // news names a person in full before using one name, so a lone name with a title is a
      // person ("Mr Haniyeh") and one without is most likely a body ("Unite said")
      if (c.titled) {
        add(`person:${slug(word)}`, word, 'person', c);
        continue;
      }
      // a lone name the text keeps using ("Unilever", "Arsenal") names a body, unless every use
      // is a place ("in Newcastle")
      const uses = usesOf.get(word) ?? [];
      const repeated =
        !nonNameWords.has(word) &&
        !lowerCased.has(word.toLowerCase()) &&
        uses.some((x) => !x.venue) &&
        ((loneCounts.get(word) ?? 0) >= 2 || uses.length >= 3);
      if (speaks(text, c) || repeated) add(`org:${slug(word)}`, word, 'organization', c);
    } else if (c.type === 'person' && c.headline) {
      const cl = clusters.get(`person:${slug(c.text)}`);
      if (cl) cl.mentions.push(c);
    }
  }

  // "shares in Shell": after a preposition of place, a body the page names elsewhere is still that body
  for (const c of venues) clusters.get(`org:${slug(c.tokens[0])}`)?.mentions.push(c);

  // Titled single names whose full name appears later ("Mr Putin" … "Vladimir Putin")
  for (const cl of [...clusters.values()]) {
    if (cl.kind !== 'person' || cl.name.includes(' ')) continue;
    const full = [...clusters.values()].find(
      (p) => p !== cl && p.kind === 'person' && p.name.split(' ').at(-1) === cl.name,
    );
    if (full) {
      full.mentions.push(...cl.mentions);
      clusters.delete(cl.key);
    }
  }

  // 4. A country or seat named only as a venue ("talks in Saudi Arabia") is not an actor here.
  for (const cl of [...clusters.values()]) {
    if (cl.kind === 'country' && cl.mentions.every((m) => m.venue && !m.possessive)) clusters.delete(cl.key);
  }

  const ordered = [...clusters.values()]
    .map((cl) => ({ ...cl, mentions: dedupe(cl.mentions) }))
    .filter((cl) => cl.mentions.length)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const actors: Actor[] = [];
  const placed: PlacedMention[] = [];
  ordered.forEach((cl, i) => {
    const mentions = cl.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text }));
    const actor: Actor = {
      id: `a${i + 1}`,
      key: cl.key,
      name: cl.name,
      kind: cl.kind,
      aliases: [...new Set(mentions.map((m) => m.text))],
      mentions,
    };
    actors.push(actor);
    cl.mentions.forEach((m, k) => {
      placed.push({ ...mentions[k], actor, possessive: m.possessive, sentence: m.sentence });
    });
  });
  placed.sort((a, b) => a.start - b.start);
  return { actors, placed };
}

/**
 * The organization an acronym abbreviates: its initials, or for an acronym of three letters or
 * more, the one organization whose initials hold it ("RMT" in National Union of Rail, Maritime
 * and Transport Workers).
 */
function acronymOwner(orgs: Cluster[], acronym: string): Cluster | undefined {
  const named = orgs.filter((o) => o.name.split(' ').length >= 2);
  const exact = named.find((o) => initials(o.name.split(' ')) === acronym);
  if (exact || acronym.length < 3) return exact;
  const inside = named.filter((o) => initials(o.name.split(' ')).includes(acronym));
  return inside.length === 1 ? inside[0] : undefined;
}

function findCluster(clusters: Map<string, Cluster>, c: Candidate): Cluster | undefined {
  for (const cl of clusters.values()) if (cl.mentions.includes(c)) return cl;
  return undefined;
}

function dedupe(mentions: Candidate[]): Candidate[] {
  const seen = new Set<number>();
  return mentions
    .sort((a, b) => a.start - b.start)
    .filter((m) => {
      if (seen.has(m.start)) return false;
      seen.add(m.start);
      return true;
    });
}

const SPEECH_AFTER =
  /^\s*(?:,[^,]{0,60},\s*)?(?:has |had |have |also |then )*(?:said|says|told|added|wrote|tweeted|warned|argued|announced|insisted|demanded|called|urged|wants|accused|claimed|declared|sued|rejected|refused|pledged|vowed|threatened|condemned|welcomed|criticised|criticized|denied|confirmed)\b/;
const SPEECH_BEFORE =
  /\b(?:said|says|told|added|according to|urged|urging|asked|called on|giving|gave|pressed|ordered|warned)\s+$/;

/** A speech or demand verb right beside the name: evidence that it names someone. */
function speaks(text: string, c: Candidate): boolean {
  // "The UN mission in Afghanistan, Unama, said": a name set off by commas speaks past its comma
  const setOff = /,\s*$/.test(text.slice(Math.max(0, c.start - 2), c.start))
    ? text.slice(c.end).replace(/^,/, '')
    : null;
  return (
    SPEECH_AFTER.test(text.slice(c.end, c.end + 80)) ||
    (setOff !== null && SPEECH_AFTER.test(setOff.slice(0, 80))) ||
    SPEECH_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))
  );
}

const ROLE_AFTER = /^\s+(?:spokes(?:man|woman|person)|president|officials?|chief|head|sources?|chair(?:man|woman)?)\b/;

const EMPLOYER_BEFORE =
  /\b(?:analysts?|economists?|strategists?|researchers?|executives?|staff|workers|employees|engineers|lawyers|traders|bankers|managers|shareholders|investors)\s+(?:at|from|with)\s+$/i;

/** "analysts at Goldman Sachs": a name people work at is a body, whatever it looks like. */
function isEmployer(text: string, c: Candidate): boolean {
  return EMPLOYER_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start));
}

const PLACE_BEFORE = /\b(?:in|near|outside|across|throughout)\s+$/;

/** "rallied in Novi Sad", "a rally in Tel Aviv": two capitalised words that only ever follow "in" name a place. */
function isPlace(text: string, c: Candidate): boolean {
  return !c.titled && !c.possessive && PLACE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start));
}

// "OpenAI", "ExxonMobil", "JPMorgan": a capital inside the word is a brand's, not a surname's
// ("McCarthy", "DeSantis", "MacArthur", "LeBron" are surnames and first names)
const BRAND = /^(?:\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}{2,}\p{Ll}{2})/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von|O[’'])\p{Lu}/u;
const UNION_AFTER = /^\s+(?:union|trade union|party|group|bloc|alliance|coalition|movement)\b/;

/** The text says what kind of body this is: "farm lobby Copa-Cogeca", "the Unite union", "ExxonMobil". */
function namedAsBody(text: string, c: Candidate): boolean {
  return (
    bodyNounBefore(text, c.start) ||
    // not a sentence's first word: "Rail union sets a deadline" is a union of rail workers
    (!c.sentenceInitial && UNION_AFTER.test(text.slice(c.end, c.end + 14))) ||
    (BRAND.test(c.text) && !SURNAME_PREFIX.test(c.text))
  );
}
