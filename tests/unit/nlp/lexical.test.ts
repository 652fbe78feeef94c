// What the models see of a word: normalised forms and shapes, for any word at all.
import { describe, expect, it } from 'vitest';
import { lexical, normalise, shape, straighten } from '../../../lib/nlp/lexical';

describe('lexical', () => {
  it('normalises quotes, dashes and digits, and keeps case only where asked', () => {
    expect(normalise('Won’t')).toBe("won't");
    expect(normalise('1,250')).toBe('0,000');
    expect(normalise('—')).toBe('--');
    expect(straighten('“Kyiv’s')).toBe('"Kyiv\'s');
    expect(shape("McDonald's")).toBe("XxXxxxx'x");
    expect(shape('G7')).toBe('Xd');
  });

  it('treats words named like object members as words', () => {
    const lex = lexical(['constructor', 'valueOf', '__proto__', 'toString', 'hasOwnProperty']);
    expect(lex.norms).toEqual(['constructor', 'valueof', '__proto__', 'tostring', 'hasownproperty']);
  });

  it('counts the commas before each word', () => {
    expect([...lexical(['a', ',', 'b', ';', 'c']).commasBefore]).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('normalise', () => {
  it('folds accents, so an accented name shares its plain spelling’s features', () => {
    expect(normalise('Erdoğan')).toBe(normalise('Erdogan'));
    expect(normalise('Šefčovič')).toBe('sefcovic');
    expect(normalise('Łódź')).toBe('lodz');
    expect(normalise('Straße')).toBe('strasse');
  });
});
