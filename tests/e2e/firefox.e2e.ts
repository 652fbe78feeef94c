// The whole pipeline in real Firefox (ESR, the Firefox build as a temporary add-on): the article
// is highlighted with exactly what the engine extracts, the card opens on hover, a second page's
// card shows what the background stored from the first, and the extension's own page exports and
// imports. Firefox runs content scripts behind Xray wrappers, where some DOM objects behave
// differently from Chromium: only a run in Firefox shows such breaks. WebDriver BiDi refuses to
// navigate a tab to a moz-extension page, so the extension's page is reached as a reader reaches
// it: the card's button opens it in a tab.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { findArticle } from '../../lib/page/article';
import { buildTextMap } from '../../lib/page/text-map';
import { FIXTURE_PAGES, fixtureDocument } from '../unit/page/fixture-document';
import { expectedHighlights, paintedTexts, textCenter } from './page-helpers';
import { type FirefoxWithExtension, launchFirefoxWithExtension, nextExtensionTab } from './support/firefox';
import { reading } from './support/reading';
import { type StaticServer, serveDirectory } from './support/server';

let firefox: FirefoxWithExtension;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveDirectory(FIXTURE_PAGES);
  firefox = await launchFirefoxWithExtension();
  page = await firefox.browser.newPage();
  // A tracking parameter and a hash, as on a link from a newsletter: the same page to the store.
  await page.goto(server.url('/ceasefire.html?utm_source=newsletter#comments'));
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

test('the article is highlighted with exactly what the engine extracts from it', async () => {
  const text = buildTextMap(findArticle(fixtureDocument('ceasefire.html')) as Element).text;
  const expected = expectedHighlights(text);
  expect(expected['wwa-person']).toContain('Vladimir Putin');
  await expect.poll(() => page.evaluate(paintedTexts), { timeout: 15_000 }).toEqual(expected);
});

const cardText = () =>
  page.evaluate(() => document.querySelector('wwa-card')?.shadowRoot?.querySelector('.card')?.textContent ?? '');

async function hoverFirst(selector: string, text: string) {
  await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView({ block: 'center' }), selector);
  const { x, y } = await page.evaluate(textCenter, { selector, text });
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
}

test('hovering a name opens its card', async () => {
  await hoverFirst('.story-body p', 'Vladimir Putin');
  await expect.poll(cardText, { timeout: 10_000 }).toContain('PersonVladimir Putin');
  expect(await cardText()).toContain('withdraw its troops from four regions');
});

test('a second page about the same union shows, in the card, the demands stored from the first', async () => {
  for (const name of ['nurses-ballot', 'nurses-strike-dates']) {
    await page.goto(server.url(`/history/${name}.html`));
    await expect.poll(() => page.evaluate(paintedTexts), { timeout: 15_000 }).toHaveProperty('wwa-organization');
  }
  await hoverFirst('article', 'Royal College of Nursing');
  await expect.poll(cardText, { timeout: 10_000 }).toContain('Earlier: 1 page');
});

/** Waits until a page of the extension says something matching `pattern`. */
async function untilText(page: Page, pattern: RegExp): Promise<string> {
  await expect.poll(() => page.evaluate(() => document.body.innerText), { timeout: 10_000 }).toMatch(pattern);
  return page.evaluate(() => document.body.innerText);
}

const clickButton = (page: Page, name: string) =>
  page.evaluate((name) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!button) throw new Error(`No button ${name}`);
    button.click();
  }, name);

let extensionPage: Page;
let exported: string;

test('the card opens the extension’s page in a tab, readable, whose Export downloads the history', async () => {
  await page.goto(server.url('/ceasefire.html'));
  await expect.poll(() => page.evaluate(paintedTexts), { timeout: 15_000 }).toHaveProperty('wwa-person');
  await hoverFirst('.story-body p', 'Vladimir Putin');
  await expect.poll(cardText, { timeout: 10_000 }).toContain('All about Vladimir Putin');
  extensionPage = await nextExtensionTab(firefox.browser, () =>
    page.evaluate(() => {
      const card = document.querySelector('wwa-card')?.shadowRoot;
      [...(card?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'All about Vladimir Putin')?.click();
    }),
  );
  await untilText(extensionPage, /← All actors\s+Vladimir Putin/);
  expect(await extensionPage.evaluate(reading)).toMatchObject({ small: [] });

  await clickButton(extensionPage, 'Export');
  await expect
    .poll(() => readdirSync(firefox.downloads).filter((f) => f.endsWith('.json')), { timeout: 10_000 })
    .toHaveLength(1);
  const [file] = readdirSync(firefox.downloads);
  exported = readFileSync(join(firefox.downloads, file), 'utf8');
  const data = JSON.parse(exported);
  expect(data).toMatchObject({ format: 'who-wants-what', version: 1 });
  expect(data.pages.map((p: { canonicalUrl: string }) => p.canonicalUrl)).toContain(
    'https://news.example/health/nurses-strike-dates',
  );
});

test('the card opens the board on its actor in a tab: who demands what of whom, in Firefox too', async () => {
  await page.goto(server.url('/ceasefire.html'));
  await expect.poll(() => page.evaluate(paintedTexts), { timeout: 15_000 }).toHaveProperty('wwa-person');
  await hoverFirst('.story-body p', 'Vladimir Putin');
  await expect.poll(cardText, { timeout: 10_000 }).toContain('On the board');
  const board = await nextExtensionTab(firefox.browser, () =>
    page.evaluate(() => {
      const card = document.querySelector('wwa-card')?.shadowRoot;
      [...(card?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'On the board')?.click();
    }),
  );
  const text = await untilText(board, /Only Vladimir Putin[\s\S]*Vladimir Putin\s*→[\s\S]*Ukraine/);
  expect(text).toMatch(/seen (once|\d+ times)/);
  expect(await board.evaluate(reading)).toMatchObject({ small: [] });
  await board.close();
});

test('Import in the toolbar popup opens the import page in a tab (Firefox closes popups for file pickers), which merges a file', async () => {
  // the toolbar popup's document, no tab named: what the toolbar button shows
  await extensionPage.evaluate(() => {
    location.href = 'popup.html';
  });
  await untilText(extensionPage, /Import…/);
  expect(await extensionPage.$('input[type=file]')).toBeNull();
  const importPage = await nextExtensionTab(firefox.browser, () => clickButton(extensionPage, 'Import…'));
  await untilText(importPage, /Import a history file/);
  expect(await importPage.evaluate(reading)).toMatchObject({ small: [] });

  // the export from before, and one page this profile never read
  const data = JSON.parse(exported);
  const rcn = data.actors.find((a: { key: string }) => a.key === 'org:rcn');
  data.pages.push({
    ...data.pages[0],
    id: 9999,
    canonicalUrl: 'https://news.example/health/elsewhere',
    url: 'https://news.example/health/elsewhere',
  });
  data.appearances.push({ page: 9999, actor: rcn.key, name: rcn.name, count: 1, firstOffset: 0 });
  const path = join(firefox.downloads, 'with-one-more-page.json');
  writeFileSync(path, JSON.stringify(data));
  const input = (await importPage.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  expect(await untilText(importPage, /Imported/)).toMatch(/Imported 1 new page, 0 new actors and 0 demands/);
  await input.uploadFile(path);
  await untilText(importPage, /Imported 0 new pages, 0 new actors and 0 demands/);
});
