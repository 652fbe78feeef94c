import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from '../../../lib/exchange/csv';
import { mdLink, mdText } from '../../../lib/exchange/markdown';
import { parseCsv } from '../../e2e/support/csv';

describe('CSV', () => {
  test('fields with commas, quotes and line breaks are quoted; lines end in CRLF', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['one, two', 'say "no"'],
        ['line\nbreak', 3],
      ],
    );
    expect(text).toBe('a,b\r\n"one, two","say ""no"""\r\n"line\nbreak",3\r\n');
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['one, two', 'say "no"'],
      ['line\nbreak', '3'],
    ]);
  });
  test('a field a spreadsheet would run as a formula is defused', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
  });
});

describe('Markdown', () => {
  test('markup in the text is escaped and line breaks become spaces', () => {
    expect(mdText('a *bold* [link](x) <b>\n_end_')).toBe('a \\*bold\\* \\[link\\](x) \\<b> \\_end\\_');
  });
  test('a link whose address cannot end it early', () => {
    expect(mdLink('Story [1]', 'https://a.example/x y>')).toBe('[Story \\[1\\]](<https://a.example/x%20y%3E>)');
  });
});
