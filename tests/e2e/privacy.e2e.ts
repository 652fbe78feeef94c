// The extension makes no network request: while it annotates pages and the reader browses the
// popup, every request seen is either the test page loading itself or the extension's own files.
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { highlightSize } from './support/highlights';
import { type StaticServer, serveDirectory } from './support/server';

let server: StaticServer;
let browser: ExtensionBrowser;
const requests: { url: string; fromWorker: boolean }[] = [];

beforeAll(async () => {
  // lets Playwright report requests made by the extension's service worker too
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  server = await serveDirectory(resolve(import.meta.dirname, '../../demo/pages'));
  browser = await launchWithExtension();
  browser.context.on('request', (r) => requests.push({ url: r.url(), fromWorker: !!r.serviceWorker() }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('annotating pages and using the popup sends nothing anywhere', async () => {
  for (const file of ['1-iran-nuclear-talks.html', '2-nurses-strike.html']) {
    const page = await browser.context.newPage();
    await page.goto(server.url(file));
    await expect.poll(() => highlightSize(page, 'wwa-demand'), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  }
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  await popup.getByRole('searchbox', { name: 'Search actors' }).fill('iran');
  await popup.getByRole('button', { name: /^Iran/ }).click();
  await popup.getByRole('heading', { name: 'Iran', exact: true }).waitFor();
  await popup.getByRole('tab', { name: 'Settings' }).click();

  // the extension's own files (its stylesheet is served under a per-session dynamic id)
  const own = (url: string) => url.startsWith('chrome-extension://');
  const foreign = requests.filter((r) => !r.url.startsWith(server.origin) && !own(r.url));
  expect(foreign.map((r) => r.url)).toEqual([]);
  // the service worker fetched nothing but the language models packaged inside the extension
  const fromWorker = requests.filter((r) => r.fromWorker).map((r) => r.url);
  expect(fromWorker.every((url) => /^chrome-extension:\/\/[a-p]{32}\/models\/[a-z]+\.bin$/.test(url))).toBe(true);
  // and the page requests seen are the pages' own files
  expect(
    requests.filter((r) => r.url.startsWith(server.origin)).every((r) => /\.(html|css)$/.test(new URL(r.url).pathname)),
  ).toBe(true);
});
