// The service worker may be stopped at any moment, even while it saves a page: what it stored
// is then a whole page or nothing, the page asks again (messages have a deadline and a retry;
// a new worker that holds no save of the page is sent its text again), and every article read
// while the worker keeps stopping ends highlighted and stored.
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { highlightSize } from './support/highlights';
import { type StaticServer, serveDirectory } from './support/server';
import { readTables, tableCounts } from './support/store';

let server: StaticServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await serveDirectory(resolve(import.meta.dirname, '../../demo/pages'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a worker stopped mid-save leaves all or nothing, and the next visit stores the page', async () => {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  // stop the worker as soon as the page starts talking to it
  const loading = page.goto(server.url('2-nurses-strike.html'));
  await page.waitForFunction(() => document.readyState !== 'loading');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await loading;

  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  const after = await tableCounts(popup);
  if (after.pages === 0) expect(after).toEqual({ pages: 0, actors: 0, appearances: 0, demands: 0 });
  else
    expect(after.pages === 1 && after.actors > 0 && after.appearances === after.actors && after.demands > 0).toBe(true);

  // the next visit (the worker wakes up again on the message) stores it
  await page.reload();
  await expect.poll(() => highlightSize(page, 'wwa-demand'), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await tableCounts(popup)).pages, { timeout: 10_000 }).toBe(1);
  const stored = await tableCounts(popup);
  expect(stored.appearances).toBe(stored.actors);
  expect(stored.demands).toBeGreaterThan(0);
});

test('three articles in a row, the worker stopped between and during each: every one highlighted and stored', async () => {
  const files = ['1-iran-nuclear-talks.html', '3-ev-tariffs.html', '4-app-store-ruling.html'];
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  const before = (await tableCounts(popup)).pages;
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const read = async () =>
    (await readTables(popup, ['pages', 'demands'])) as Record<
      string,
      { id: number; pageId: number; url: string; actors: unknown[] }[]
    >;
  const storedOf = (rows: Awaited<ReturnType<typeof read>>) =>
    rows.pages.filter((p) => files.some((file) => p.url.endsWith(file)));
  for (const [i, file] of files.entries()) {
    // between articles
    await cdp.send('ServiceWorker.stopAllWorkers');
    const loading = page.goto(server.url(file));
    await page.waitForFunction(() => document.readyState !== 'loading');
    // as the page starts talking to it, and again once it has loaded: mid-request
    await cdp.send('ServiceWorker.stopAllWorkers');
    await loading;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => highlightSize(page, 'wwa-demand'), { timeout: 30_000 }).toBeGreaterThan(0);
    // The page paints from the extraction and is stored after: stopped now, the worker loses the
    // save, and the page, still asking, sends its text to the next one.
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(async () => storedOf(await read()).length, { timeout: 30_000 }).toBe(i + 1);
  }
  const rows = await read();
  const stored = storedOf(rows);
  expect(rows.pages).toHaveLength(before + files.length);
  for (const p of stored) {
    expect(p.actors.length).toBeGreaterThan(0);
    expect(rows.demands.filter((d) => d.pageId === p.id).length).toBeGreaterThan(0);
  }
});
