import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { HighlightName } from '../../../lib/page/highlight-names';
import { createPainter, type Mark } from '../../../lib/page/painter';
import { buildTextMap } from '../../../lib/page/text-map';
import { withHighlightRegistry } from './fake-highlights';
import { htmlDocument } from './fixture-document';

const ARTICLE = `<article id="root">
  <p>Russian President <a href="/putin">Vladimir <b>Putin</b></a> has demanded that Ukraine withdraw.</p>
  <ul><li>One</li>  <li>Two</li></ul>
  <p>NATO said no.</p>
</article>`;

function setUp(html = ARTICLE) {
  const doc = htmlDocument(`<body>${html}</body>`);
  const map = buildTextMap(doc.getElementById('root') as Element);
  const mark = (name: HighlightName, text: string, from = 0): Mark => {
    const start = map.text.indexOf(text, from);
    const range = map.range(start, start + text.length);
    if (start < 0 || !range) throw new Error(`${text} not in ${map.text}`);
    return { name, range };
  };
  return { doc, map, mark };
}

describe('with the Highlight API', () => {
  test('calls beforePaint (the stylesheet) only once there is something to paint, before it shows', async () => {
    const { doc, mark } = setUp();
    const registry = withHighlightRegistry(doc);
    const seen: number[] = [];
    const painter = createPainter(doc, { beforePaint: () => seen.push(registry.size) });
    await painter.paint([]);
    expect(seen).toEqual([]);
    await painter.paint([mark('wwa-person', 'Vladimir Putin')]);
    // called while the registry was still empty: the styles are there when the highlights are
    expect(seen).toEqual([0]);
  });

  test('registers ranges under their names and leaves the DOM alone', async () => {
    const { doc, mark } = setUp();
    const registry = withHighlightRegistry(doc);
    const before = doc.body.innerHTML;
    const painter = createPainter(doc);
    expect(painter.kind).toBe('highlights');
    const marks = [
      mark('wwa-person', 'Vladimir Putin'),
      mark('wwa-country', 'Ukraine'),
      mark('wwa-demand', 'Ukraine withdraw'),
    ];
    expect(await painter.paint(marks)).toEqual(marks.map((m) => m.range));
    expect(doc.body.innerHTML).toBe(before);
    expect([...(registry.get('wwa-person') ?? [])].map(String)).toEqual(['Vladimir Putin']);
    expect([...(registry.get('wwa-demand') ?? [])].map(String)).toEqual(['Ukraine withdraw']);
    expect(registry.get('wwa-country')?.priority).toBeGreaterThan(registry.get('wwa-demand')?.priority ?? 0);
    expect(registry.has('wwa-group')).toBe(false);

    await painter.paint([mark('wwa-organization', 'NATO')]);
    expect([...registry.keys()]).toEqual(['wwa-organization']);
    painter.clear();
    expect(registry.size).toBe(0);
  });

  test('leaves highlights that are not ours', async () => {
    const { doc, mark } = setUp();
    const registry = withHighlightRegistry(doc);
    const theirs = Object.assign(new Set<Range>(), { priority: 0 });
    registry.set('search-result', theirs);
    const painter = createPainter(doc);
    await painter.paint([mark('wwa-person', 'Vladimir Putin')]);
    painter.clear();
    expect([...registry.keys()]).toEqual(['search-result']);
  });
});

describe('with <wwa-mark> wrappers', () => {
  test('wraps each covered piece once, with every name covering it, and keeps the text', async () => {
    const { doc, mark } = setUp();
    const painter = createPainter(doc, { forceWrappers: true });
    expect(painter.kind).toBe('wrappers');
    const text = doc.body.textContent;
    const ranges = await painter.paint([
      mark('wwa-person', 'Vladimir Putin'),
      mark('wwa-country', 'Ukraine'),
      mark('wwa-demand', 'Ukraine withdraw'),
    ]);
    expect(doc.body.textContent).toBe(text);
    expect(ranges.map(String)).toEqual(['Vladimir Putin', 'Ukraine', 'Ukraine withdraw']);
    expect([...doc.querySelectorAll('wwa-mark')].map((m) => [m.textContent, m.getAttribute('data-wwa')])).toEqual([
      ['Vladimir ', 'wwa-person'],
      ['Putin', 'wwa-person'],
      ['Ukraine', 'wwa-country wwa-demand'],
      [' withdraw', 'wwa-demand'],
    ]);
  });

  test('never wraps the whitespace between blocks', async () => {
    const { doc, mark, map } = setUp();
    const painter = createPainter(doc, { forceWrappers: true });
    const start = map.text.indexOf('One');
    const range = map.range(start, start + 'One\nTwo'.length);
    await painter.paint([{ name: 'wwa-demand', range: range as Range }, mark('wwa-organization', 'NATO')]);
    expect(doc.querySelector('ul')?.children).toHaveLength(2);
    expect([...doc.querySelectorAll('wwa-mark')].map((m) => m.textContent)).toEqual(['One', 'Two', 'NATO']);
  });

  test('clearing puts back the very DOM that was there', async () => {
    const { doc, mark } = setUp();
    const root = doc.getElementById('root') as Element;
    const before = root.innerHTML;
    const textNodes = countTextNodes(root);
    const painter = createPainter(doc, { forceWrappers: true });
    await painter.paint([mark('wwa-person', 'Vladimir Putin'), mark('wwa-demand', 'Ukraine withdraw')]);
    await painter.paint([mark('wwa-organization', 'NATO')]);
    painter.clear();
    expect(root.innerHTML).toBe(before);
    expect(countTextNodes(root)).toBe(textNodes);
  });

  test('any set of marks paints and clears without changing the text or the DOM', async () => {
    const names: HighlightName[] = ['wwa-person', 'wwa-country', 'wwa-demand'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.constantFrom(...names)), { maxLength: 8 }),
        async (specs) => {
          const { doc, map } = setUp();
          const root = doc.getElementById('root') as Element;
          const before = root.innerHTML;
          const textNodes = countTextNodes(root);
          const text = root.textContent;
          const marks: Mark[] = [];
          for (const [at, length, name] of specs) {
            const start = at % map.text.length;
            const range = map.range(start, start + length);
            if (range) marks.push({ name, range });
          }
          const texts = marks.map((m) => m.range.toString());
          const painter = createPainter(doc, { forceWrappers: true });
          const ranges = await painter.paint(marks);
          expect(root.textContent).toBe(text);
          ranges.forEach((range, i) => {
            expect(range.toString().trim()).toBe(texts[i]?.trim());
          });
          painter.clear();
          expect(root.innerHTML).toBe(before);
          expect(countTextNodes(root)).toBe(textNodes);
        },
      ),
      { numRuns: 200 },
    );
  });
});

function countTextNodes(root: Element): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let nodes = 0;
  while (walker.nextNode()) nodes++;
  return nodes;
}
