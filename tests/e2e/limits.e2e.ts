// A page far longer than we annotate: its beginning is read and painted, the page stays
// responsive, and the page is stored, and reported to the popup, as partial.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { articlePage, newsText } from '../../bench/generate';
import { pageStatus } from './page-helpers';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { highlightSize } from './support/highlights';
import { type StaticServer, serveDirectory } from './support/server';
import { readTables } from './support/store';

let dir: string;
let server: StaticServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wwa-limits-'));
  // about 60,000 words: well past the bound on the text we read
  writeFileSync(join(dir, 'long.html'), articlePage(newsText(60_000, 7), 'A very long live blog'));
  server = await serveDirectory(dir);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('an over-long page is annotated up to the bound and marked partial', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('long.html'));
  await expect.poll(() => highlightSize(page, 'wwa-demand'), { timeout: 30_000 }).toBeGreaterThan(0);

  // its beginning is painted while the rest is read; then all of it is read, and stored
  await expect
    .poll(() => pageStatus(browser, page), { timeout: 30_000 })
    .toMatchObject({
      ok: true,
      value: { state: 'read', canonicalUrl: 'https://bench.example/A%20very%20long%20live%20blog', truncated: true },
    });
  // painted from the top, not beyond the bound: the last paragraph carries no highlight
  const lastPainted = await page.evaluate(() => {
    const last = document.querySelector('article p:last-of-type') as Element;
    return [...CSS.highlights.values()].some((h) => [...h].some((r) => last.contains((r as Range).startContainer)));
  });
  expect(lastPainted).toBe(false);

  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  const stored = async () =>
    ((await readTables(popup, ['pages'])).pages as { truncated: boolean }[]).map((p) => p.truncated);
  await expect.poll(stored, { timeout: 10_000 }).toEqual([true]);
});
