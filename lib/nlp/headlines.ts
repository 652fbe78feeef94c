// Headlines drop the verb's company: "Trump urges Russia to end war", "Macron calls on Israel to
// halt …". With no verb anywhere the tagger, trained on running text, reads the present-tense
// verb after the name as a plural noun ("urges", "calls") and the parser builds a noun phrase.
// In a sentence with no other verb, that word is the verb.

import { type Lexical, lexical } from './lexical';
import { type Tagger, UPOS } from './tagger';

const NOUN = UPOS.indexOf('NOUN');
const VERB = UPOS.indexOf('VERB');
const AUX = UPOS.indexOf('AUX');
const PROPN = UPOS.indexOf('PROPN');
/** What may follow the verb: its object or complement ("Russia", "for", "the", "it"; not "to": "Rail workers to strike"). */
const AFTER = new Set(['PROPN', 'ADP', 'DET', 'PRON'].map((t) => UPOS.indexOf(t as (typeof UPOS)[number])));

/**
 * Retags, in place, the "-s" noun right after a name as the verb of a sentence that has no
 * other (an infinitive's "to end" is not one); returns its index, or -1.
 */
export function headlineVerb(forms: readonly string[], tags: Uint8Array): number {
  for (let k = 0; k < tags.length; k++)
    if ((tags[k] === VERB || tags[k] === AUX) && forms[k - 1]?.toLowerCase() !== 'to') return -1;
  for (let k = 1; k + 1 < forms.length; k++) {
    // (the name may be one the tagger read as a common noun: "The Commission calls on …")
    const name =
      tags[k - 1] === PROPN ||
      (tags[k - 1] === NOUN && /^\p{Lu}/u.test(forms[k - 1]) && forms[k - 2]?.toLowerCase() === 'the');
    if (tags[k] !== NOUN || !name || !AFTER.has(tags[k + 1])) continue;
    if (!/^\p{Ll}+s$/u.test(forms[k])) continue;
    tags[k] = VERB;
    return k;
  }
  return -1;
}

const ADP = UPOS.indexOf('ADP');
const PUNCT = UPOS.indexOf('PUNCT');
/** Subordinators after which a clause comes: "as talks resume", "while prices rise". */
const CLAUSE_WORDS = new Set(['as', 'while', 'after', 'before', 'until', 'unless']);

/**
 * "… as nuclear talks resume in Oman", "as unions march in the capital": after a word that opens
 * a clause, a plural noun and then a bare word the tagger also read as a noun, before a
 * preposition or the end, are the clause's subject and verb. Retags in place; the verb's index
 * or -1.
 */
export function clauseVerb(forms: readonly string[], tags: Uint8Array): number {
  for (let k = 2; k < forms.length; k++) {
    if (tags[k] !== NOUN || tags[k - 1] !== NOUN || !/^\p{Ll}+$/u.test(forms[k]) || /s$/.test(forms[k])) continue;
    if (!/^\p{Ll}+s$/u.test(forms[k - 1])) continue;
    const next = tags[k + 1];
    if (next !== undefined && next !== ADP && next !== PUNCT) continue;
    // the clause's word before the subject, past its adjectives ("as nuclear talks")
    let j = k - 2;
    while (j >= 0 && UPOS[tags[j]] === 'ADJ') j--;
    if (j < 0 || !CLAUSE_WORDS.has(forms[j].toLowerCase())) continue;
    tags[k] = VERB;
    return k;
  }
  return -1;
}

/** A sentence's words tagged as the pipeline tags them: the tagger, then a headline's verbs. */
export function tagWords(tagger: Tagger, forms: string[]): { lex: Lexical; tags: Uint8Array } {
  const lex = lexical(forms);
  const tags = tagger.tag(lex);
  headlineVerb(forms, tags);
  clauseVerb(forms, tags);
  return { lex, tags };
}
