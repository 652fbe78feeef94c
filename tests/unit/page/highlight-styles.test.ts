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
