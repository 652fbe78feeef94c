import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/extract/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not end a sentence at abbreviations, initials or dotted acronyms', () => {
    expect(split('Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital. George W. Bush left.')).toEqual([
      'Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital.',
      'George W. Bush left.',
    ]);
  });

  it('keeps a spaced ellipsis inside its sentence and closes after a quote', () => {
    expect(split('He wanted “a deal that takes into account . . . our concerns.” Then he left.')).toEqual([
      'He wanted “a deal that takes into account . . . our concerns.”',
      'Then he left.',
    ]);
  });

  it('treats each line as a paragraph', () => {
    const s = splitSentences('One here.\nTwo here. Three here.');
    expect(s.map((x) => [x.paragraph, x.first])).toEqual([
      [0, true],
      [1, true],
      [1, false],
    ]);
  });
});
