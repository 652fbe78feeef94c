// Demands: a cue from cues.json, the actor who demands (the clause's subject, or the speaker
// for "X must …"), who must act, and the demanded content as the minimal exact substring,
// split where it coordinates several demands.
import type { PlacedMention } from './actors';
import { Attribution } from './attribution';
import { baseVerbs, clauseEnd, splitCoordinated, trimSpan } from './clauses';
import {
  CLAUSE_IN_OBJECT,
  DETERMINER_BEFORE,
  DETERMINER_END,
  DETERMINER_WORD,
  EPISTEMIC,
  type Frame,
  ISSUED_STATEMENT,
  isVerb,
  MODAL_SKIP,
  NEGATION,
  NOT_ADDRESSEES,
  NOT_NP_START,
  OBJ_TO_CUE,
  OBJ_TO_LONG,
  OBJ_VERB,
  PATTERNS,
  PEOPLE_OBJECT,
  REDUCED_RELATIVE,
  REFUSAL,
  RELATIVE_IN_OBJECT,
  shifted,
  startsWithVerb,
} from './demand-patterns';
import type { Sentence, Span } from './sentences';
import type { Actor, Demand } from './types';

interface Draft {
  actor: Actor | null;
  target: Actor | null;
  content: Span;
  cue: Span;
  sentence: Sentence;
  /** Clause is a list of verb phrases ("recognise A, withdraw B") or the content is a thing. */
  split: boolean;
  /** Someone was told to act ("urged both countries to …"), named or not: no target from the content. */
  addressed?: boolean;
}

export function findDemands(text: string, sentences: Sentence[], placed: PlacedMention[]): Demand[] {
  const who = new Attribution(text, sentences, placed);
  const drafts: Draft[] = [];
  sentences.forEach((s, si) => {
    const body = text.slice(s.start, s.end);
    const claimed: Span[] = [];
    const cueStarts = new Set<number>();
    const claim = (d: Draft | null) => {
      if (!d || d.content.end <= d.content.start) return;
      if (claimed.some((c) => c.start < d.content.end && d.content.start < c.end)) return;
      // one reading per cue: "urged other donors, including Gulf states, to follow suit" is not also "urged other donors"
      if (cueStarts.has(d.cue.start)) return;
      cueStarts.add(d.cue.start);
      claimed.push(d.content);
      drafts.push(d);
    };
    for (const [frame, re] of PATTERNS) {
      re.lastIndex = 0;
      for (let found = re.exec(body); found; found = re.exec(body)) {
        let m = found;
        // "wanted water bosses who failed to clean up rivers to face jail": past a relative clause,
        // the last "to" is the cue's
        if (frame === 'objTo' && RELATIVE_IN_OBJECT.test(m[1] ?? '')) {
          const longer = OBJ_TO_LONG.exec(body.slice(m.index));
          if (longer) m = shifted(longer, m.index);
        }
        const cueStart = s.start + m.index;
        const after = s.start + m.index + m[0].length;
        // "press charges and wants the activists to pay": the object holds the real cue; look again after this one
        if (frame === 'objTo' && (OBJ_TO_CUE.test(m[1] ?? '') || CLAUSE_IN_OBJECT.test(m[1] ?? ''))) {
          re.lastIndex = found.index + 1;
          continue;
        }
        if (!readsAsDemand(frame, m[0], cueStart, after)) continue;
        claim(build(frame, m, cueStart, after));
      }
    }
    OBJ_VERB.lastIndex = 0;
    for (let m = OBJ_VERB.exec(body); m; m = OBJ_VERB.exec(body)) {
      const at = s.start + m.index + m[0].length;
      const target = who.mentionsIn(at, s.end).find((p) => p.start === at);
      if (!target || negated(text, s.start, s.start + m.index)) continue;
      const verbAt = text.slice(target.end).match(/^\s+/)?.[0].length ?? 0;
      const verb = /^[\p{L}]+/u.exec(text.slice(target.end + verbAt))?.[0] ?? '';
      if (!baseVerbs.has(verb.toLowerCase())) continue;
      const from = target.end + verbAt;
      claim({
        actor: who.subjectBefore(clauseStart(text, s, s.start + m.index), s.start + m.index) ?? who.speakerOf(si),
        target: target.actor,
        content: trimSpan(text, from, clauseEnd(text, from, s.end)),
        cue: { start: s.start + m.index, end: s.start + m.index + m[0].trimEnd().length },
        sentence: s,
        split: true,
      });
    }

    /** Whether a cue found in this sentence states a demand, and is not one of its look-alikes. */
    function readsAsDemand(frame: Frame, cueText: string, cueStart: number, after: number): boolean {
      const before = (reach: number) => text.slice(Math.max(s.start, cueStart - reach), cueStart);
      if (frame === 'until') {
        // the refusal is what makes "until" a condition; a name must follow ("until Russia withdraws")
        if (!REFUSAL.test(before(60))) return false;
        if (
          !who.mentionsIn(after, after + 30)[0] &&
          !/^the\s+(?:government|authorities|company|union)\b/i.test(text.slice(after, after + 30))
        )
          return false;
      } else if (negated(text, s.start, cueStart)) return false;
      // "… strikes if management insisted on layoffs": a cue inside a condition is no one's demand
      if (frame !== 'threat' && /\b(?:if|unless|whether)\s+(?:the\s+)?\p{L}+\s+$/iu.test(before(30))) return false;
      // "the union should have pushed for a ban": what was not done, not a demand
      if (/\b(?:should|could|would|might|must)\s+have\s+$/i.test(before(16))) return false;
      // "a letter urging a U-turn" describes the letter; "issued a statement calling on" speaks for the subject
      return !(
        /^\p{L}+ing\b/u.test(cueText) &&
        REDUCED_RELATIVE.test(before(30)) &&
        !ISSUED_STATEMENT.test(before(60))
      );
    }

    function build(frame: Frame, m: RegExpExecArray, cueStart: number, after: number): Draft | null {
      const cue: Span = { start: cueStart, end: cueStart + m[0].trimEnd().length };
      const subjectFrom = clauseStart(text, s, cueStart);
      // "Lapid said Netanyahu should resign, and urged …": a verb joined to a reported clause by
      // "and" goes on with the one who reported it
      const joinedToReport =
        subjectFrom > s.start &&
        /(?:,\s*|\s)and\s+(?:also\s+)?(?:(?:was|were|is|are|has|have|had)\s+)?$/.test(
          text.slice(subjectFrom, cueStart),
        );
      const subject = () =>
        (joinedToReport ? who.speakerOf(si) : null) ?? who.subjectBefore(subjectFrom, cueStart) ?? who.speakerOf(si);
      const contentFrom = (from: number) => trimSpan(text, from, clauseEnd(text, from, s.end));
      switch (frame) {
        case 'until':
        case 'that':
        case 'condition': {
          // "a demand that officials described as …" is a noun with a relative clause
          if (frame === 'that' && DETERMINER_BEFORE.test(text.slice(Math.max(s.start, cueStart - 12), cueStart)))
            return null;
          // "demanded that Ukraine recognise …": Ukraine must act; the demand starts at the verb
          const lead = who.mentionsIn(after, after + 40)[0];
          let from = after;
          let target: Actor | null = null;
          if (lead && /^\s*(?:the\s+)?$/i.test(text.slice(after, lead.start))) {
            target = lead.actor;
            from = lead.end;
          } else {
            // "demanded that the council step down": a description for someone named before
            const described = /^the\s+\p{Ll}+/iu.exec(text.slice(after, after + 30))?.[0];
            const actor = described ? who.resolveDescriptor(described, after, subject()) : null;
            if (described && actor) {
              target = actor;
              from = after + described.length;
            }
          }
          // "that Ukraine recognise …" goes on at once; "that the deal include …" and "that China
          // and the Gulf states should also pay …" reach their verb first
          if (!target || !startsWithVerb(text.slice(from, from + 30)) || /^\s+and\b/.test(text.slice(from, from + 6))) {
            // the subject's verb comes within a few words and before any comma: past that, a verb
            // found belongs to another clause ("… before creating replicas, and pay them")
            const clause = /^[^,;:]*/.exec(text.slice(from, s.end))?.[0].split(/\s+/).slice(0, 9).join(' ') ?? '';
            const verb = /\b(\p{L}+)\b/gu;
            for (let v = verb.exec(clause); v; v = verb.exec(clause)) {
              // after a determiner, "deal" is the noun
              if (DETERMINER_END.test(clause.slice(0, v.index))) continue;
              if (
                frame === 'that'
                  ? baseVerbs.has(v[1].toLowerCase()) || /^(?:should|must|would)$/i.test(v[1])
                  : isVerb(v[1])
              ) {
                from += v.index;
                break;
              }
            }
          }
          const rest =
            text.slice(from).match(/^\s*(?:should\s+|must\s+|would\s+|immediately\s+|also\s+)*/)?.[0].length ?? 0;
          return { actor: subject(), target, content: contentFrom(from + rest), cue, sentence: s, split: true };
        }
        case 'objTo':
        case 'ultimatum': {
          const [objFrom, objTo] = m.indices?.[1] ?? [0, 0];
          const actor = subject();
          const target = objectActor(who, text, s.start + objFrom, s.start + objTo, actor);
          cue.end = cueStart + text.slice(cueStart, s.start + objFrom).trimEnd().length;
          // telling the press something is not asking it to act
          if (frame === 'objTo' && NOT_ADDRESSEES.test(m[1] ?? '')) return null;
          // "demanded amendments to the bill": with no one named, "to" must start a verb
          const next = /^[“"‘]?(\p{L}+)/u.exec(text.slice(after))?.[1]?.toLowerCase() ?? '';
          if (
            frame === 'objTo' &&
            !target &&
            !baseVerbs.has(next) &&
            !(PEOPLE_OBJECT.test(m[1] ?? '') && !DETERMINER_WORD.test(next))
          )
            return null;
          // "called for the regulator to act" names who must act; "called for a truce to hold" does not
          if (frame === 'objTo' && !target && /\bfor$/i.test(text.slice(cueStart, cue.end))) return null;
          // "telling customers about cheaper ways to pay": the "to" belongs to a noun, not the cue
          if (
            frame === 'objTo' &&
            /\b(?:about|for|with|by|from|at|of|ways?|plans?|efforts?|time)\s*$|\b(?:about|for|with|by|from|at|whether|if|how|what|when|why)\b/i.test(
              m[1] ?? '',
            )
          )
            return null;
          // "warned the Taliban not to test …": the "not" belongs to the demand; "wanted water bosses
          // who failed to clean up rivers to face jail": with no one named, the object says who must act
          const not = /\bnot\s*$/.test(m[1] ?? '') ? s.start + objFrom + (m[1] ?? '').lastIndexOf('not') : null;
          const described = !target && RELATIVE_IN_OBJECT.test(m[1] ?? '') ? s.start + objFrom : null;
          return {
            actor,
            target,
            content: contentFrom(not ?? described ?? after),
            cue,
            sentence: s,
            split: !described,
            addressed: true,
          };
        }
        case 'threat': {
          const lead = who.mentionsIn(after, after + 40)[0];
          const clause = text.slice(after, s.end);
          const neg = /\b(?:does|do|did)\s+not\s+|\b(?:doesn|don|didn)[’']t\s+|\bfails?\s+to\s+/i.exec(clause);
          // "unless the bloc made concessions": a description as the subject who must act
          const described = !lead ? /^(the\s+\p{L}+)\s+/iu.exec(clause) : null;
          const from = neg
            ? after + neg.index + neg[0].length
            : (lead?.end ?? (described ? after + described[0].length : after));
          if (/\bif\b/i.test(m[0].slice(-4)) && !neg) return null;
          return {
            actor: subject(),
            target: lead?.actor ?? (described ? who.resolveDescriptor(described[1] ?? '', after) : null),
            content: contentFrom(from),
            cue: {
              start: cueStart,
              end:
                cueStart +
                m[0].search(/\b(?:unless|if)\s+$/i) +
                (m[0].match(/(?:unless|if)\s+$/i)?.[0].trimEnd().length ?? 0),
            },
            sentence: s,
            split: false,
          };
        }
        case 'modal': {
          const rest = text.slice(after, s.end);
          if (
            EPISTEMIC.test(rest) ||
            /[-‐]$/.test(text.slice(cueStart, after)) ||
            /\ba\s+$/i.test(text.slice(cueStart - 3, cueStart))
          ) {
            return null;
          }
          // "we needed to respond" tells what happened; only reported speech ("X said Moscow
          // needed to agree") turns the past form into a demand
          if (/^(?:needed|had)\b/i.test(m[0]) && (subjectFrom === s.start || who.insideQuote(cueStart))) return null;
          // "which it says are needed to keep patients safe": a passive, not someone who must act
          if (
            /^needed\b/i.test(m[0]) &&
            /\b(?:are|is|was|were|be|been|being)\s+$/i.test(text.slice(cueStart - 8, cueStart))
          )
            return null;
          const weak = /^should\b/i.test(m[0]);
          // "it would have to cut rations": a conditional necessity, not a demand
          if (
            /^(?:have|has)\s+to\b/i.test(m[0]) &&
            /\b(?:would|will|might|could|may)\s+$/i.test(text.slice(cueStart - 8, cueStart))
          )
            return null;
          const from = after + (MODAL_SKIP.exec(rest)?.[0].length ?? 0);
          // the modal's subject must act; whoever says so demands it
          const before = text.slice(subjectFrom, cueStart);
          // the subject is the name right before the modal ("Apple must", "Russia’s army must", 'Boeing "needs to')
          const subj = who
            .mentionsIn(subjectFrom, cueStart)
            .filter((x) => /^(?:[’']s)?(?:\s+[\p{L}-]+){0,2}\s*[“"‘]?$/u.test(text.slice(x.end, cueStart)))
            .at(-1);
          // "X said Apple held … and must allow …": the coordinated clause shares its subject
          const shared =
            !subj && /\band\s+$/.test(before)
              ? who.mentionsIn(subjectFrom, cueStart).find((x) => who.isSubject(x))
              : undefined;
          const pronoun = /\b(we|i|you|they|he|she|it)\s+(?:\p{L}+\s+)?$/iu.exec(before);
          const speaker = who.speakerOf(si);
          // "the regulator said the bank must …": a description as the one who must act
          const described = /\b(the\s+\p{L}+)\s+(?:also\s+|now\s+)?$/iu.exec(before);
          const describedActor = described
            ? who.resolveDescriptor(described[1] ?? '', subjectFrom + described.index, speaker)
            : null;
          const target =
            subj?.actor ??
            shared?.actor ??
            describedActor ??
            (pronoun && !/^(?:we|i)$/i.test(pronoun[1])
              ? who.resolvePronoun(pronoun[1].toLowerCase(), subjectFrom + pronoun.index)
              : null);
          const actor =
            speaker ??
            (pronoun && /^(?:we|i)$/i.test(pronoun[1]) ? who.resolvePronoun(pronoun[1].toLowerCase(), cueStart) : null);
          if (!actor) return null;
          // "should" demands only when reported of someone named: "X said the Commission should scrap …",
          // not "prices should fall"
          if (weak && (subjectFrom === s.start || !target || target === actor || who.insideQuote(cueStart)))
            return null;
          return {
            actor,
            target: target === actor ? null : target,
            content: contentFrom(from),
            cue,
            sentence: s,
            split: true,
          };
        }
        case 'nounFor': {
          // "Viktor Orbán repeated his call for …": "his" is the subject, not an earlier "Hungary's"
          const own = /\b(?:his|her|its|their)\s+(?:\p{L}+\s+)?$/iu.test(
            text.slice(Math.max(s.start, cueStart - 20), cueStart),
          );
          const possessor = own ? null : possessorBefore(who, s.start, cueStart, 40);
          const actor = possessor ?? subject();
          return { actor, target: null, content: contentFrom(after), cue, sentence: s, split: true };
        }
        case 'passive': {
          // "Thames Water has been told by the industry regulator to scrap bonuses": the regulator
          // demands it of the subject
          const [byFrom, byTo] = m.indices?.[1] ?? [0, 0];
          const by =
            who.mentionsIn(s.start + byFrom, s.start + byTo)[0]?.actor ??
            describedIn(who, text, s.start + byFrom, s.start + byTo);
          if (!by) return null;
          const told = who.subjectBefore(subjectFrom, cueStart);
          // a description read back to the one told ("the regulator" before any regulator is named) is no one
          if (by === told) return null;
          return {
            actor: by,
            target: told,
            content: contentFrom(after),
            cue,
            sentence: s,
            split: true,
            addressed: true,
          };
        }
        case 'nounFrom': {
          // "despite calls from Republicans in Congress to withdraw …": the first name after "from"
          const [byFrom, byTo] = m.indices?.[1] ?? [0, 0];
          const by = who.mentionsIn(s.start + byFrom, s.start + byTo)[0];
          if (!by) return null;
          return { actor: by.actor, target: null, content: contentFrom(after), cue, sentence: s, split: true };
        }
        case 'listed': {
          // "the union's demands include A and B": the possessor demands; "its conditions are …"
          const possessor = possessorBefore(who, s.start, cueStart, 30) ?? ownerOf(who, text, s.start, cueStart);
          // "Oxfam set out demands including …": no possessor, so the subject ("the industry's
          // demands were …" has one, which is no actor)
          const possessed = /(?:[’']s|\b(?:its|their|his|her))\s+(?:\p{L}+\s+)?$/iu.test(
            text.slice(Math.max(s.start, cueStart - 30), cueStart),
          );
          // "the demand was unaffordable": a singular demand needs its owner named
          const singular = /\bdemand\s+(?:is|was)\b/i.test(m[0]);
          const actor = possessor ?? (possessed || singular ? null : subject());
          if (!actor) return null;
          return { actor, target: null, content: contentFrom(after), cue, sentence: s, split: true };
        }
        case 'without': {
          // "Without a serious offer, we will have no choice but to strike": the offer is demanded
          const actor = who.speakerOf(si) ?? subject();
          const end = text.indexOf(',', after);
          return { actor, target: null, content: trimSpan(text, after, end), cue, sentence: s, split: false };
        }
        case 'np': {
          if (DETERMINER_BEFORE.test(text.slice(Math.max(s.start, cueStart - 12), cueStart))) return null;
          const rest = text.slice(after, s.end);
          // "insisted on keeping troops" is a demand; "wants nothing" or "demanding talking" is not one
          const gerundOk = /\s(?:for|on)$/.test(m[0].trimEnd());
          if (NOT_NP_START.test(rest) || (!gerundOk && /^\p{L}+ing\b/u.test(rest))) return null;
          return { actor: subject(), target: null, content: contentFrom(after), cue, sentence: s, split: true };
        }
      }
      return null;
    }
  });

  return assemble(text, drafts, who);
}

/** A negation among the few words before the cue, in the cue's own clause ("would not resign and urged" is not). */
function negated(text: string, sentenceStart: number, cueStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, cueStart - 30), cueStart);
  const clause = before.split(/[,;]|\b(?:and|but|or)\b/).at(-1) ?? '';
  return NEGATION.test(clause.split(/\s+/).slice(-5).join(' '));
}

/** Where the clause holding the cue begins: after a reporting verb ("Trump said Moscow …") or a colon. */
function clauseStart(text: string, s: Sentence, cueStart: number): number {
  const before = text.slice(s.start, cueStart);
  const re = /\b(?:said|says|told\s+\S+|added|warned|believes|thinks)\s+(?:that\s+)?|[:;]\s*/g;
  let from = s.start;
  for (let m = re.exec(before); m; m = re.exec(before)) from = s.start + m.index + m[0].length;
  return from;
}

/** The last name written with a possessive ("Hungary's", "the union's") within `reach` before the cue. */
function possessorBefore(who: Attribution, sentenceStart: number, cueStart: number, reach: number): Actor | null {
  return (
    who
      .mentionsIn(Math.max(sentenceStart, cueStart - reach), cueStart + 1)
      .filter((x) => x.possessive)
      .at(-1)?.actor ?? null
  );
}

/** "by the industry regulator": a description in [from, to) and the actor it stands for. */
function describedIn(who: Attribution, text: string, from: number, to: number): Actor | null {
  const words = text.slice(from, to).trim().toLowerCase();
  const head = /^the\s+(?:\p{L}+\s+)?(\p{L}+)$/u.exec(words)?.[1];
  return head ? who.resolveDescriptor(`the ${head}`, from) : null;
}

/** "the union's demands", "its conditions": who the possessive before `cueStart` stands for. */
function ownerOf(who: Attribution, text: string, sentenceStart: number, cueStart: number): Actor | null {
  const before = text.slice(Math.max(sentenceStart, cueStart - 30), cueStart + 12);
  const described = /\b(the\s+\p{L}+)[’']s\s+(?:\p{L}+\s+)?(?:demands|conditions|preconditions)\b/iu.exec(before);
  if (described) return who.resolveDescriptor(described[1] ?? '', cueStart);
  const pronoun = /\b(its|their)\s+(?:\p{L}+\s+)?(?:demands|conditions|preconditions)\b/iu.exec(before);
  return pronoun ? who.resolvePronoun(pronoun[1].toLowerCase() === 'its' ? 'it' : 'they', cueStart) : null;
}

function objectActor(who: Attribution, text: string, from: number, to: number, speaker: Actor | null): Actor | null {
  const mention = who.mentionsIn(from, to + 1)[0];
  if (mention) return mention.actor;
  const obj = text.slice(from, to).trim().toLowerCase();
  const pronoun = /^(him|her|them|it)$/.exec(obj);
  if (pronoun)
    return who.resolvePronoun(
      // "urged them": a body or bodies; a person would be "him" or "her"
      pronoun[1] === 'him' ? 'he' : pronoun[1] === 'her' ? 'she' : pronoun[1],
      from,
      speaker,
    );
  return who.resolveDescriptor(obj, from, speaker);
}

function assemble(text: string, drafts: Draft[], who: Attribution): Demand[] {
  const out: Demand[] = [];
  for (const d of drafts) {
    if (!d.actor || d.content.end - d.content.start < 2) continue;
    const parts = d.split ? splitCoordinated(text, d.content) : [d.content];
    let target = d.target;
    if (!target && !d.addressed) {
      // "caps on Ukraine’s military", "a full Israeli withdrawal": the actor the demand is about,
      // when nobody is told to act
      target =
        who.mentionsIn(d.content.start, d.content.end).find((m) => m.actor !== d.actor)?.actor ??
        who.stateNamedIn(text.slice(d.content.start, d.content.end), d.actor);
    }
    for (const p of parts) {
      out.push({
        actor: d.actor.id,
        target: target && target !== d.actor ? target.id : null,
        text: text.slice(p.start, p.end),
        start: p.start,
        end: p.end,
        cue: text.slice(d.cue.start, d.cue.end),
        sentence: { start: d.sentence.start, end: d.sentence.end },
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
