// Reads what the content script painted, from the page's main world (CSS.highlights is shared).
import type { Page } from 'playwright-core';

/** How many ranges are registered under one highlight name, e.g. 'wwa-demand'. */
export function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, name);
}

/** How many ranges are registered under all our (wwa-) names together. */
export function paintedCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()].filter(([k]) => k.startsWith('wwa-')).reduce((n, [, h]) => n + h.size, 0),
  );
}
