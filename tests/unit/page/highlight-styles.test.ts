import { expect, test } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../../lib/page/highlight-names';
import { HIGHLIGHT_CSS, injectHighlightStyles } from '../../../lib/page/highlight-styles';
import { htmlDocument } from './fixture-document';

test('every highlight name is styled, for the Highlight API and for <wwa-mark>', () => {
  for (const name of HIGHLIGHT_NAMES) {
    expect(HIGHLIGHT_CSS).toContain(`::highlight(${name})`);
    expect(HIGHLIGHT_CSS).toContain(`wwa-mark[data-wwa~="${name}"]`);
  }
  // Tints only: the page's own text colour stays, which keeps contrast on light and dark pages.
  expect(HIGHLIGHT_CSS).not.toMatch(/(^|[\s;{])color:(?!\s*inherit)/);
});

test('the stylesheet goes into the head once, never the body, and comes out again', () => {
  const doc = htmlDocument('<head><title>t</title></head><body><p>Text</p></body>');
  const body = doc.body.innerHTML;
  const remove = injectHighlightStyles(doc);
  injectHighlightStyles(doc);
  expect(doc.head.querySelectorAll('style')).toHaveLength(1);
  expect(doc.body.innerHTML).toBe(body);
  remove();
  expect(doc.querySelectorAll('style')).toHaveLength(0);
});

/** WCAG contrast of two sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test.each([
  ['a light page', [255, 255, 255], [26, 26, 26]],
  ['a dark page', [17, 17, 17], [232, 232, 232]],
])('every tint keeps the text readable on %s (contrast ≥ 4.5)', (_page, background, text) => {
  const tints = [
    ...HIGHLIGHT_CSS.matchAll(/::highlight\([\w-]+\) \{ background-color: rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)/g),
  ];
  expect(tints).toHaveLength(HIGHLIGHT_NAMES.length);
  for (const [, r, g, b, alpha] of tints) {
    const a = Number(alpha);
    const painted = [r, g, b].map((c, i) => Number(c) * a + (background[i] as number) * (1 - a));
    expect(contrast(painted, text)).toBeGreaterThanOrEqual(4.5);
  }
});
