// @vitest-environment node
// Any text at all into the extractor: no exception, and every offset it reports is honest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract';
import type { Extraction } from '../../../lib/extract/types';
import { nodeModels } from '../../../lib/nlp/node';

const newsy = fc.constantFrom(
  'Vladimir Putin',
  'Russia’s',
  'the U.S.',
  'has demanded that',
  'urged the union to',
  'is pushing for',
  'must',
  '“',
  '”',
  ', and ',
  '. ',
  '\n',
  'Mr.',
  'NATO (NATO)',
  ' . . . ',
  'Zelenskyy',
  'a 29% pay rise',
);
const weird = fc.constantFrom('👩‍👩‍👧', 'e\u0301', 'مرحبا', '\u200f', '\u0000', 'x'.repeat(300), '\uD800', '  ', '\t');
const text = fc
  .array(fc.oneof(newsy, weird, fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 40 })
  .map((parts) => parts.join(' '));

/** Every offset slices to what it says, and every id refers to an actor. */
function honest(t: string, r: Extraction): void {
  const ids = new Set(r.actors.map((a) => a.id));
  for (const a of r.actors) {
    for (const m of a.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(t.length);
      expect(t.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const d of r.demands) {
    expect(ids.has(d.actor)).toBe(true);
    if (d.target !== null) expect(ids.has(d.target)).toBe(true);
    if (d.onBehalfOf !== undefined) expect(ids.has(d.onBehalfOf)).toBe(true);
    for (const joint of d.alsoBy ?? []) expect(ids.has(joint) && joint !== d.actor).toBe(true);
    expect(t.slice(d.start, d.end)).toBe(d.text);
    expect(d.start).toBeGreaterThanOrEqual(d.sentence.start);
    expect(d.end).toBeLessThanOrEqual(d.sentence.end);
    if (d.cueStart !== undefined && d.cueEnd !== undefined) expect(t.slice(d.cueStart, d.cueEnd)).toBe(d.cue);
  }
}

const models = nodeModels();
// words named like Object members ("valueOf", "constructor") once threw in lib/nlp
const members = Object.getOwnPropertyNames(Object.prototype);
const withMembers = fc.tuple(text, fc.constantFrom(...members)).map(([t, m]) => `${m} ${t} ${m}.`);

describe('extract on arbitrary text', () => {
  it('never throws and reports offsets that slice to what it says', () => {
    fc.assert(
      fc.property(fc.oneof(text, withMembers), (t) => honest(t, extract(t, models))),
      { numRuns: 300 },
    );
  });

  it('reads a demanded text that ends at "for"', () => {
    // found by the property above: the stretch of time after a last "for" was looked for past the text
    const t = 'Vladimir Putin urged the union to is pushing for';
    honest(t, extract(t, models));
  });

  it('ends when "I" is the subject of the speech verb that would name the speaker', () => {
    // found by the property above: the speaker of "I" was looked up through "I" again, forever
    const t = 'constructor \u{1BC9C}I urged the union to constructor.';
    honest(t, extract(t, models));
  });
});
