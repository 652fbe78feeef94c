// Who is speaking, who a pronoun or a description stands for, and who is the subject of a
// clause: what turns a cue into "this actor demands".
import type { PlacedMention } from './actors';
import { demonyms, descriptors, pronouns } from './lexicon';
import type { Sentence } from './sentences';
import type { Actor } from './types';

const REPORTING =
  '(?:said|says|added|adds|told|tells|wrote|writes|tweeted|posted|stated|warned|argued|insisted|claimed|declared|announced|explained|noted|stressed|continued)';
const PRONOUN_SPEAKER = new RegExp(
  `\\b(he|she|it|they|we)\\s+(?:has\\s+|had\\s+|also\\s+|then\\s+)*${REPORTING}\\b`,
  'gi',
);
const DESCRIPTOR_SPEAKER = new RegExp(
  `\\b(${[...descriptors.keys()].join('|')})\\s+(?:has\\s+|had\\s+|also\\s+)*${REPORTING}\\b`,
  'i',
);
const DESCRIBED_SUBJECT = new RegExp(
  `\\b(${[...descriptors.keys()].join('|')})\\s+(?:has\\s+|had\\s+|also\\s+)*(?:${REPORTING}|\\p{L}+(?:ed|s))\\b`,
  'gu',
);
// "the Trump administration", "the Netanyahu government": a person's name standing for a state
const GOVERNMENT_AFTER = /^\s+(?:administration|government|cabinet|team)\b/;
const AUXILIARIES =
  /(?:\s*\b(?:has|have|had|is|are|was|were|will|would|has also|had also|also|again|then|now|still|repeatedly|publicly|reportedly|previously|already|formally|officially|on \p{Lu}\p{Ll}+|last \p{L}+|this \p{L}+|been|being|now)\b)*\s*$/u;
// "Kenya protesters demand …", "Chile's copper miners demand …": people from a place or a firm,
// not the state or the firm, are the subject
const PEOPLE_HEAD =
  /^(?:[’']s)?\s+(?:\p{Ll}+\s+)?(?:protesters|demonstrators|activists|students|residents|citizens|people|voters|fans|families|crowds|youths|campaigners|critics|opponents|opposition|workers|miners|farmers|nurses|doctors|teachers|strikers|employees)\b/u;
const STATE_PEOPLE =
  /\b(\p{Lu}[\p{L}-]+)\s+(?:officials?|negotiators?|diplomats?|ministers?|government|authorities|forces|troops|military|army|navy|delegation|side|embassy|ministry|president|leaders?|state|envoys?|prosecutors|police)\b/gu;
// "X, whose members include Google, Meta and Amazon, said": a relative clause may hold commas
const RELATIVE_BEFORE = /,\s*(?:whose|which|who)\b[^.;“”"]{1,140},\s*(?:has\s+|had\s+|also\s+|then\s+)*$/;
const VOICE_AFTER =
  /^[’']s?\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|office|aides?|advisers?|lawyers?|team|press secretary)\s+(?:has\s+|had\s+|also\s+)*$/u;
const STATE_ACTION =
  /\b(\p{Lu}[\p{L}-]+)\s+(?:withdrawal|attacks?|troops|forces|strikes|aggression|occupation|government|authorities|military|offensive|bombardment|blockade|settlements?|sanctions)\b/gu;
const INSTITUTION_HEADS = /^(?:council|commission|court|ministry|department|committee|tribunal|authority|board)$/;
const COMPANY_HEADS =
  /^(?:company|firm|carmaker|automaker|airline|retailer|lender|bank|insurer|operator|supermarket|group|giant|major)$/;
const NOT_COMPANY_NAMES =
  /\b(?:Union|Unions|Association|Federation|Congress|Council|Commission|Party|Metall|Guild|Workers|Teamsters|Brotherhood|Authority|Agency|Ministry|Department|Government)\b/;
// "the regulator", "the watchdog": a body whose name says it regulates
const REGULATOR_HEADS = /^(?:regulator|watchdog)$/;
const REGULATOR_NAMES = /^(?:commission|authority|agency|regulator|office|board|bureau|ofcom|ofwat|ofgem)$/;
const APPOSITION_BEFORE = /,\s*[^,.;“”"]{1,80},\s*(?:has\s+|had\s+|also\s+|then\s+)*$/;
// "US Labor Secretary Julie Su", "Boeing chief executive Kelly Ortberg": the name at the end is the subject
const TITLE_WORDS =
  /^(?:[’']s)?(?:\s+(?:\p{Lu}[\p{L}-]*|chief|executive|president|minister|secretary|leader|spokes\p{L}+|head|boss|chair\p{L}*|founder|general|commissioner|envoy|ambassador|director|governor|mayor|negotiator|adviser|advisor|deputy|foreign|defence|defense|finance|prime|acting|former|senior)){1,5},?\s+$/u;
const POSSESSOR: Record<string, string> = { its: 'it', their: 'they', his: 'he', her: 'she' };
const MEMBERS_OF =
  /\b(?:activists|campaigners|members|supporters|officials|leaders|workers|staff|representatives|protesters|negotiators|lawyers|spokes\w+|delegates|fighters|troops|forces|executives|ministers|diplomats|researchers|organisers|organizers|volunteers)\s+(?:of|from|at|for)\s+(?:the\s+)?$/i;
// "into central Brussels", "from neighbouring Russia": one describing word may come between
// (but in "a campaign in which Tesla urged", Tesla is the relative clause's subject)
const PREPOSITION_BEFORE =
  /\b(?:[Oo]f|[Ii]n|[Oo]n|[Ff]or|[Ww]ith|[Aa]gainst|[Tt]o|[Bb]y|[Ff]rom|[Aa]t|[Ii]nto|[Oo]ver|[Bb]etween|[Ii]ncluding|[Ll]ike|[Tt]han|[Aa]bout|[Tt]oward|[Tt]owards)\s+(?:the\s+)?(?:(?!which\b|whom\b|whose\b)\p{Ll}+\s+)?$/u;

export class Attribution {
  private speakers: (Actor | null)[] = [];

  private actorByKey = new Map<string, Actor>();
  private sentenceStarts: number[];

  constructor(
    private text: string,
    private sentences: Sentence[],
    private placed: PlacedMention[],
  ) {
    for (const m of placed) this.actorByKey.set(m.actor.key, m.actor);
    this.sentenceStarts = sentences.map((s) => s.start);
    sentences.forEach((s, i) => {
      this.speakers.push(this.findSpeaker(s, i));
    });
  }

  /** Mentions inside [from, to): a binary search, since pages can hold thousands of mentions. */
  mentionsIn(from: number, to: number): PlacedMention[] {
    const out: PlacedMention[] = [];
    for (let i = this.firstAtOrAfter(from); i < this.placed.length && this.placed[i].start < to; i++) {
      if (this.placed[i].end <= to) out.push(this.placed[i]);
    }
    return out;
  }

  private firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.placed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.placed[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions before `pos`, nearest first, looking back at most `sentences` sentences. */
  private *before(pos: number, sentences = 8): Generator<PlacedMention> {
    const si = this.sentenceAt(pos);
    for (let i = this.firstAtOrAfter(pos) - 1; i >= 0; i--) {
      if (this.placed[i].sentence < si - sentences) return;
      yield this.placed[i];
    }
  }

  private inSentence(k: number): PlacedMention[] {
    const s = this.sentences[k];
    return s ? this.mentionsIn(s.start, s.end) : [];
  }

  /** The speaker of a sentence: named in it, or carried on from the quote it continues. */
  speakerOf(si: number): Actor | null {
    return this.speakers[si];
  }

  private findSpeaker(s: Sentence, si: number): Actor | null {
    const body = this.text.slice(s.start, s.end);
    const re = new RegExp(`\\b${REPORTING}\\b`, 'g');
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const at = s.start + m.index;
      // "rules it writes" inside a quote is what was said, not who said it
      if (this.insideQuote(at)) continue;
      // "X, leader of the opposition Christian Democrats, said": the name before the apposition
      const head = this.text.slice(Math.max(s.start, at - 160), at);
      const appo = RELATIVE_BEFORE.exec(head) ?? APPOSITION_BEFORE.exec(head);
      if (appo) {
        const cut = at - appo[0].length;
        const named = this.mentionsIn(Math.max(s.start, cut - 60), cut).filter((x) => !this.insideQuote(x.start));
        const head = named.at(-1);
        // "The UN mission in Afghanistan, Unama, said": the name after "in" is not who speaks
        const subject = head && !this.isSubject(head) ? named.find((x) => this.isSubject(x) && !x.possessive) : head;
        if (head && head.end === cut && subject) return subject.actor;
      }
      // "X, the Taliban's spokesman, denied … and said": after "and", the sentence's subject speaks
      if (/\band\s+(?:also\s+)?$/.test(this.text.slice(Math.max(s.start, at - 10), at))) {
        const subject = this.inSentence(si).find((x) => !x.possessive && x.start < at);
        if (subject && this.isSubject(subject) && !this.insideQuote(subject.start)) return subject.actor;
      }
      // "X said", "X, the foreign minister, said", "X has said"
      // "Starmer's spokesman said", "Netanyahu's office said": the one they speak for
      const voiced = this.mentionsIn(Math.max(s.start, at - 60), at)
        .filter((x) => x.possessive && VOICE_AFTER.test(this.text.slice(x.end, at)))
        .at(-1);
      if (voiced) return voiced.actor;
      const before = this.mentionsIn(Math.max(s.start, at - 90), at).filter((x) => !x.possessive);
      const near = before.at(-1);
      const between = near ? this.text.slice(near.end, at) : '';
      // "The CGT and CFDT unions said": a name and the head noun it qualifies
      if (near && /^\s+(?:\p{Ll}+\s+){1,2}$/u.test(between) && !PEOPLE_HEAD.test(between) && this.isSubject(near))
        return near.actor;
      if (
        near &&
        (/^[\s,]*(?:[^,.;“”"]{0,70},\s*)?(?:has\s+|had\s+|have\s+|also\s+|then\s+)*$/.test(between) ||
          // "X rejected the report as “politically motivated” and said": the sentence's subject goes on speaking
          (near === this.inSentence(si).find((x) => !x.possessive) &&
            /^\s+[^.;]{0,90}\band\s+(?:also\s+)?$/.test(between) &&
            balancedQuotes(between)))
      )
        return near.actor;
      // "said X", "said Labour leader X"
      const after = this.mentionsIn(at, Math.min(s.end, at + m[0].length + 50))[0];
      // "said X." / "said X, the …": an inverted attribution, not the start of a reported clause
      if (
        after &&
        /^\s+(?:\S+\s+){0,3}$/.test(this.text.slice(at + m[0].length, after.start)) &&
        /^(?:[’']s)?\s*(?:[,.;:]|$)/.test(this.text.slice(after.end, s.end))
      )
        return after.actor;
    }
    for (const pronoun of body.matchAll(PRONOUN_SPEAKER)) {
      const at = s.start + (pronoun.index ?? 0);
      if (!this.insideQuote(at)) return this.resolvePronoun((pronoun[1] ?? '').toLowerCase(), at);
    }
    // "The Japanese government said": a state's people acting for it
    const state = new RegExp(`${STATE_PEOPLE.source}\\s+(?:has\\s+|had\\s+|also\\s+)*${REPORTING}\\b`, 'u').exec(body);
    if (state) {
      const key = demonyms.get(state[1] ?? '');
      const actor = key ? this.actorByKey.get(key) : undefined;
      if (actor) return actor;
    }
    // "the Government has stated" inside a quote is what was said, not who said it
    const described = DESCRIPTOR_SPEAKER.exec(body);
    if (described && !this.insideQuote(s.start + described.index)) {
      const actor = this.resolveDescriptor(described[1], s.start + described.index);
      if (actor) return actor;
    }
    const according = /according to\s+$/;
    for (const x of this.mentionsIn(s.start, s.end)) {
      if (according.test(this.text.slice(Math.max(s.start, x.start - 15), x.start))) return x.actor;
    }
    // a quote with no attribution continues the previous speaker's quote
    if (/[“"]/.test(body) || this.insideQuote(s.start)) {
      return si > 0 && this.sentences[si - 1].paragraph >= s.paragraph - 1 ? this.speakers[si - 1] : null;
    }
    return null;
  }

  /** A country on the page that a demonym in `words` names ("Israeli withdrawal"), other than `besides`. */
  stateNamedIn(words: string, besides: Actor | null): Actor | null {
    // "a full Israeli withdrawal", "Russian attacks": the people's state acts; "German plants" only places
    for (const [, word] of words.matchAll(STATE_ACTION)) {
      const key = demonyms.get(word ?? '');
      const actor = key ? this.actorByKey.get(key) : undefined;
      if (actor && actor !== besides) return actor;
    }
    return null;
  }

  /** Whether a position sits inside quotation marks opened earlier in its paragraph. */
  insideQuote(pos: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', pos - 1) + 1;
    const before = this.text.slice(lineStart, pos);
    const opens = (before.match(/“/g) ?? []).length;
    const closes = (before.match(/”/g) ?? []).length;
    const straight = (before.match(/"/g) ?? []).length;
    return opens > closes || straight % 2 === 1;
  }

  /**
   * Resolves he/she/it/they/we to an actor, looking back from `pos`. An object pronoun names
   * `besides`, the one who speaks to it: it cannot be them ("the Commission fined Apple and told
   * it to …": "it" is not the Commission), and it reaches back one sentence at most, since "urged
   * them" often means people never named.
   */
  resolvePronoun(word: string, pos: number, besides?: Actor | null): Actor | null {
    const object = besides !== undefined;
    const want = pronouns.get(word);
    if (!want) return null;
    const si = this.sentenceAt(pos);
    if (want === 'speaker') return si >= 0 ? this.speakerOf(si) : null;
    const fits = (m: PlacedMention) => {
      if (m.actor === besides || this.isModifier(m)) return false;
      const person = m.actor.kind === 'person' && !GOVERNMENT_AFTER.test(this.text.slice(m.end, m.end + 15));
      return want === 'person' ? person : want === 'nonperson' ? !person : true;
    };
    // prefer the subject of this sentence, then of the nearest earlier one that has a fitting one
    const here = this.inSentence(si).find((m) => m.start < pos && fits(m) && this.isSubject(m));
    if (here) return here.actor;
    for (let k = si - 1; k >= 0 && k >= si - (object ? 1 : 4); k--) {
      const subject = this.inSentence(k).find((m) => fits(m) && this.isSubject(m));
      // "the regulator said Apple …": a description can be the subject before any name
      const described = want !== 'person' ? this.describedSubject(k) : null;
      if (described && (!subject || described.at < subject.start)) return described.actor;
      if (subject) return subject.actor;
    }
    if (object) return null;
    for (const m of this.before(pos)) if (fits(m)) return m.actor;
    return null;
  }

  /** A description ("the regulator") acting as a subject in sentence k, and whom it stands for. */
  private describedSubject(k: number): { at: number; actor: Actor } | null {
    const s = this.sentences[k];
    const body = this.text.slice(s.start, s.end).toLowerCase();
    for (const m of body.matchAll(DESCRIBED_SUBJECT)) {
      const at = s.start + (m.index ?? 0);
      if (PREPOSITION_BEFORE.test(this.text.slice(Math.max(0, at - 30), at))) continue;
      const actor = this.resolveDescriptor(m[1] ?? '', at);
      if (actor) return { at, actor };
    }
    return null;
  }

  /** "the union", "the government": the latest actor of that kind. */
  /** `besides`: an actor the description cannot be ("X urged the union": not X itself). */
  resolveDescriptor(phrase: string, pos: number, besides: Actor | null = null): Actor | null {
    const kind = descriptors.get(phrase.toLowerCase());
    if (!kind) return null;
    const head = phrase.split(' ').at(-1) ?? '';
    // "the company" is never the union or the commission on the page
    const business = COMPANY_HEADS.test(head);
    const fits = (a: Actor) =>
      a !== besides &&
      (kind === 'any' ? a.kind !== 'person' : a.kind === kind || (kind === 'organization' && a.kind === 'group')) &&
      !(business && NOT_COMPANY_NAMES.test(a.name));
    const earlier = [...this.before(pos)].filter((m) => fits(m.actor) && !this.isModifier(m)).reverse();
    // "the commission" is the Commission on the page when there is one, else the latest body
    const named = earlier
      .filter((m) => {
        const words = m.actor.name.toLowerCase().split(' ');
        return words.includes(head) || (REGULATOR_HEADS.test(head) && words.some((w) => REGULATOR_NAMES.test(w)));
      })
      .at(-1);
    // "the council", "the court": a head word that names an institution must match one on the page
    if (!named && INSTITUTION_HEADS.test(head)) return null;
    // otherwise the latest body that was the subject of its sentence, not one merely acted upon
    const subject = earlier
      .filter(
        (m) =>
          (this.isSubject(m) || this.isMemberOf(m)) && this.inSentence(m.sentence).find((x) => !x.possessive) === m,
      )
      .at(-1);
    return (named ?? subject ?? earlier.at(-1))?.actor ?? null;
  }

  /** "activists from Extinction Rebellion", "officials of the union": people acting for the body. */
  isMemberOf(m: PlacedMention): boolean {
    return MEMBERS_OF.test(this.text.slice(Math.max(0, m.start - 40), m.start));
  }

  /** "US" in "US Labor Secretary Julie Su": a name that only qualifies the title of the next one. */
  private isModifier(m: PlacedMention): boolean {
    const next = this.placed[this.firstAtOrAfter(m.end)];
    return !!next && next.sentence === m.sentence && TITLE_WORDS.test(this.text.slice(m.end, next.start));
  }

  /** A mention in subject position: not after a preposition. */
  isSubject(m: PlacedMention): boolean {
    return !PREPOSITION_BEFORE.test(this.text.slice(Math.max(0, m.start - 30), m.start));
  }

  /**
   * The subject right before the verb ("Russia has demanded", "it has also said", "Moscow's
   * negotiators had demanded", "X, the foreign minister, urged"); undefined when the words
   * before the verb are no subject, so the caller looks further back.
   */
  private adjacentSubject(from: number, cueStart: number): Actor | null | undefined {
    let end = from + this.text.slice(from, cueStart).replace(AUXILIARIES, '').length;
    // an apposition between subject and verb: "Its president, Gianni Infantino, urged" is the person
    const appo = /,[^,]{1,60},\s*$/.exec(this.text.slice(from, end));
    if (appo) {
      const named = this.mentionsIn(from + appo.index, end).find((m) => m.actor.kind === 'person');
      // …but "The Economic Freedom Fighters, led by Julius Malema, want" is the body named before it
      const namedBefore = this.mentionsIn(from, from + appo.index).length > 0;
      if (
        named &&
        !namedBefore &&
        /^\s*(?:its|their|his|her|the)\s/i.test(
          this.text
            .slice(from, from + appo.index)
            .split(/[.;]/)
            .at(-1) ?? '',
        )
      )
        return named.actor;
      end = from + appo.index;
    }
    const before = this.text.slice(from, end);
    // the mention may be followed by one or two head words ("Moscow's negotiators", "Trump administration")
    const m = this.mentionsIn(from, end).at(-1);
    // …but not across "and": "the Commission fined Apple and told it" goes on with the Commission
    const between = this.text.slice(m?.end ?? 0, end);
    if (
      m &&
      /^(?:[’']s)?\)?(?:\s+[\p{L}-]+){0,2}\s*$/u.test(between) &&
      !/\b(?:and|or|but|then)\s*$/.test(between) &&
      !PEOPLE_HEAD.test(between) &&
      this.isSubject(m)
    )
      return m.actor;
    const pronoun = /\b(he|she|it|they|we|i)\s*$/i.exec(before);
    if (pronoun) return this.resolvePronoun(pronoun[1].toLowerCase(), from + pronoun.index);
    // "Its commander urged …", "their leader said …": the body the possessive stands for
    const owner = /\b(its|their|his|her)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*$/iu.exec(before);
    if (owner) return this.resolvePronoun(POSSESSOR[owner[1].toLowerCase()] ?? 'it', from + owner.index);
    for (const phrase of descriptors.keys()) {
      if (before.toLowerCase().endsWith(phrase)) return this.resolveDescriptor(phrase, end - phrase.length);
    }
    return undefined;
  }

  private sentenceAt(pos: number): number {
    let lo = 0;
    let hi = this.sentenceStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentenceStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    const s = this.sentences[lo];
    return s && pos >= s.start && pos <= s.end ? lo : -1;
  }

  /**
   * The actor doing what the verb at `cueStart` says: the subject of its clause, a pronoun or
   * description standing for one, a demonym ("Russian negotiators"), or the quote's speaker.
   */
  subjectBefore(from: number, cueStart: number): Actor | null {
    const window = this.text.slice(from, cueStart);
    // "The Japanese government said it wanted …": a pronoun right after the report is its speaker
    const reported = /^\s*(he|she|it|they|we)\s/i.exec(window);
    if (
      reported &&
      /\b(?:said|says|added|insisted|argued|warned)\s+(?:that\s+)?$/.test(this.text.slice(Math.max(0, from - 20), from))
    ) {
      const speaker = this.speakerOf(this.sentenceAt(from));
      const want = pronouns.get(reported[1].toLowerCase());
      if (
        speaker &&
        (want !== 'person' || speaker.kind === 'person') &&
        (want !== 'nonperson' || speaker.kind !== 'person')
      )
        return speaker;
    }
    const near = this.adjacentSubject(from, cueStart);
    if (near !== undefined) return near;
    // "He urged the United States to … and asked Germany to …": the pronoun opening the clause
    // is the subject, not the first name after it
    const opening = /^\s*(?:\p{Lu}\p{Ll}+,?\s+)?(he|she|it|they|we)\s+(?!said|says|added|told)\p{L}+/iu.exec(window);
    if (opening && /\band\s+(?:also\s+)?$/.test(window))
      return this.resolvePronoun(opening[1].toLowerCase(), from + opening.index);
    const inClause = this.mentionsIn(from, cueStart);
    let k = inClause.findIndex(
      (m) => (this.isSubject(m) || this.isMemberOf(m)) && !PEOPLE_HEAD.test(this.text.slice(m.end, m.end + 30)),
    );
    if (k >= 0) {
      while (k + 1 < inClause.length && TITLE_WORDS.test(this.text.slice(inClause[k].end, inClause[k + 1].start))) k++;
      return inClause[k].actor;
    }
    const pronoun = /\b(he|she|it|they|we|i)\b(?![\s\S]*\b(?:he|she|it|they|we|i)\b)/i.exec(window);
    if (pronoun) return this.resolvePronoun(pronoun[1].toLowerCase(), from + pronoun.index);
    for (const phrase of descriptors.keys()) {
      const i = window.toLowerCase().lastIndexOf(phrase);
      if (i >= 0) return this.resolveDescriptor(phrase, from + i);
    }
    // inside a quote, "the American people want …" is the speaker's claim, not a state's demand
    if (this.insideQuote(cueStart)) return null;
    // "Russian negotiators demanded": a state's people acting for it; "Israelis rallied" are people
    for (const m of window.matchAll(STATE_PEOPLE)) {
      const key = demonyms.get(m[1] ?? '');
      const actor = key && this.actorByKey.get(key);
      if (actor) return actor;
    }
    return null;
  }
}

function balancedQuotes(text: string): boolean {
  return (
    (text.match(/"/g)?.length ?? 0) % 2 === 0 && (text.match(/“/g)?.length ?? 0) === (text.match(/”/g)?.length ?? 0)
  );
}
