// The parser's shortcuts (forced moves, RIGHT entries skipped, rows pre-summed for missing
// children) must choose exactly the moves that scoring every feature's whole row chooses.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../lib/nlp';
import { lexical } from '../../../lib/nlp/lexical';
import type { LinearModel } from '../../../lib/nlp/linear-model';
import { nodeModels } from '../../../lib/nlp/node';
import { MAX_PARSER_FEATURES, type ParserInput, parserFeatures } from '../../../lib/nlp/parser/features';
import type { Punctuation } from '../../../lib/nlp/parser/punctuation';
import { repairLabels, repairTree } from '../../../lib/nlp/parser/repairs';
import { ParseState } from '../../../lib/nlp/parser/state';

const models = nodeModels();
const parser = models.parser;
// the model and the re-attachment of marks inside the parser, which has no other reason to expose them
const inside = parser as unknown as { fixed: { model: LinearModel }; punctuation: Punctuation };
const model = inside.fixed.model;

/** The tree as the plain loop finds it: all features, all classes, every move scored. */
function plainParse(input: ParserInput): { heads: Int32Array; labels: Uint8Array } {
  const n = input.lex.n;
  const st = new ParseState(n);
  const features = new Uint32Array(MAX_PARSER_FEATURES);
  const scores = new Int32Array(parser.moves.count);
  while (!st.done) {
    const k = parserFeatures(input, st, features);
    scores.fill(0);
    model.score(features, k, scores);
    parser.moves.apply(st, parser.moves.best(st, scores));
  }
  const heads = Int32Array.from(st.heads.subarray(0, n), (h) => (h === n ? -1 : h));
  const labels = Uint8Array.from(st.labels.subarray(0, n), (l) => l - 1);
  repairTree(input, repairLabels(parser.labels), heads, labels);
  inside.punctuation.attach(input.lex, input.tags, heads, labels);
  return { heads, labels };
}

const TEXT = [
  '\u201cWe want a fair deal,\u201d he said. \u201cWe want it now.\u201d',
  'The union, which represents 40,000 nurses, called on the health secretary to reopen talks.',
  'Ministers said they would not bow to pressure from campaigners, and the mayor of Paris, Anne Hidalgo, wants cars banned from the centre.',
  'Stop.',
  'Residents and local councillors have urged the government to halt the plans until a full review is published next year.',
].join('\n');

describe('the parser', () => {
  it('chooses the moves the plain loop chooses', () => {
    const doc = analyse(TEXT, models, { parse: () => false });
    for (const s of doc.sentences) {
      const own = doc.tokens.slice(s.start, s.end);
      const lex = lexical(own.map((t) => t.text));
      const input = { lex, tags: models.tagger.tag(lex) };
      expect(parser.parse(input)).toEqual(plainParse(input));
    }
  });
});
