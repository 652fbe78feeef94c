import { describe, expect, test } from 'vitest';
import type { Annotation } from '../../../lib/page/annotations';
import { type HitEntry, hitTest } from '../../../lib/page/hit-test';
import { buildTextMap } from '../../../lib/page/text-map';
import { htmlDocument } from './fixture-document';

// happy-dom has no layout: every range gets one box, 0–100 × 0–20, and the caret is placed by hand.
function setUp() {
  const doc = htmlDocument('<body><p id="p">Putin has demanded that Ukraine withdraw.</p></body>');
  const map = buildTextMap(doc.getElementById('p') as Element);
  const entry = (text: string, type: Annotation['type']): HitEntry => {
    const start = map.text.indexOf(text);
    const range = map.range(start, start + text.length) as Range;
    Object.defineProperty(range, 'getClientRects', { value: () => [{ left: 0, right: 100, top: 0, bottom: 20 }] });
    const annotation = { type, name: type === 'actor' ? 'wwa-country' : 'wwa-demand', start, end: start + text.length };
    return { range, annotation: annotation as Annotation };
  };
  const ukraine = entry('Ukraine', 'actor');
  const demand = entry('Ukraine withdraw', 'demand');
  const putin = entry('Putin', 'actor');
  const textNode = doc.getElementById('p')?.firstChild as Text;
  const caretAt = (offset: number) =>
    Object.defineProperty(doc, 'caretPositionFromPoint', {
      value: () => ({ offsetNode: textNode, offset }),
      configurable: true,
    });
  return { doc, entries: [demand, ukraine, putin], ukraine, demand, putin, caretAt, text: map.text };
}

describe('hitTest by caret position', () => {
  test('a name inside a demand wins over the demand', () => {
    const { doc, entries, ukraine, caretAt, text } = setUp();
    caretAt(text.indexOf('Ukraine') + 2);
    expect(hitTest(doc, entries, 50, 10, { highlights: false })).toBe(ukraine);
  });

  test('the demand alone where no name is', () => {
    const { doc, entries, demand, caretAt, text } = setUp();
    caretAt(text.indexOf('withdraw') + 2);
    expect(hitTest(doc, entries, 50, 10, { highlights: false })).toBe(demand);
  });

  test('nothing outside the ranges, or outside their boxes (a caret is found even in the margin)', () => {
    const { doc, entries, caretAt, text } = setUp();
    caretAt(text.indexOf('has') + 1);
    expect(hitTest(doc, entries, 50, 10, { highlights: false })).toBeNull();
    caretAt(1);
    expect(hitTest(doc, entries, 500, 10, { highlights: false })).toBeNull();
  });
});

describe('hitTest with highlightsFromPoint', () => {
  test('takes the ranges the browser reports under the point', () => {
    const { doc, entries, putin, demand } = setUp();
    const highlightsFromPoint = () => [{ highlight: {}, ranges: [demand.range] }];
    const css = { highlights: { highlightsFromPoint } };
    Object.defineProperty(doc.defaultView, 'CSS', { value: css });
    expect(hitTest(doc, entries, 50, 10, { highlights: true })).toBe(demand);
    css.highlights.highlightsFromPoint = () => [{ highlight: {}, ranges: [putin.range, demand.range] }];
    expect(hitTest(doc, entries, 50, 10, { highlights: true })).toBe(putin);
    css.highlights.highlightsFromPoint = () => [];
    expect(hitTest(doc, entries, 50, 10, { highlights: true })).toBeNull();
  });
});
