// Two readers, two browser profiles: one exports, the other imports. Nothing either had is lost,
// a page both read keeps what each saw on it, a second import adds nothing, and an actor's export
// imported before the full one ends complete.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { paintedCount } from './support/highlights';
import { exportWith, importWith, storeContents } from './support/popup';
import { type StaticServer, serveDirectory } from './support/server';

const HISTORY = resolve(import.meta.dirname, '../fixtures/pages/history');
let server: StaticServer;
let a: ExtensionBrowser;
let b: ExtensionBrowser;

beforeAll(async () => {
  server = await serveDirectory(HISTORY);
  [a, b] = [await launchWithExtension(), await launchWithExtension()];
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await server?.close();
});

/** Reads an article in a profile: opened, highlighted (so stored), closed. */
async function read(browser: ExtensionBrowser, name: string, html?: string) {
  const tab = await browser.context.newPage();
  // the same article (same canonical link) as this reader's site served it, when given
  if (html)
    await tab.route(server.url(`${name}.html`), (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await tab.goto(server.url(`${name}.html`));
  await expect.poll(() => paintedCount(tab), { timeout: 15_000 }).toBeGreaterThan(0);
  await tab.close();
}

async function popupOf(browser: ExtensionBrowser): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  return popup;
}

// Reader B's copy of the talks article has a paragraph more: another actor and demand on the page.
const talksWithMore = readFileSync(resolve(HISTORY, 'nurses-talks.html'), 'utf8').replace(
  '</article>',
  '<p>Health Secretary Wes Streeting urged the RCN to call off the strike while talks continue.</p></article>',
);

test('merging another profile keeps every page and appearance of both sides, and a second import adds nothing', async () => {
  await read(a, 'nurses-ballot');
  await read(a, 'nurses-talks');
  await read(b, 'nurses-strike-dates');
  await read(b, 'nurses-talks', talksWithMore);
  const popupA = await popupOf(a);
  const popupB = await popupOf(b);
  const mine = await storeContents(popupB);
  const theirs = await storeContents(popupA);
  expect(mine.appearances).toContain('https://news.example/health/nurses-talks person:wes-streeting');

  const file = await exportWith(popupA, 'Export');
  // A read the talks article before B: its copy adds nothing to what B saw there
  expect(await importWith(popupB, file)).toMatch(/^Imported 1 new page, /);
  const merged = await storeContents(popupB);
  expect(merged.pages).toEqual([...new Set([...mine.pages, ...theirs.pages])].sort());
  for (const row of [...mine.appearances, ...theirs.appearances]) expect(merged.appearances).toContain(row);
  for (const row of [...mine.demands, ...theirs.demands]) expect(merged.demands).toContain(row);
  // each appearance once
  expect(new Set(merged.appearances).size).toBe(merged.appearances.length);

  expect(await importWith(popupB, file)).toMatch(/Imported 0 new pages, 0 new actors and 0 demands\./);
  expect(await storeContents(popupB)).toEqual(merged);
});

test('an actor’s export imported before the full export ends with every actor and appearance', async () => {
  const popupA = await popupOf(a);
  await popupA.getByRole('searchbox', { name: 'Search actors' }).fill('nursing');
  await popupA.getByRole('button', { name: /Royal College of Nursing/ }).click();
  const oneActor = await exportWith(popupA, 'Export Royal College of Nursing');
  const full = await exportWith(popupA, 'Export');
  expect(JSON.parse(oneActor).actors.length).toBeLessThan(JSON.parse(full).actors.length);

  const c = await launchWithExtension();
  try {
    const popupC = await popupOf(c);
    await importWith(popupC, oneActor);
    await importWith(popupC, full);
    expect(await storeContents(popupC)).toEqual(await storeContents(popupA));
  } finally {
    await c.close();
  }
});
