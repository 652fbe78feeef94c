// The document the language core produces and the extractor reads (spaCy's shape, small): one
// list of tokens with offsets into the text, sentences and entity spans over them.

import type { EntityType } from './ner';
import type { Upos } from './tagger';

export interface Token {
  /** Index in `doc.tokens`. */
  i: number;
  /** Exactly `doc.text.slice(start, end)`; offsets are UTF-16 code units. */
  text: string;
  start: number;
  end: number;
  upos: Upos;
  lemma: string;
  /** Index of the head token, -1 for a sentence's root, or for every word of an unparsed sentence. */
  head: number;
  /** Universal Dependencies relation to the head ("nsubj", "obj", "acl:relcl", …); "" when unparsed. */
  dep: string;
  /** Index in `doc.sentences`. */
  sent: number;
  /** Index in `doc.entities` of the entity span holding this token, or -1. */
  ent: number;
}

export interface Sentence {
  /** Token indices, [start, end). */
  start: number;
  end: number;
  parsed: boolean;
}

export interface Entity {
  type: EntityType;
  /** Token indices, [start, end). */
  start: number;
  end: number;
  /** Offsets into the text. */
  charStart: number;
  charEnd: number;
  text: string;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
}
