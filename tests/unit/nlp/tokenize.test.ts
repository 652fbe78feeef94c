import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RawToken, tokenize } from '../../../lib/nlp/tokenize';

/** The tokens joined by spaces: faithful, since no token holds a space. */
const seg = (text: string) =>
  tokenize(text)
    .map((t) => t.text)
    .join(' ');

/** Whitespace as the tokenizer sees it: JS \s and the zero-width space. */
const SPACE = /[\s\u200b]/;

/** The first broken invariant, or null: exact slices, in order, no overlap, no whitespace, nothing lost. */
function violation(text: string, tokens: RawToken[]): string | null {
  const covered = new Uint8Array(text.length);
  let previousEnd = 0;
  for (const [i, t] of tokens.entries()) {
    if (t.text !== text.slice(t.start, t.end)) return `token ${i} text is not its slice`;
    if (t.end <= t.start) return `token ${i} is empty`;
    if (t.start < previousEnd) return `token ${i} overlaps the one before`;
    if (SPACE.test(t.text)) return `token ${i} holds whitespace`;
    covered.fill(1, t.start, t.end);
    previousEnd = t.end;
  }
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !SPACE.test(text[i])) return `character ${i} is in no token`;
  }
  return null;
}

function checkInvariants(text: string, tokens: RawToken[]): void {
  expect(violation(text, tokens)).toBeNull();
}

// Pieces that exercise every rule, mixed with arbitrary code units (lone surrogates included),
// full code points, combining marks and whitespace of all kinds.
const piece = fc.oneof(
  fc.constantFrom(
    'a',
    'Z',
    'é',
    'ğ',
    'Ж',
    '北',
    '9',
    '0',
    '.',
    '...',
    '…',
    ',',
    ':',
    ';',
    '/',
    '-',
    '--',
    '—',
    "'",
    '’',
    '`',
    '"',
    '“',
    '”',
    '(',
    ')',
    '[',
    ']',
    '@',
    '#',
    '$',
    '%',
    '&',
    '_',
    '+',
    'http://',
    'www.',
    "n't",
    "'s",
    'Mr',
    'U.S',
    'e.g',
    'km',
    'pm',
    'st',
    'dont',
    'gonna',
    ':)',
    '[...]',
    '\u0301',
    '\u200d',
    '\u200b',
    '\ufe0f',
    '👍',
    '🏽',
    '🇬',
    '\ud800',
    '\udc00',
    ' ',
    '\n',
    '\t',
    '\u00a0',
    '\u3000',
    '\ufeff',
  ),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 4 }),
);
const anyText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('tokenize: invariants', () => {
  it('slices the input exactly, in order, without overlap, whitespace or lost characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, tokenize(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives no tokens for empty or all-whitespace input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u00a0\u2028\u3000\ufeff\u200b ')).toEqual([]);
  });

  it('stays linear on 200,000-character inputs built to make backtracking scanners struggle', () => {
    const n = 200_000;
    const inputs = [
      'Thequickbrownfox,jumped.over"the"lazy-dog!'.repeat(n / 40),
      '.'.repeat(n),
      '. '.repeat(n / 2),
      'a'.repeat(n),
      'a.'.repeat(n / 2),
      'a-'.repeat(n / 2),
      '1,'.repeat(n / 2),
      "a'".repeat(n / 2),
      `http://${'a('.repeat(n / 2)}`,
      `http://x${')'.repeat(n)}`,
      'e'.padEnd(n, '\u0301'),
      '👍🏽'.repeat(n / 4),
      'A. '.repeat(n / 3),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      const tokens = tokenize(text);
      expect(performance.now() - t0).toBeLessThan(2000);
      checkInvariants(text, tokens);
    }
  });
});

describe('tokenize: UD English conventions', () => {
  it('splits negations and contractions into UD words', () => {
    expect(seg("I don't think they can't, won't or cannot.")).toBe("I do n't think they ca n't , wo n't or can not .");
    expect(seg("I'm sure she's right; we're here, you've seen, they'll come and he'd go.")).toBe(
      "I 'm sure she 's right ; we 're here , you 've seen , they 'll come and he 'd go .",
    );
  });

  it('splits contractions written with the curly apostrophe', () => {
    expect(seg('I’m sure it’s fine, don’t worry')).toBe('I ’m sure it ’s fine , do n’t worry');
  });

  it('splits gonna, wanna, gotta and contractions missing their apostrophe', () => {
    expect(seg("We're gonna win, I wanna go, you gotta try")).toBe("We 're gon na win , I wan na go , you got ta try");
    expect(seg('I dont know, we cant stop, Im here')).toBe('I do nt know , we ca nt stop , I m here');
    expect(seg('an IM chat')).toBe('an IM chat');
  });

  it('splits possessives, keeping the plural possessive apostrophe apart', () => {
    expect(seg("The Tories' plan and Labour’s answer, the boss's car")).toBe(
      "The Tories ' plan and Labour ’s answer , the boss 's car",
    );
    expect(seg("O'Brien met the U.S.'s envoy in the 1990's")).toBe("O'Brien met the U.S. 's envoy in the 1990's");
    expect(seg("Tell 'em about the '90s")).toBe("Tell 'em about the '90s");
  });

  it('separates punctuation, quotes and brackets', () => {
    expect(seg('He said "no" (twice) [sic], «non» and ‘maybe’: “fine”!')).toBe(
      'He said " no " ( twice ) [ sic ] , « non » and ‘ maybe ’ : “ fine ” !',
    );
  });

  it('keeps ellipses, dash runs and repeated marks whole, and dashes apart from words', () => {
    expect(seg('Wait... what… no?! Yes—or no – or -- fine!!!')).toBe(
      'Wait ... what … no ?! Yes — or no – or -- fine !!!',
    );
    expect(seg('They will [...] fight')).toBe('They will [ ... ] fight');
  });

  it('splits hyphenated compounds but keeps the prefixes UD keeps', () => {
    expect(seg('Eye-Tracking for a 15-year-old')).toBe('Eye - Tracking for a 15 - year - old');
    expect(seg('non-stop post-accident co-operate e-mail anti-war pre-war re-elect mid-1980s')).toBe(
      'non-stop post-accident co-operate e-mail anti-war pre-war re-elect mid-1980s',
    );
    expect(seg('self-driving and well-known')).toBe('self - driving and well - known');
  });

  it('keeps offsets right through hyphenated names', () => {
    const text = 'Jean-Pierre met Abdel-Fattah al-Sisi about Al-Qaeda.';
    const tokens = tokenize(text);
    checkInvariants(text, tokens);
    expect(tokens.map((t) => t.text).join(' ')).toBe('Jean - Pierre met Abdel - Fattah al - Sisi about Al - Qaeda .');
    expect(tokens[2]).toEqual({ start: 5, end: 11, text: 'Pierre' });
  });

  it('keeps the dot of abbreviations, acronyms and initials', () => {
    expect(seg('Mr. Smith, Dr. Jones and George W. Bush met on Jan. 5, e.g. at Acme Inc. offices')).toBe(
      'Mr. Smith , Dr. Jones and George W. Bush met on Jan. 5 , e.g. at Acme Inc. offices',
    );
    expect(seg('She moved to the U.S.')).toBe('She moved to the U.S.');
    expect(seg('It was No. 5, and I said no.')).toBe('It was No. 5 , and I said no .');
  });

  it('gives a sentence-final initial its own full stop', () => {
    expect(seg('They chose plan B. Then they left. J. A. Smith')).toBe(
      'They chose plan B . Then they left . J. A. Smith',
    );
  });

  it('keeps numbers whole and currency and percent signs apart', () => {
    expect(seg('Up 3.5% to $1,000.50, £5 or €20 in 2024/25 after 9/11 at 10:30')).toBe(
      'Up 3.5 % to $ 1,000.50 , £ 5 or € 20 in 2024/25 after 9/11 at 10:30',
    );
  });

  it('keeps ordinals and decades whole but cuts units off numbers, as EWT and GUM do', () => {
    expect(seg('the 21st century, the 1990s, a 3D film, 5km at 5pm, $2m')).toBe(
      'the 21st century , the 1990s , a 3D film , 5 km at 5 pm , $ 2 m',
    );
  });

  it('keeps phone numbers whole and splits ranges', () => {
    expect(seg('Call 713-853-3989 about 1969-1970 or pages 3-4')).toBe(
      'Call 713-853-3989 about 1969 - 1970 or pages 3 - 4',
    );
  });

  it('keeps URLs, e-mail addresses, handles and hashtags whole', () => {
    expect(seg('See https://example.org/a?b=1&c=(2), write to jane.doe@example.com, @jane_doe #MeToo.')).toBe(
      'See https://example.org/a?b=1&c=(2) , write to jane.doe@example.com , @jane_doe #MeToo .',
    );
    expect(seg('(see www.bbc.co.uk/news).')).toBe('( see www.bbc.co.uk/news ) .');
    expect(seg('They run example.com and use #1')).toBe('They run example.com and use # 1');
  });

  it('handles any script, combining marks and emoji', () => {
    expect(seg('Erdoğan, Orbán and Зеленский met in 北京市.')).toBe('Erdoğan , Orbán and Зеленский met in 北京市 .');
    expect(seg('Cafe\u0301 great👍🏽 family👨‍👩‍👧 flag🇬🇧 ok :)')).toBe(
      'Cafe\u0301 great 👍🏽 family 👨‍👩‍👧 flag 🇬🇧 ok :)',
    );
  });

  it('never puts whitespace inside a token', () => {
    expect(seg('no\u00a0break\u2009thin\u3000wide\u200bzero')).toBe('no break thin wide zero');
  });
});
