// The <wwa-mark> fallback for browsers without the CSS Custom Highlight API, run in real
// Chromium: the content script picks it only where `CSS.highlights` is missing, so the test
// drives the painter from the page's world with the fallback forced.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundleForPage, serveFixturePages, writeSettings } from './page-helpers';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import type { StaticServer } from './support/server';

interface Fallback {
  paint(specs: { name: string; text: string }[]): Promise<string[]>;
  textAt(x: number, y: number): string | null;
  clear(): void;
}

let browser: ExtensionBrowser;
let server: StaticServer;
let bundle: string;
let page: Page;

beforeAll(async () => {
  bundle = await bundleForPage('page-fallback-entry.ts');
  server = await serveFixturePages();
  browser = await launchWithExtension();
  // The extension's own annotation paused: only the forced fallback paints.
  await writeSettings(browser, { paused: true, highlightActors: true, highlightDemands: true, disabledSites: [] });
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('wraps names and demands without changing the page text, and unwraps to the very DOM served', async () => {
  await page.goto(server.url('/ceasefire.html'));
  const served = await page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }));
  await page.evaluate(bundle);
  const painted = await page.evaluate(
    (specs) => (window as unknown as { wwaFallback: Fallback }).wwaFallback.paint(specs),
    [
      { name: 'wwa-person', text: 'Vladimir Putin' },
      { name: 'wwa-country', text: 'Ukraine' },
      { name: 'wwa-demand', text: 'Ukraine withdraw its troops from four regions' },
    ],
  );
  expect(painted).toContain('Vladimir Putin');
  expect(painted).toContain('Ukraine withdraw its troops from four regions');
  expect(await page.locator('wwa-mark').count()).toBeGreaterThan(4);
  expect(await page.evaluate(() => document.body.innerText)).toBe(served.text);
  const style = await page
    .locator('wwa-mark[data-wwa~="wwa-person"]')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(style).not.toBe('rgba(0, 0, 0, 0)');

  const textAt = (selector: string, word: string) =>
    page.evaluate(
      ({ selector, word }) => {
        const el = [...document.querySelectorAll(selector)].find((e) => e.textContent?.includes(word)) as Element;
        const box = el.getBoundingClientRect();
        const { wwaFallback } = window as unknown as { wwaFallback: Fallback };
        return wwaFallback.textAt(box.left + box.width / 2, box.top + box.height / 2);
      },
      { selector, word },
    );
  expect(await textAt('wwa-mark[data-wwa="wwa-person"]', 'Putin')).toBe('Vladimir Putin');
  expect(await textAt('wwa-mark[data-wwa="wwa-demand"]', 'troops')).toBe(
    'Ukraine withdraw its troops from four regions',
  );
  expect(await textAt('.story-body p', 'Speaking to reporters')).toBeNull();

  await page.evaluate(() => (window as unknown as { wwaFallback: Fallback }).wwaFallback.clear());
  expect(await page.locator('wwa-mark').count()).toBe(0);
  expect(await page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }))).toEqual(served);
});
