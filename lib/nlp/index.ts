// The language core's one entry point: text in, a Doc out. Components run in order over the
// shared document (tokenize → sentences → tag → lemmatise → recognise entities → parse), as in
// spaCy's pipeline; the caller may parse only the sentences it needs trees for.

import type { Doc, Entity, Sentence, Token } from './doc';
import { tagWords } from './headlines';
import { lexical } from './lexical';
import type { Models } from './models';
import { type NerSentence, spansOf } from './ner';
import { type NerWords, nerWords } from './ner-words';
import type { ParserInput } from './parser';
import { splitSentences } from './sentences';
import { UPOS } from './tagger';
import { tokenize } from './tokenize';

export type { Doc, Entity, Sentence, Token } from './doc';
export type { Models } from './models';

export interface AnalyseOptions {
  /** Which sentences get a tree (all when omitted): given the sentence's tokens, tagged. */
  parse?: (tokens: Token[]) => boolean;
}

const PROPN = UPOS.indexOf('PROPN');
// Tags a one-word name can wrongly carry ("The WHO" as a pronoun, "the Fed" as an adjective):
// the recogniser, which saw the word's context as a name, overrules the tagger before the parser
// reads the tags. Only one-word names: inside longer ones an adjective is the treebanks' own
// reading ("European" in "European Commission"), and a run of proper nouns parses as a person's
// flat name. Closed classes keep their tags, and demonyms (MISC) stay adjectives.
const RETAGGED = new Set(['PRON', 'ADJ', 'VERB', 'NOUN', 'ADV', 'AUX', 'SCONJ', 'INTJ', 'X']);
const asName = (t: Token) => RETAGGED.has(t.upos) && /^\p{Lu}/u.test(t.text);

export function analyse(text: string, models: Models, options: AnalyseOptions = {}): Doc {
  const raw = tokenize(text);
  const ranges = splitSentences(text, raw);
  const tokens: Token[] = new Array(raw.length);
  const sentences: Sentence[] = [];
  const inputs: ParserInput[] = [];
  const nerInputs: NerSentence[] = [];
  const nerMaps: NerWords[] = [];
  ranges.forEach((range, sent) => {
    const own = raw.slice(range.start, range.end);
    const forms = own.map((t) => t.text);
    const { lex, tags } = tagWords(models.tagger, forms);
    inputs.push({ lex, tags });
    const words = nerWords(own);
    nerMaps.push(words);
    // a joined word takes the tag of its last part, the head of an English compound
    nerInputs.push(
      words.forms.length === forms.length
        ? { lex, tags }
        : { lex: lexical(words.forms), tags: Uint8Array.from(words.last, (k) => tags[k]) },
    );
    sentences.push({ start: range.start, end: range.end, parsed: false });
    for (let k = 0; k < forms.length; k++) {
      const t = raw[range.start + k];
      const upos = UPOS[tags[k]];
      tokens[range.start + k] = {
        i: range.start + k,
        text: t.text,
        start: t.start,
        end: t.end,
        upos,
        lemma: models.lemmatizer.lemma(t.text, upos),
        head: -1,
        dep: '',
        sent,
        ent: -1,
      };
    }
  });

  const entities: Entity[] = [];
  models.ner.recognise(nerInputs).forEach((labels, sent) => {
    const offset = sentences[sent].start;
    const words = nerMaps[sent];
    for (const span of spansOf(labels)) {
      const start = offset + words.first[span.start];
      const end = offset + words.last[span.end - 1] + 1;
      const first = tokens[start];
      const last = tokens[end - 1];
      for (let k = start; k < end; k++) {
        tokens[k].ent = entities.length;
        if (end - start === 1 && span.type !== 'MISC' && asName(tokens[k])) {
          inputs[sent].tags[k - offset] = PROPN;
          tokens[k].upos = 'PROPN';
          tokens[k].lemma = models.lemmatizer.lemma(tokens[k].text, 'PROPN');
        }
      }
      entities.push({
        type: span.type,
        start,
        end,
        charStart: first.start,
        charEnd: last.end,
        text: text.slice(first.start, last.end),
      });
    }
  });

  sentences.forEach((sentence, sent) => {
    const own = tokens.slice(sentence.start, sentence.end);
    if (options.parse && !options.parse(own)) return;
    const tree = models.parser.parse(inputs[sent]);
    own.forEach((t, k) => {
      t.head = tree.heads[k] < 0 ? -1 : sentence.start + tree.heads[k];
      t.dep = models.parser.labels[tree.labels[k]];
    });
    sentence.parsed = true;
  });
  return { text, tokens, sentences, entities };
}
