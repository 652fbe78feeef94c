// The whole pipeline in real Firefox (ESR, the Firefox build as a temporary add-on): the article
// is highlighted with exactly what the engine extracts, the card opens on hover, and a second
// page's card shows what the background stored from the first. (The popup itself cannot be
// opened here: Firefox's WebDriver BiDi refuses to navigate a tab to a moz-extension page.) Firefox runs content scripts behind Xray wrappers, where
// some DOM objects behave differently from Chromium: only a run in Firefox shows such breaks.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { findArticle } from '../../lib/page/article';
import { buildTextMap } from '../../lib/page/text-map';
import { FIXTURE_PAGES, fixtureDocument } from '../unit/page/fixture-document';
import { expectedHighlights, paintedTexts, textCenter } from './page-helpers';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './support/firefox';
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
