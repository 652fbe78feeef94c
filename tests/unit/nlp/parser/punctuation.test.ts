// Punctuation re-attached after parsing, on trees written by hand: which heads a mark may take
// (the rule), and where the shipped model hangs marks the parser left on a wrong word.
import { describe, expect, it } from 'vitest';
import { hashString } from '../../../../lib/nlp/hash';
import { type Lexical, lexical } from '../../../../lib/nlp/lexical';
import { nodeModels } from '../../../../lib/nlp/node';
import {
  attachPairs,
  extentsOf,
  type MarkedTree,
  markCandidates,
  type Punctuation,
} from '../../../../lib/nlp/parser/punctuation';
import { UPOS } from '../../../../lib/nlp/tagger';

const parser = nodeModels().parser;
const punctuation = (parser as unknown as { punctuation: Punctuation }).punctuation;

interface HandTree {
  lex: Lexical;
  tags: Uint8Array;
  heads: Int32Array;
  labels: Uint8Array;
}

/** Words as "form/UPOS/relation", heads as 0-based word indices (-1 the root). */
function handTree(words: string, heads: number[]): HandTree {
  const parts = words.split(' ').map((w) => w.split('/'));
  return {
    lex: lexical(parts.map(([form]) => form)),
    tags: Uint8Array.from(parts, ([, upos]) => UPOS.indexOf(upos as (typeof UPOS)[number])),
    heads: Int32Array.from(heads),
    labels: Uint8Array.from(parts, ([, , rel]) => parser.labels.indexOf(rel)),
  };
}

const marked = (t: HandTree): MarkedTree => ({
  forms: t.lex.forms,
  words: t.lex.norm,
  tags: t.tags,
  heads: t.heads,
  relations: Uint32Array.from(t.labels, (l) => hashString(parser.labels[l])),
});

function reattached(t: HandTree): number[] {
  punctuation.attach(t.lex, t.tags, t.heads, t.labels);
  return [...t.heads];
}

const RELATIVE =
  'The/DET/det union/NOUN/nsubj ,/PUNCT/punct which/PRON/nsubj represents/VERB/acl:relcl nurses/NOUN/obj ' +
  ',/PUNCT/punct wants/VERB/root talks/NOUN/obj ./PUNCT/punct';
// (as UD's treebanks hang them: the comma that closes a subject's relative clause on the subject)
//          The union ,  which represents nurses ,  wants talks .
const TREE = [1, 7, 4, 4, 1, 4, 1, -1, 7, 7];

describe('the heads a mark may take', () => {
  it('are the chains above its two neighbours, while their phrases stay on their side', () => {
    const tree = marked(handTree(RELATIVE, TREE));
    const kind = attachPairs(tree);
    const words = (p: number) => markCandidates(tree, extentsOf(tree), kind, p).map((c) => c.word);
    // the first comma: "union" on the left (its phrase runs past the comma); "which" and the
    // relative clause's verb on the right
    expect(words(2)).toEqual([1, 3, 4]);
    // a full stop looks left only, up to the sentence's head
    expect(words(9)).toEqual([8, 7]);
  });

  it('hang paired quotes on the head of what they enclose', () => {
    // He said “ we want talks ” .
    const t = handTree(
      'He/PRON/nsubj said/VERB/root “/PUNCT/punct we/PRON/nsubj want/VERB/ccomp talks/NOUN/obj ”/PUNCT/punct ./PUNCT/punct',
      [1, -1, 0, 4, 1, 4, 1, 1],
    );
    expect(reattached(t).slice(2, 7)).toEqual([4, 4, 1, 4, 4]);
  });
});

describe('the shipped model', () => {
  it('keeps a tree whose marks hang where UD hangs them', () => {
    expect(reattached(handTree(RELATIVE, TREE))).toEqual(TREE);
  });

  it('moves a comma left on a word past the clause it opens onto that clause, as punctuation', () => {
    const wrong = [...TREE];
    wrong[2] = 8; // the comma on "talks"
    const t = handTree(RELATIVE, wrong);
    t.labels[2] = parser.labels.indexOf('obj');
    expect(reattached(t)[2]).toBe(4);
    expect(parser.labels[t.labels[2]]).toBe('punct');
  });

  it('hangs a full stop left on a word off its path on the sentence’s head', () => {
    const wrong = [...TREE];
    wrong[9] = 1;
    expect(reattached(handTree(RELATIVE, wrong))[9]).toBe(7);
  });

  it('leaves a mark with words of its own, or at the root, alone', () => {
    const t = handTree('Stop/VERB/parataxis !/PUNCT/root now/ADV/advmod', [1, -1, 1]);
    expect(reattached(t)).toEqual([1, -1, 1]);
  });
});
