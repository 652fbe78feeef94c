import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_TOKENS, splitSentences } from '../../../lib/nlp/sentences';
import { tokenize } from '../../../lib/nlp/tokenize';

function split(text: string): string[] {
  const tokens = tokenize(text);
  return splitSentences(text, tokens).map((s) => text.slice(tokens[s.start].start, tokens[s.end - 1].end));
}

describe('splitSentences', () => {
  it('does not end a sentence at titles, initials, months or dotted acronyms', () => {
    expect(split('Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital. George W. Bush left.')).toEqual([
      'Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital.',
      'George W. Bush left.',
    ]);
    expect(split('Gov. Hale and Sen. Ruiz of Acme Inc. Holdings spoke vs. the No. 2 team.')).toHaveLength(1);
  });

  it('splits a wire dateline off its paragraph, and only a dateline', () => {
    expect(split('LISBON, March 3 (Reuters) - Farmers blocked roads on Monday.\nNEW YORK (AP) - Shares fell.')).toEqual(
      ['LISBON, March 3 (Reuters) -', 'Farmers blocked roads on Monday.', 'NEW YORK (AP) -', 'Shares fell.'],
    );
    // a headline in capitals names no agency or date
    expect(split('NATO - the alliance - met.\nSOCCER - JAPAN WIN IN ASIAN CUP.')).toEqual([
      'NATO - the alliance - met.',
      'SOCCER - JAPAN WIN IN ASIAN CUP.',
    ]);
  });

  it('ends a sentence at an abbreviation when a typical sentence opener follows', () => {
    expect(split('The firm moved to the U.S. The move cost Acme Inc. It paid.')).toEqual([
      'The firm moved to the U.S.',
      'The move cost Acme Inc.',
      'It paid.',
    ]);
  });

  it('splits after . ! ? and … before a capital, a digit or an opening quote', () => {
    expect(split('Is it over? Yes! Maybe… Then 2024 came. "Fine," she said.')).toEqual([
      'Is it over?',
      'Yes!',
      'Maybe…',
      'Then 2024 came.',
      '"Fine," she said.',
    ]);
    expect(split('It rose 3.5 per cent. it was lower case.')).toEqual(['It rose 3.5 per cent. it was lower case.']);
    expect(split('Apple sold more. iPhone sales rose.')).toEqual(['Apple sold more.', 'iPhone sales rose.']);
  });

  it('keeps a quote closed by "he said" in one sentence and splits before a new capitalised one', () => {
    expect(split('“We want it now,” he said. “We want a fair deal.” He said it twice.')).toEqual([
      '“We want it now,” he said.',
      '“We want a fair deal.”',
      'He said it twice.',
    ]);
    expect(split('“Stop!” he shouted. "We will." They did.')).toEqual([
      '“Stop!” he shouted.',
      '"We will."',
      'They did.',
    ]);
  });

  it('keeps closing brackets and footnote marks with the sentence they end', () => {
    expect(split('They left (for good.) It was cited. [5] Then it was not.')).toEqual([
      'They left (for good.)',
      'It was cited. [5]',
      'Then it was not.',
    ]);
  });

  it('always ends a sentence at a line break', () => {
    expect(split('A headline without a stop\nThe story starts here. It goes on.\n\n“Quote”\nlast')).toEqual([
      'A headline without a stop',
      'The story starts here.',
      'It goes on.',
      '“Quote”',
      'last',
    ]);
  });

  it('cuts over-long sentences into windows, preferring a clause mark near the limit', () => {
    const clause = Array.from({ length: 9 }, (_, i) => `word${i}`).join(' ');
    const text = `${Array.from({ length: 50 }, () => clause).join(', ')}; and more ${'x '.repeat(300)}end.`;
    const tokens = tokenize(text);
    const ranges = splitSentences(text, tokens);
    expect(ranges.length).toBeGreaterThan(1);
    for (const r of ranges) expect(r.end - r.start).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    // the first cut comes right after a comma, not at the hard limit
    expect(tokens[ranges[0].end - 1].text).toBe(',');
    expect(ranges[ranges.length - 1].end).toBe(tokens.length);
  });

  it('gives every token to exactly one sentence, in order', () => {
    const piece = fc.constantFrom(
      'Word',
      'the',
      'U.S.',
      'Mr.',
      '.',
      '!',
      '?',
      '…',
      '”',
      '“',
      '"',
      ',',
      ';',
      '\n',
      ' ',
      '5',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (parts) => {
        const text = parts.join(' ');
        const tokens = tokenize(text);
        const ranges = splitSentences(text, tokens);
        let next = 0;
        for (const r of ranges) {
          expect(r.start).toBe(next);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end - r.start).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
          next = r.end;
        }
        expect(next).toBe(tokens.length);
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear on long inputs', () => {
    const text = 'He said. '.repeat(30_000) + 'x, '.repeat(60_000);
    const t0 = performance.now();
    const tokens = tokenize(text);
    const ranges = splitSentences(text, tokens);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(ranges.length).toBeGreaterThan(30_000);
  });
});
