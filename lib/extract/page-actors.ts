// Names joined into actors on one page: a surname joins the full name it ends, an acronym the
// name whose initials it spells, a short name the longer one it starts when the rest is an
// organization's suffix ("Labour" of "Labour Party"), gazetteer names their entry. Keys are the
// stable scheme: country:ISO3, org:slug, person:full-name-slug.
import lexicon from './data/lexicon.json';
import { orgSuffixes } from './lexicon';
import type { Name } from './names';
import { slug } from './slug';
import type { Actor } from './types';

/** Names that are regions ("North America"), never actors; outlets stay (they are bodies). */
const notActors = new Set(lexicon.notActors);
const FUNCTION_WORDS = /^(?:of|for|the|and|on|de|&)$/i;

const wordsOf = (s: string) => s.split(/[\s-]+/).filter(Boolean);
const initials = (s: string) =>
  wordsOf(s)
    .filter((w) => !FUNCTION_WORDS.test(w))
    .map((w) => w[0])
    .join('');

export interface PageActors {
  actors: Actor[];
  /** The actor of each name, parallel to the names given. */
  actorOf: (Actor | null)[];
}

function keyOf(n: Name): string {
  if (n.entry && !n.entry.outlet) return n.entry.key;
  return n.kind === 'person' ? `person:${slug(n.text)}` : `org:${slug(n.text)}`;
}

/** Adds a short form of a longer name; a form two longer names share is dropped (ambiguous). */
function addForm(map: Map<string, string | null>, form: string, key: string): void {
  const had = map.get(form);
  map.set(form, had === undefined || had === key ? key : null);
}

export function joinActors(names: Name[]): PageActors {
  // short forms of the page's longer names: a person's surname or first name, an
  // organization's first or head word, acronyms by initials
  const surnames = new Map<string, string | null>();
  const firstNames = new Map<string, string | null>();
  const shortNames = new Map<string, string | null>();
  const acronyms = new Map<string, string | null>();
  // a word the recogniser calls an organization anywhere on the page is one everywhere
  const orgWords = new Set(names.filter((n) => n.kind === 'organization').map((n) => n.text));
  for (const n of names) {
    const words = wordsOf(n.text);
    if (words.length < 2) continue;
    // a known body's head word stands for it ("the Commission" of the European Commission)
    // (a known person's surname, like any person's: "Carney" of Mark Carney)
    if (n.entry && n.kind !== 'person') {
      if (!n.entry.outlet && orgSuffixes.has(words[words.length - 1]) && n.kind !== 'country')
        addForm(shortNames, words[words.length - 1], keyOf(n));
      continue;
    }
    if (n.kind === 'person') {
      addForm(surnames, words[words.length - 1], keyOf(n));
      addForm(firstNames, words[0], keyOf(n));
    } else {
      addForm(shortNames, words[0], keyOf(n));
      if (orgSuffixes.has(words[words.length - 1])) addForm(shortNames, words[words.length - 1], keyOf(n));
      const init = initials(n.text);
      if (init.length >= 2) addForm(acronyms, init.toUpperCase(), keyOf(n));
    }
  }
  const byKey = new Map<string, Actor>();
  const actors: Actor[] = [];
  const actorOf = names.map((n): Actor | null => {
    if (n.entry?.outlet && notActors.has(n.text)) return null;
    const single = !/\s/.test(n.text);
    let key = keyOf(n);
    let kind = n.kind;
    if (single && !n.entry) {
      if (n.kind === 'person' && orgWords.has(n.text)) {
        kind = 'organization';
        key = `org:${slug(n.text)}`;
      }
      const person = surnames.get(n.text) ?? (kind === 'person' ? firstNames.get(n.text) : null);
      const body = acronyms.get(n.text) ?? shortNames.get(n.text);
      if (person) {
        key = person;
        kind = 'person';
      } else if (body) {
        key = body;
        kind = 'organization';
      }
    }
    let actor = byKey.get(key);
    if (!actor) {
      const name = n.entry && !n.entry.outlet ? n.entry.name : n.text;
      actor = { id: `a${actors.length + 1}`, key, name, kind, aliases: [], mentions: [] };
      byKey.set(key, actor);
      actors.push(actor);
    }
    if (!n.entry && n.text.length > actor.name.length && kind === n.kind) actor.name = n.text;
    if (!actor.aliases.includes(n.text)) actor.aliases.push(n.text);
    actor.mentions.push({ start: n.start, end: n.end, text: n.text });
    return actor;
  });
  return { actors, actorOf };
}
