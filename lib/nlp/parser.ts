// Dependency parsing: greedy arc-hybrid transitions chosen by an averaged perceptron, trained
// with a dynamic oracle (Goldberg and Nivre 2012, 2013). Output: a Universal Dependencies tree
// per sentence, one head and relation per word.

import type { LinearModel } from './linear-model';
import { MAX_PARSER_FEATURES, type ParserInput, parserFeatures } from './parser/features';
import { FixedRows } from './parser/fixed-rows';
import { Moves } from './parser/moves';
import type { Punctuation } from './parser/punctuation';
import { type RepairLabels, repairLabels, repairTree } from './parser/repairs';
import { ParseState } from './parser/state';

export type { ParserInput } from './parser/features';

export interface Tree {
  /** Head of each word (word index), -1 for the root. */
  heads: Int32Array;
  /** Relation of each word to its head (index into the parser's labels). */
  labels: Uint8Array;
}

export class Parser {
  readonly moves: Moves;
  private readonly features = new Uint32Array(MAX_PARSER_FEATURES);
  private readonly scores: Int32Array;
  private readonly repairs: RepairLabels;
  private readonly fixed: FixedRows;

  constructor(
    model: LinearModel,
    readonly labels: readonly string[],
    /** Re-attaches the marks after parsing; without it they stay where the transitions put them. */
    private readonly punctuation?: Punctuation,
  ) {
    this.moves = new Moves(labels, labels.indexOf('root'));
    this.scores = new Int32Array(this.moves.count);
    this.repairs = repairLabels(labels);
    this.fixed = new FixedRows(model, MAX_PARSER_FEATURES);
  }

  parse(input: ParserInput): Tree {
    const n = input.lex.n;
    const st = new ParseState(n);
    while (!st.done) {
      let move = this.moves.forced(st);
      if (move < 0) {
        const k = parserFeatures(input, st, this.features);
        this.fixed.score(st, this.features, k, this.scores, this.moves.classesNeeded(st));
        move = this.moves.best(st, this.scores);
      }
      this.moves.apply(st, move);
    }
    const heads = new Int32Array(n);
    const labels = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      heads[i] = st.heads[i] === n ? -1 : st.heads[i];
      labels[i] = st.labels[i] - 1;
    }
    repairTree(input, this.repairs, heads, labels);
    this.punctuation?.attach(input.lex, input.tags, heads, labels);
    return { heads, labels };
  }
}
