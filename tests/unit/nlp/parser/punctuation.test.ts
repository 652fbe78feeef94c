// Punctuation re-attached after parsing, on trees written by hand: the rule's choices, not the
// model's, are what is asserted.
import { describe, expect, it } from 'vitest';
import { lexical } from '../../../../lib/nlp/lexical';
import { attachPunctuation } from '../../../../lib/nlp/parser/punctuation';
import { UPOS } from '../../../../lib/nlp/tagger';

const PUNCT_LABEL = 7;
const OTHER_LABEL = 3;

/** Words as "form/UPOS", heads as 0-based word indices (-1 the root). */
function fix(words: string, heads: number[]): number[] {
  const pairs = words.split(' ').map((w) => w.split('/'));
  const input = {
    lex: lexical(pairs.map(([form]) => form)),
    tags: Uint8Array.from(pairs.map(([, upos]) => UPOS.indexOf(upos))),
  };
  const out = Int32Array.from(heads);
  attachPunctuation(input, out, new Uint8Array(heads.length).fill(OTHER_LABEL), PUNCT_LABEL);
  return [...out];
}

// The union , which represents nurses , wants talks .
const RELATIVE =
  'The/DET union/NOUN ,/PUNCT which/PRON represents/VERB nurses/NOUN ,/PUNCT wants/VERB talks/NOUN ./PUNCT';
//              The union ,  which represents nurses ,  wants talks .
const TREE = [1, 7, 4, 4, 1, 4, 4, -1, 7, 7];

describe('attachPunctuation', () => {
  it('leaves a tree whose marks already hang where the rule allows as it is', () => {
    expect(fix(RELATIVE, TREE)).toEqual(TREE);
  });

  it('moves a comma off a word past the clause it opens, onto that clause', () => {
    const wrong = [...TREE];
    wrong[2] = 8; // the comma on "talks"
    expect(fix(RELATIVE, wrong)[2]).toBe(4);
  });

  it('hangs the final full stop on the sentence’s head, never on a word after it or off its path', () => {
    const wrong = [...TREE];
    wrong[9] = 1; // on "union", which heads no phrase next to it
    expect(fix(RELATIVE, wrong)[9]).toBe(7);
  });

  it('hangs paired quotes on the head of what they enclose', () => {
    // He said “ we want talks ” .
    const words = 'He/PRON said/VERB “/PUNCT we/PRON want/VERB talks/NOUN ”/PUNCT ./PUNCT';
    expect(fix(words, [1, -1, 0, 4, 1, 4, 1, 0])).toEqual([1, -1, 4, 4, 1, 4, 4, 1]);
  });

  it('relabels what it moves as punctuation, and leaves marks with children or at the root alone', () => {
    const pairs = 'Stop ! now'.split(' ');
    const input = {
      lex: lexical(pairs),
      tags: Uint8Array.from([UPOS.indexOf('VERB'), UPOS.indexOf('PUNCT'), UPOS.indexOf('ADV')]),
    };
    // "!" as the root with children: nothing to re-attach
    const heads = Int32Array.from([1, -1, 1]);
    const labels = new Uint8Array(3).fill(OTHER_LABEL);
    attachPunctuation(input, heads, labels, PUNCT_LABEL);
    expect([...heads]).toEqual([1, -1, 1]);

    const moved = Int32Array.from(TREE);
    moved[2] = 8;
    const movedLabels = new Uint8Array(TREE.length).fill(OTHER_LABEL);
    const words = RELATIVE.split(' ').map((w) => w.split('/'));
    attachPunctuation(
      { lex: lexical(words.map(([f]) => f)), tags: Uint8Array.from(words.map(([, u]) => UPOS.indexOf(u))) },
      moved,
      movedLabels,
      PUNCT_LABEL,
    );
    expect(movedLabels[2]).toBe(PUNCT_LABEL);
    expect(movedLabels[6]).toBe(OTHER_LABEL);
  });
});
