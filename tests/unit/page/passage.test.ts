import { afterEach, expect, test, vi } from 'vitest';
import { quoteFrom } from '../../../lib/page/anchor';
import type { AnnotatedPage } from '../../../lib/page/annotator';
import { showActor, showQuote } from '../../../lib/page/passage';
import { buildTextMap } from '../../../lib/page/text-map';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function annotated(html: string): AnnotatedPage {
  document.body.innerHTML = `<article>${html}</article>`;
  const map = buildTextMap(document.querySelector('article') as Element);
  const at = map.text.indexOf('Northgate Council');
  return {
    page: {
      url: 'https://news.example/a',
      canonicalUrl: 'https://news.example/a',
      title: '',
      site: 'news.example',
      publishedAt: null,
    },
    map,
    extraction: {
      actors: [
        {
          id: 'a1',
          key: 'org:northgate-council',
          name: 'Northgate Council',
          kind: 'organization',
          aliases: ['Northgate Council'],
          mentions: [{ start: at, end: at + 17, text: 'Northgate Council' }],
        },
      ],
      demands: [],
    },
    demands: 0,
    history: new Map(),
    stored: Promise.resolve(),
  };
}

const SENTENCE = "The union demanded that Northgate Council raise drivers' pay by 9 per cent.";

test('a quoted demand is scrolled to and selected, across the inline markup it spans', () => {
  const page = annotated(
    `<p>Buses ran on time.</p><p>The union demanded that <b>Northgate Council</b> raise drivers' <i>pay</i> by 9 per cent.</p>`,
  );
  const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
  expect(showQuote(document, page, [], quoteFrom(SENTENCE, "raise drivers' pay by 9 per cent"))).toBe(true);
  expect(document.getSelection()?.toString()).toBe("raise drivers' pay by 9 per cent");
  expect(scrolled).toHaveBeenCalledWith({ block: 'center', inline: 'nearest' });
});

test('an actor is shown at its first mention; what the page no longer holds is not', () => {
  const page = annotated(`<p>${SENTENCE}</p>`);
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
  expect(showActor(document, page, [], 'org:northgate-council')).toBe(true);
  expect(document.getSelection()?.toString()).toBe('Northgate Council');
  expect(showActor(document, page, [], 'org:someone-else')).toBe(false);
  expect(showQuote(document, page, [], { exact: 'call off the strike', prefix: '', suffix: '' })).toBe(false);
});
