// Bundled into the page by page-fallback.e2e.ts: the wrapper painter, driven from the page's own
// world, since the content script only uses it where the browser lacks the Highlight API.
import type { Annotation } from '../../lib/page/annotations';
import { findArticle } from '../../lib/page/article';
import type { HighlightName } from '../../lib/page/highlight-names';
import { injectHighlightStyles } from '../../lib/page/highlight-styles';
import { type HitEntry, hitTest } from '../../lib/page/hit-test';
import { createPainter } from '../../lib/page/painter';
import { buildTextMap } from '../../lib/page/text-map';

const painter = createPainter(document, { forceWrappers: true });
injectHighlightStyles(document);
let entries: HitEntry[] = [];

Object.assign(window, {
  wwaFallback: {
    /** Paints every occurrence of each text under its name; returns the text of each painted range. */
    async paint(specs: { name: HighlightName; text: string }[]): Promise<string[]> {
      const map = buildTextMap(findArticle(document) as Element);
      const marks = specs.flatMap(({ name, text }) => {
        const found = [];
        for (let at = map.text.indexOf(text); at >= 0; at = map.text.indexOf(text, at + 1)) {
          const range = map.range(at, at + text.length);
          const type: Annotation['type'] = name === 'wwa-demand' ? 'demand' : 'actor';
          const annotation = { type, name, start: at, end: at + text.length } as Annotation;
          if (range) found.push({ name, range, annotation });
        }
        return found;
      });
      const ranges = await painter.paint(marks);
      entries = marks.map((mark, i) => ({ annotation: mark.annotation, range: ranges[i] as Range }));
      return ranges.map((range) => range.toString());
    },
    /** The text of the annotation under a point, hit-tested by caret position as without the Highlight API. */
    textAt: (x: number, y: number) => hitTest(document, entries, x, y, { highlights: false })?.range.toString() ?? null,
    clear: () => painter.clear(),
  },
});
