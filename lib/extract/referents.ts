// Who a noun phrase in the tree names: a name inside it (preferring a person, with the state or
// body they speak for beside them: "Ukraine's president, Volodymyr Zelensky"), a pronoun or a
// description ("the union") resolved to the nearest fitting actor before it, looking back a
// bounded number of sentences.
import type { Doc, Token } from '../nlp';
import {
  bodyNouns,
  demonyms,
  descriptors,
  governmentNouns,
  membersOf,
  notTheState,
  offices,
  outlets,
  personNouns,
  pronouns,
  speakingFor,
  stateBodies,
  stateless,
} from './lexicon';
import type { Name } from './names';
import { documents, speechVerbs } from './reader/cues';
import { caseOf, type Tree } from './tree';
import type { Actor, ActorKind } from './types';

/** A noun whose form is not its lemma ("unions" of "union"): read as a plural. */
export const isPlural = (t: Token) => t.text.toLowerCase() !== t.lemma.toLowerCase();

export interface Referent {
  actor: Actor;
  /** The state or body a named speaker holds office in, when the phrase names both. */
  onBehalfOf: Actor | null;
}

/** How many sentences back a pronoun may reach; a description ("the watchdog") reaches further. */
const LOOK_BACK = 3;
const DESCRIPTION_LOOK_BACK = 8;
/** How many sentences ahead a description with no name before it may find its body. */
const AHEAD = 2;
/** How many words a description in commas after a name may have (", the union's general secretary,"). */
const APPOSITION_WORDS = 6;
/** How far back a description may still find an actor that was a subject ("the watchdog" of a long report). */
const DESCRIPTION_SUBJECT_LOOK_BACK = 24;
/** How many pronouns back a chain of the same pronoun may be followed at once. */
const PRONOUN_CHAIN = 16;
/** How many earlier names with the same head word a description may pass over (bounded: linear). */
const HEAD_LOOK_BACK = 16;
/** Relations inside a noun phrase that may hold the name it refers to. */
const INSIDE = new Set(['compound', 'flat', 'appos', 'nmod:poss', 'nmod', 'nmod:unmarked', 'amod', 'conj', 'obl']);

export class Referents {
  /** The actor of each token that lies in a name. */
  private readonly actorAt: (Actor | null)[];
  constructor(
    private readonly doc: Doc,
    private readonly tree: Tree,
    names: Name[],
    actorOf: (Actor | null)[],
  ) {
    this.actorAt = new Array(doc.tokens.length).fill(null);
    for (const a of actorOf) if (a) this.byKey.set(a.key, a);
    names.forEach((n, i) => {
      const actor = actorOf[i];
      for (let k = n.first; k <= n.last; k++) this.actorAt[k] = actor;
      if (!actor) return;
      // "London mayor Sadiq Khan", "Prime Minister Keir Starmer": "the mayor" is him later on;
      // "information commissioner Richard Thomas": "the information commissioner" is him
      // anywhere in the story, an office that precise naming one person
      const office = actor.kind === 'person' ? this.officeBefore(n.first) : [];
      if (office.length) this.addHead(office[office.length - 1], n.first, actor);
      if (office.length > 1) this.addPhrase(office.slice(-2), n.first, actor);
      // "the chancellor, Rachel Reeves,": the office in commas before the name
      const described = actor.kind === 'person' ? this.appositionBefore(n.first) : null;
      if (described) this.addHead(described, n.first, actor);
      // "the commission" of the Electoral Commission, "the union" of the RMT union
      // (and any word of the name that says what kind of body it is: "the union" of the
      // National Union of Rail, Maritime and Transport Workers)
      const words = n.text.split(/\s+/).map((w) => w.toLowerCase());
      if (actor.kind !== 'person') {
        this.addHead(words.at(-1) ?? '', n.first, actor);
        for (const w of new Set(words.slice(0, -1))) if (bodyNouns.has(w)) this.addHead(w, n.first, actor);
      }
      const after = doc.tokens[n.last + 1];
      if (actor.kind !== 'person' && after?.upos === 'NOUN') this.addHead(after.lemma.toLowerCase(), n.first, actor);
      // "Bridget Phillipson, the education secretary, said": "the education secretary" is her
      const inCommas = actor.kind === 'person' ? this.apposition(n.last) : [];
      if (inCommas.length) this.addHead(inCommas[inCommas.length - 1], n.first, actor);
      if (inCommas.length > 1) this.addPhrase(inCommas.slice(-2), n.first, actor);
    });
    this.bindLedeOffices();
  }

  /**
   * The word of an office written right before a name, lower-cased, with the word before it when
   * that can qualify an office ("information commissioner" of "information commissioner Richard
   * Thomas"); the last is the office's own noun.
   */
  private officeBefore(first: number): string[] {
    const { tokens } = this.doc;
    const sent = tokens[first].sent;
    const alphabetic = (t: Token | undefined): t is Token => !!t && t.sent === sent && /^\p{L}+$/u.test(t.text);
    const own = tokens[first - 1];
    if (!alphabetic(own)) return [];
    const qualifier = tokens[first - 2];
    return alphabetic(qualifier) && /^(?:NOUN|PROPN|ADJ)$/.test(qualifier.upos)
      ? [qualifier.text.toLowerCase(), own.text.toLowerCase()]
      : [own.text.toLowerCase()];
  }

  /** The office noun of "the chancellor, " right before a name at `first` ("the chancellor, Rachel Reeves"), or null. */
  private appositionBefore(first: number): string | null {
    const { tokens } = this.doc;
    const comma = tokens[first - 1];
    const head = tokens[first - 2];
    if (comma?.text !== ',' || !head || head.upos !== 'NOUN' || !offices.has(head.lemma.toLowerCase())) return null;
    for (let j = first - 3; j >= Math.max(0, first - 3 - APPOSITION_WORDS); j--) {
      if (tokens[j].sent !== tokens[first].sent || tokens[j].upos === 'PUNCT') return null;
      if (tokens[j].lemma === 'the') return head.lemma.toLowerCase();
    }
    return null;
  }

  /**
   * The words of a short description in commas right after token k (", the education
   * secretary,", ", the union's general secretary,"), lower-cased, when it ends in a common noun;
   * else none.
   */
  private apposition(k: number): string[] {
    const { tokens } = this.doc;
    if (tokens[k + 1]?.text !== ',' || tokens[k + 2]?.lemma !== 'the') return [];
    for (let j = k + 3; j < Math.min(tokens.length, k + 3 + APPOSITION_WORDS); j++) {
      if (tokens[j].sent !== tokens[k].sent) return [];
      if (tokens[j].text !== ',') continue;
      const head = tokens[j - 1];
      if (head.upos !== 'NOUN' || !/^\p{Ll}/u.test(head.text)) return [];
      const words = tokens.slice(k + 3, j - 1).map((w) => w.text.toLowerCase());
      return [...words, head.lemma.toLowerCase()];
    }
    return [];
  }

  /**
   * "The information commissioner says he is asking for details … Richard Thomas said …": a
   * lede that gives a speaker by office alone, before the story has named any person, means the
   * person the next sentences give as a subject. The office is theirs from there on.
   */
  private bindLedeOffices(): void {
    const { tokens, sentences } = this.doc;
    // (only before the story names its first person: further in, an office is most often
    // someone it never names, "the prime minister said")
    for (let k = 1; k < tokens.length && this.actorAt[k]?.kind !== 'person'; k++) {
      const t = tokens[k];
      const phrase = this.actorAt[k] ? undefined : this.definiteOffice(k);
      if (phrase === undefined || !this.speaks(k)) continue;
      const head = t.lemma.toLowerCase();
      if (this.byHead(head, k, null)) continue;
      const last = sentences[Math.min(sentences.length - 1, t.sent + AHEAD)].end;
      for (let j = sentences[t.sent].end; j < last; j++) {
        const a = this.actorAt[j];
        if (!a || a.kind !== 'person' || !this.isSubject(j)) continue;
        this.addHead(head, k, a);
        if (phrase) this.addPhrase([phrase.text.toLowerCase(), t.text.toLowerCase()], k, a);
        break;
      }
    }
  }

  /** Whether token k is the subject of a verb of saying. */
  private speaks(k: number): boolean {
    const t = this.doc.tokens[k];
    if (!this.isSubject(k)) return false;
    const verb = this.doc.sentences[t.sent].parsed ? t.head : this.firstVerb(t.sent);
    return verb >= 0 && speechVerbs.has(this.doc.tokens[verb].lemma);
  }

  private readonly byKey = new Map<string, Actor>();

  /** Head words ("mayor", "commission", "union") and the actors they were last written with. */
  private readonly heads = new Map<string, { at: number; actor: Actor }[]>();
  private addHead(word: string, at: number, actor: Actor): void {
    const list = this.heads.get(word) ?? [];
    // (in text order: names are met in order, a lede's office after them)
    list.splice(firstFrom(list, at), 0, { at, actor });
    this.heads.set(word, list);
  }

  /** Offices of two words ("information commissioner") and the people named with them. */
  private readonly phrases = new Map<string, { at: number; actor: Actor }[]>();
  private addPhrase(words: string[], at: number, actor: Actor): void {
    const key = words.join(' ');
    const list = this.phrases.get(key) ?? [];
    list.splice(firstFrom(list, at), 0, { at, actor });
    this.phrases.set(key, list);
  }

  /**
   * The person an office of two words at token k names: the one last named with it before k,
   * else the first named with it after, anywhere in the story.
   */
  private byPhrase(k: number, exclude: Actor | null): Actor | null {
    const { tokens } = this.doc;
    const before = tokens[k - 1];
    if (!before || before.head !== k || !/^(?:compound|amod)$/.test(before.dep)) return null;
    const list = this.phrases.get(`${before.text.toLowerCase()} ${tokens[k].text.toLowerCase()}`);
    if (!list) return null;
    const lo = firstFrom(list, k);
    for (let i = lo - 1; i >= 0; i--) if (list[i].actor !== exclude) return list[i].actor;
    for (let i = lo; i < list.length; i++) if (list[i].actor !== exclude) return list[i].actor;
    return null;
  }

  /** The actor last named with this head word before token k (the list is in text order). */
  private byHead(word: string, k: number, exclude: Actor | null): Actor | null {
    const list = this.heads.get(word);
    if (!list) return null;
    // binary search for the last entry before k, so a page full of "the union" stays linear
    const lo = firstFrom(list, k);
    for (let i = lo - 1; i >= Math.max(0, lo - HEAD_LOOK_BACK); i--)
      if (list[i].actor !== exclude) return list[i].actor;
    // "the data commissioner" before the story names her ("… commissioner Ruth Adams"): a
    // person's office is theirs ahead too, within a few sentences
    const sent = this.doc.tokens[k].sent;
    for (let i = lo; i < list.length; i++) {
      const { at, actor } = list[i];
      if (this.doc.tokens[at].sent - sent > DESCRIPTION_LOOK_BACK) break;
      if (actor.kind === 'person' && actor !== exclude) return actor;
    }
    return null;
  }

  /**
   * "Lib Dem Susan Kramer", parsed as one flat name headed by the party's word: the person the
   * rest of it names speaks, for the party.
   */
  private heldBy(k: number, own: Actor): Referent {
    if (own.kind !== 'person')
      for (const c of this.tree.children[k]) {
        const a = this.actorAt[c];
        if (a && a.kind === 'person' && /^(?:flat|compound)/.test(this.doc.tokens[c].dep))
          return { actor: a, onBehalfOf: own };
      }
    return { actor: own, onBehalfOf: null };
  }

  /** The actor whose name holds token k, if any. */
  named(k: number): Referent | null {
    const a = this.actorAt[k];
    return a ? { actor: a, onBehalfOf: null } : null;
  }

  /** The page's country whose demonym token k is ("Russian negotiators"). */
  demonym(k: number): Referent | null {
    const key = demonyms.get(this.doc.tokens[k].text);
    const country = key ? this.byKey.get(key) : undefined;
    return country ? { actor: country, onBehalfOf: null } : null;
  }

  /** The actor a phrase headed by token k refers to. */
  resolve(k: number, exclude: Actor | null = null): Referent | null {
    const own = this.actorAt[k];
    if (own) return this.heldBy(k, own);
    const t = this.doc.tokens[k];
    const lower = t.text.toLowerCase();
    if (t.upos === 'PRON' || pronouns.has(lower)) return this.antecedent(k, pronouns.get(lower) ?? 'any', exclude);
    const body = this.stateBody(k);
    if (body && body.actor !== exclude) return body;
    const among = this.namedAmong(k) ?? this.writtenBy(k);
    if (among) return among;
    if (this.unnamedPeople(k)) return null;
    const inside = this.namesInside(k);
    // "Venezuela's opposition": a part of a state that is not its voice names no one
    if (notTheState.has(lower) && inside.length && inside.every((a) => a.kind === 'country')) return null;
    // "the England captain": a person, whose team's name is not them; with "the", the person
    // the story named before ("… said Grewcock. … the England man should be more careful")
    if (personNouns.has(lower) && !inside.some((a) => a.kind === 'person')) {
      const definite = this.tree.children[k].some((c) => this.doc.tokens[c].lemma === 'the');
      return definite && !isPlural(t) ? this.antecedent(k, 'person', exclude, DESCRIPTION_LOOK_BACK) : null;
    }
    const person = inside.find((a) => a.kind === 'person');
    if (person) return { actor: person, onBehalfOf: inside.find((a) => a.kind !== 'person') ?? null };
    if (inside.length) return { actor: inside[0], onBehalfOf: null };
    // "its commander", "their spokesman": the body the possessive stands for
    const owner = this.tree.children[k].find(
      (c) => this.doc.tokens[c].dep === 'nmod:poss' && this.doc.tokens[c].upos === 'PRON',
    );
    if (owner !== undefined && /^(?:its|their)$/i.test(this.doc.tokens[owner].text))
      return this.resolve(owner, exclude);
    // "Russian negotiators": the country the page names, through its demonym
    for (const c of this.tree.children[k]) {
      const country = this.doc.tokens[c].dep === 'amod' ? this.demonym(c) : null;
      if (country) return country;
    }
    const det =
      this.tree.children[k].some((c) => this.doc.tokens[c].lemma === 'the') || this.doc.tokens[k - 1]?.lemma === 'the';
    // ("urged ministers to act": a plural the lexicon lists bare, the story's state)
    if (!det && t.upos === 'NOUN' && descriptors.get(lower) === 'country') return this.mostNamedCountry(k, exclude);
    if (!det || t.upos !== 'NOUN') return null;
    // "the unions", "the authorities": many parties, never the one union named before; only a
    // plural the lexicon lists for a group ("the rebels") is one actor
    if (isPlural(t)) {
      const group = descriptors.get(`the ${lower}`);
      // ("the authorities", like "the government": the story's own country)
      if (group === 'country') return this.mostNamedCountry(k, exclude);
      return group ? this.antecedent(k, group, exclude, DESCRIPTION_LOOK_BACK) : null;
    }
    const byHead = this.byPhrase(k, exclude) ?? this.byHead(t.lemma.toLowerCase(), k, exclude);
    if (byHead) return { actor: byHead, onBehalfOf: null };
    // ("the prime minister", "the central bank": a state's own office or body, of two words, asked
    // to act; an office unnamed that speaks is only a person the story does not name)
    const before = this.doc.tokens[k - 1];
    const qualified = before?.head === k ? descriptors.get(`the ${before.text.toLowerCase()} ${lower}`) : undefined;
    if (qualified && offices.has(t.lemma.toLowerCase()) && this.speaks(k)) return null;
    const kind = qualified ?? descriptors.get(`the ${t.lemma.toLowerCase()}`);
    if (!kind) return null;
    // "the government", "the country": the story's own country, the one the page has named most
    // so far, rather than whichever country was last a subject ("… the US said. The government
    // will also seek …" in a story about France)
    if (kind === 'country') return this.mostNamedCountry(k, exclude);
    return this.antecedent(k, kind, exclude, DESCRIPTION_LOOK_BACK) ?? this.namedAhead(k, kind, exclude);
  }

  /**
   * "… should not be introduced yet, the elections watchdog has said. In a new report, the
   * Electoral Commission says …": a lede's description with no fitting name before it is the
   * first fitting body that is a subject in the next sentences.
   */
  private namedAhead(k: number, kind: string, exclude: Actor | null): Referent | null {
    if (kind !== 'organization' && kind !== 'group') return null;
    // (only the one who speaks: a description asked to act is no one named yet)
    const t = this.doc.tokens[k];
    if (!t.dep.startsWith('nsubj') || t.head < 0 || !speechVerbs.has(this.doc.tokens[t.head].lemma)) return null;
    const sent = t.sent;
    const last = this.doc.sentences[Math.min(this.doc.sentences.length - 1, sent + AHEAD)].end;
    for (let j = k + 1; j < last; j++) {
      const a = this.actorAt[j];
      if (a && a !== exclude && a.kind === kind && this.isSubject(j)) return { actor: a, onBehalfOf: null };
    }
    return null;
  }

  /** What pronoun subjects were found to stand for, so a chain of them is followed once. */
  private readonly pronounAt = new Map<number, Actor | null>();
  private chainDepth = 0;

  /**
   * "The embassy rejected the protest. In a statement, it said … It urged Manila …": a pronoun
   * subject of the same form before the pronoun at k stands for what that one stands for.
   */
  private samePronoun(k: number, j: number): Actor | null {
    const t = this.doc.tokens[j];
    if (t.upos !== 'PRON' || t.text.toLowerCase() !== this.doc.tokens[k].text.toLowerCase() || !this.isSubject(j))
      return null;
    // (a main clause's: "… claims from X that he led …" says nothing of who "He said" is)
    if (this.doc.sentences[t.sent].parsed && this.doc.tokens[t.head]?.head !== -1) return null;
    if (!this.pronounAt.has(j)) {
      // (a chain is followed a bounded number of pronouns back, so resolving one far down a long
      // page never recurses through all those before it)
      if (this.chainDepth >= PRONOUN_CHAIN) return null;
      // (marked first: a chain never comes back to a pronoun being resolved)
      this.pronounAt.set(j, null);
      this.chainDepth++;
      try {
        this.pronounAt.set(j, this.resolve(j)?.actor ?? null);
      } finally {
        this.chainDepth--;
      }
    }
    return this.pronounAt.get(j) ?? null;
  }

  /**
   * "The Chinese embassy", "the Russian foreign ministry": a state's own body after its demonym
   * (one word may come between) is that state, when the page names it.
   */
  private stateBody(k: number): Referent | null {
    const t = this.doc.tokens[k];
    if ((t.upos !== 'NOUN' && t.upos !== 'PROPN') || !stateBodies.has(t.lemma.toLowerCase())) return null;
    return (k >= 1 ? this.demonym(k - 1) : null) ?? (k >= 2 ? this.demonym(k - 2) : null);
  }

  /**
   * A main clause's subject named only by an office ("the prime minister", "the spokesman"): the
   * person the story bound that office to, null when it bound none; undefined when token j is no
   * such subject.
   */
  private officeSubject(j: number, exclude: Actor | null): Actor | null | undefined {
    const { tokens, sentences } = this.doc;
    const t = tokens[j];
    if (this.definiteOffice(j) === undefined || !this.isSubject(j)) return undefined;
    if (sentences[t.sent].parsed && tokens[t.head]?.head !== -1) return undefined;
    return this.byPhrase(j, exclude) ?? this.byHead(t.lemma.toLowerCase(), j, exclude);
  }

  /**
   * A singular office at token k written with "the" before it, directly or past one lower-case
   * word ("the spokesman", "the information commissioner"): that word, or null when there is none;
   * undefined when k is no such office.
   */
  private definiteOffice(k: number): Token | null | undefined {
    const { tokens } = this.doc;
    const t = tokens[k];
    if (t.upos !== 'NOUN' || isPlural(t) || !offices.has(t.lemma.toLowerCase())) return undefined;
    const before = tokens[k - 1];
    const qualifier = before !== undefined && /^\p{Ll}+$/u.test(before.text) && before.lemma !== 'the' ? before : null;
    return tokens[qualifier ? k - 2 : k - 1]?.lemma === 'the' ? qualifier : undefined;
  }

  /** The actor a "the <noun>" subject at j stands for, through the description rules; else null. */
  private describedSubject(j: number, exclude: Actor | null): Actor | null {
    const t = this.doc.tokens[j];
    if (!this.isSubject(j)) return null;
    const body = this.stateBody(j);
    if (body) return body.actor;
    if (t.upos !== 'NOUN' || isPlural(t)) return null;
    if (this.doc.tokens[j - 1]?.lemma !== 'the') return null;
    const kind = descriptors.get(`the ${t.lemma.toLowerCase()}`);
    if (!kind || kind === 'country') return null;
    return (
      this.byHead(t.lemma.toLowerCase(), j, exclude) ??
      this.antecedent(j, kind, exclude, DESCRIPTION_LOOK_BACK)?.actor ??
      null
    );
  }

  /**
   * Whether token j is a subject: by the tree, or in a sentence left unparsed (no cue in it),
   * when it stands before the sentence's first verb.
   */
  private isSubject(j: number): boolean {
    const t = this.doc.tokens[j];
    const sentence = this.doc.sentences[t.sent];
    if (sentence.parsed) return t.dep.startsWith('nsubj');
    // (a caption with no verb, "Nurses outside St Thomas' Hospital", has no subject)
    const first = this.firstVerb(t.sent);
    if (first !== j) return j < first;
    for (let x = j + 1; x < sentence.end; x++) if (this.doc.tokens[x].upos === 'VERB') return true;
    return false;
  }

  /** "The Trump administration has ruled out …": the person whose government is the subject. */
  private governsSubject(j: number, a: Actor): boolean {
    const t = this.doc.tokens[j];
    if (a.kind !== 'person' || (t.dep !== 'compound' && t.dep !== 'flat')) return false;
    let head = t.head;
    for (let step = 0; step < 3 && head >= 0 && this.actorAt[head] === a; step++) head = this.doc.tokens[head].head;
    return head >= 0 && governmentNouns.has(this.doc.tokens[head].lemma.toLowerCase()) && this.isSubject(head);
  }

  /** Each sentence's first verb token, or -1 when it has none; found once per sentence. */
  private firstVerbs: Int32Array | null = null;

  private firstVerb(sent: number): number {
    if (!this.firstVerbs) {
      const first = new Int32Array(this.doc.sentences.length).fill(-1);
      for (let i = this.doc.tokens.length - 1; i >= 0; i--) {
        const t = this.doc.tokens[i];
        if (t.upos === 'VERB') first[t.sent] = i;
      }
      this.firstVerbs = first;
    }
    return this.firstVerbs[sent];
  }

  /** For each token, the country named most often before it (ties: the first named); built once. */
  private leadingCountry: (Actor | null)[] | null = null;

  private mostNamedCountry(k: number, exclude: Actor | null): Referent | null {
    if (!this.leadingCountry) {
      const leading: (Actor | null)[] = new Array(this.actorAt.length);
      const counts = new Map<Actor, number>();
      let best: Actor | null = null;
      let bestCount = 0;
      for (let j = 0; j < this.actorAt.length; j++) {
        leading[j] = best;
        const a = this.actorAt[j];
        // one count per mention, at its first token
        if (!a || a.kind !== 'country' || this.actorAt[j - 1] === a || stateless.has(a.key)) continue;
        const n = (counts.get(a) ?? 0) + 1;
        counts.set(a, n);
        if (n > bestCount) {
          best = a;
          bestCount = n;
        }
      }
      this.leadingCountry = leading;
    }
    const best = this.leadingCountry[k];
    return best && best !== exclude ? { actor: best, onBehalfOf: null } : null;
  }

  /**
   * "Kenyan protesters", "Britain's opposition leaders": people of a state or body who do not
   * speak for it. Only plurals of the nouns that do ("Russian negotiators") stand for it, and not
   * with a word that narrows them to a part ("opposition leaders").
   */
  private unnamedPeople(k: number): boolean {
    const t = this.doc.tokens[k];
    if (t.upos !== 'NOUN' || !isPlural(t)) return false;
    if (this.tree.children[k].some((c) => this.doc.tokens[c].dep === 'appos')) return false;
    // "opposition leaders" are some of them; "union members" are still the union's
    const narrowed = this.tree.children[k].some((c) => {
      const d = this.doc.tokens[c];
      return (d.dep === 'compound' || d.dep === 'amod') && /^\p{Ll}/u.test(d.text) && !bodyNouns.has(d.lemma);
    });
    // "Greenpeace activists", "its members": the body they belong to speaks
    if (membersOf.has(t.lemma.toLowerCase()) && !narrowed) return !this.ofBody(k);
    return !speakingFor.has(t.lemma.toLowerCase()) || narrowed;
  }

  /**
   * "shareholders led by Cobalt Capital", "business groups, including the National Retail
   * Federation": unnamed people whom a named one leads, or who include one, speak through it.
   */
  private namedAmong(k: number): Referent | null {
    const t = this.doc.tokens[k];
    if (t.upos !== 'NOUN' || !isPlural(t)) return null;
    return this.namedWith(k, (lemma) => lemma === 'lead', /^including$/);
  }

  /**
   * "A motion passed by the assembly called on …", "a statement from the Kremlin urged …": what
   * a party wrote speaks for the one who wrote it.
   */
  private writtenBy(k: number): Referent | null {
    const t = this.doc.tokens[k];
    if (t.upos !== 'NOUN' || !documents.has(t.lemma.toLowerCase())) return null;
    return this.namedWith(k, () => true, /^(?:from|by)$/);
  }

  /**
   * The actor named beside the noun at k: as the agent of a participle on it whose lemma passes
   * `participle` ("led by X"), or in a phrase whose case word `cases` matches ("including X").
   */
  private namedWith(k: number, participle: (lemma: string) => boolean, cases: RegExp): Referent | null {
    for (const c of this.tree.children[k]) {
      const d = this.doc.tokens[c];
      const by =
        d.dep === 'acl' && participle(d.lemma)
          ? this.tree.children[c].find((x) => this.doc.tokens[x].dep === 'obl:agent')
          : /^(?:nmod|obl)$/.test(d.dep) && cases.test(caseOf(this.tree, c))
            ? c
            : undefined;
      const named = by === undefined ? null : (this.actorAt[by] ?? this.namesInside(by)[0] ?? null);
      if (named) return { actor: named, onBehalfOf: null };
    }
    return null;
  }

  /** Whether the phrase under k names a body, or is a body's ("its members"). */
  private ofBody(k: number): boolean {
    if (this.namesInside(k).some((a) => a.kind === 'organization' || a.kind === 'group')) return true;
    return this.tree.children[k].some(
      (c) => this.doc.tokens[c].dep === 'nmod:poss' && /^its$/i.test(this.doc.tokens[c].text),
    );
  }

  /** Actors named in the phrase under k (not inside its clauses), nearest to k first. */
  private namesInside(k: number): Actor[] {
    const found: Actor[] = [];
    const stack = [...this.tree.children[k]];
    while (stack.length) {
      const c = stack.pop() as number;
      // (a name the parser hung under a comma, "chief executive, Maria Lopez,", is still inside)
      const dep = this.doc.tokens[c].dep;
      if (!INSIDE.has(dep) && !(dep === 'punct' && this.tree.children[c].length)) continue;
      const a = this.actorAt[c];
      if (a && !found.includes(a)) found.push(a);
      stack.push(...this.tree.children[c]);
    }
    return found;
  }

  /** The nearest actor before token k that fits the kind, preferring one that was a subject. */
  private antecedent(k: number, kind: string, exclude: Actor | null, reach = LOOK_BACK): Referent | null {
    if (kind === 'speaker') return null;
    // (a news outlet cited is a source, never the one a pronoun or description stands for)
    const fits = (a: Actor) =>
      a !== exclude &&
      !outlets.has(a.name) &&
      (kind === 'any' ||
        (kind === 'person' && a.kind === 'person') ||
        (kind === 'nonperson' && a.kind !== 'person') ||
        a.kind === (kind as ActorKind));
    const sent = this.doc.tokens[k].sent;
    const description = reach > LOOK_BACK;
    // a description takes the nearest fitting subject within a longer reach, else the nearest
    // fitting actor within its own
    const floor = this.doc.sentences[Math.max(0, sent - (description ? DESCRIPTION_SUBJECT_LOOK_BACK : reach))].start;
    const nearFloor = this.doc.sentences[Math.max(0, sent - reach)].start;
    // a pronoun: the sentence nearest before k that names a fitting actor, its subject, else its
    // first one; a description: the nearest fitting actor that was a subject, else the nearest
    let chosen: Actor | null = null;
    let mainSubject: Actor | null = null;
    let subjectFound: Actor | null = null;
    let chosenSent = -1;
    let nearest: Actor | null = null;
    // "people want … and they want politicians to …": a plural pronoun after unnamed people in
    // a subject or object is them, not the body named before
    const plural = /^(?:they|them|their)$/i.test(this.doc.tokens[k].text);
    for (let j = k - 1; j >= floor; j--) {
      const w = this.doc.tokens[j];
      if (plural && !this.actorAt[j] && this.unnamedPeople(j) && /^(?:nsubj|obj)/.test(w.dep)) return null;
      // "the regulator said Apple held … It also told …": a subject described, not named, is
      // the subject a pronoun after it continues
      let a = this.actorAt[j] ?? (description ? null : (this.describedSubject(j, exclude) ?? this.samePronoun(k, j)));
      if (!a && !description && kind === 'person') {
        // "The prime minister shrugged off claims from X … He said …": "he" is the office's
        // holder, whom the story may not have named; never the person named before the office
        const office = this.officeSubject(j, exclude);
        if (office === null) return null;
        if (office) a = office;
      }
      if (!a) continue;
      // ("it" may be "the Trump administration": the person acting through their government)
      const governs = this.governsSubject(j, a);
      if (!fits(a) && !(governs && kind === 'nonperson' && a !== exclude)) continue;
      const t = this.doc.tokens[j];
      const subject = governs || this.isSubject(j);
      if (description) {
        if (j >= nearFloor) nearest ??= a;
        if (subject) return { actor: a, onBehalfOf: null };
        continue;
      }
      if (chosenSent >= 0 && t.sent !== chosenSent) break;
      chosenSent = t.sent;
      chosen = a;
      // the main clause's subject, over one in a clause it reports ("the regulator said Apple
      // held …")
      if (subject && (!this.doc.sentences[t.sent].parsed || this.doc.tokens[t.head]?.head === -1)) {
        mainSubject = a;
        break;
      }
      if (subject) subjectFound ??= a;
    }
    const found = mainSubject ?? subjectFound ?? chosen ?? nearest;
    return found ? { actor: found, onBehalfOf: null } : null;
  }
}

/** The index of the first entry at or after token k in a list in text order (binary search). */
function firstFrom(list: readonly { at: number }[], k: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
