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
    if (tags[k] !== NOUN || tags[k - 1] !== PROPN || !AFTER.has(tags[k + 1])) continue;
    if (!/^\p{Ll}+s$/u.test(forms[k])) continue;
    tags[k] = VERB;
    return k;
  }
  return -1;
}

/** A sentence's words tagged as the pipeline tags them: the tagger, then the headline's verb. */
export function tagWords(tagger: Tagger, forms: string[]): { lex: Lexical; tags: Uint8Array } {
  const lex = lexical(forms);
  const tags = tagger.tag(lex);
  headlineVerb(forms, tags);
  return { lex, tags };
}
