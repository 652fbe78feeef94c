// The board in real Chromium: three pages on one dispute (our own, in tests/fixtures/pages/dispute,
// the same pay demand reworded on two of them) read with the extension; the board merges the
// reworded demand into one, shows its course with both dates and verbs and the map's edge
// between the two actors; its exports hold every demand; the popup's This page scrolls the
// article to a demand; and the board opens a stored demand's page at its passage.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeFindings } from './support/axe';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { parseCsv } from './support/csv';
import { openPopupFor } from './support/popup';
import { reading } from './support/reading';
import { type StaticServer, serveDirectory } from './support/server';
import { readTables } from './support/store';

const PAGES = ['drivers-pay-claim', 'drivers-pay-demand', 'council-reply'];
/** Words we wrote in both wordings of the pay demand (9% and 9 per cent). */
const PAY = "raise drivers' pay by 9";
const UNION = 'org:transport-workers-union';
const COUNCIL = 'org:northgate-council';

let server: StaticServer;
let browser: ExtensionBrowser;
let board: Page;

async function read(name: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(server.url(`${name}.html`));
  // read once something is painted (expect.poll cannot run in beforeAll)
  await tab.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('wwa-')), null, {
    timeout: 10_000,
  });
  return tab;
}

const boardUrl = () => `chrome-extension://${browser.extensionId}/board.html`;
const payGroup = () =>
  board.locator('.groups article.group').filter({ hasText: /Transport Workers Union.*→.*Northgate Council/ });

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path()) as string, 'utf8') };
}

beforeAll(async () => {
  server = await serveDirectory(resolve(import.meta.dirname, '../fixtures/pages/dispute'));
  browser = await launchWithExtension();
  for (const name of PAGES) await (await read(name)).close();
  board = await browser.context.newPage();
  await board.goto(boardUrl());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the board merges the reworded demand and shows its course', async () => {
  const group = payGroup();
  await expect.poll(() => group.count()).toBe(1);
  const merged = group.locator('li.merged');
  expect(await merged.count()).toBe(1);
  const toggle = merged.getByRole('button', { expanded: false });
  expect(await toggle.textContent()).toContain(PAY);
  expect(await toggle.textContent()).toContain('seen 2 times');
  await toggle.click();
  const course = merged.locator('ol.course > li');
  await expect.poll(() => course.count()).toBe(2);
  // oldest first, each with the article's date, its verb and that verb's strength
  expect(await course.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))).toEqual([
    '2026-10-05T08:00:00.000Z',
    '2026-10-12T08:00:00.000Z',
  ]);
  expect(await course.locator('.verb').allTextContents()).toEqual(['asked', 'demanded']);
  expect(await course.locator('.strength .label').allTextContents()).toEqual(['asks', 'demands']);
  expect(await course.locator('.sentence mark').first().textContent()).toContain(PAY);
  // the council's reply is a group of its own, the other way round
  const reply = board
    .locator('.groups article.group')
    .filter({ hasText: /Northgate Council.*→.*Transport Workers Union/ });
  expect(await reply.locator('li.merged').count()).toBe(2);
});

test('the map draws both directions between the two actors; an edge shows its demands', async () => {
  const edge = board.locator(`path.edge[data-from="${UNION}"][data-to="${COUNCIL}"]`);
  expect(await edge.count()).toBe(1);
  expect(await edge.getAttribute('aria-label')).toMatch(/Transport Workers Union → Northgate Council: 1 demand/);
  expect(await board.locator(`path.edge[data-from="${COUNCIL}"][data-to="${UNION}"]`).count()).toBe(1);
  // a click on the line itself (the middle of its box is off a curve)
  await edge.dispatchEvent('click');
  const picked = board.locator('.picked');
  await picked.waitFor();
  expect(await picked.locator('ol.course > li').count()).toBe(2);
  // from the keyboard: focus the edge, Enter shows it; Escape closes
  await board.getByRole('button', { name: 'Close' }).click();
  await edge.focus();
  await board.keyboard.press('Enter');
  await picked.waitFor();
  await board.keyboard.press('Escape');
  await picked.waitFor({ state: 'detached' });
});

test('filters narrow the board: topic words, site and dates', async () => {
  const summary = board.getByRole('status');
  await board.getByLabel('Topic words').fill('strike');
  await expect.poll(() => summary.textContent()).toMatch(/^1 group · 1 demand/);
  await board.getByLabel('Topic words').fill('');
  await board.getByLabel('Search').fill('northgate pay');
  await expect.poll(() => payGroup().count()).toBe(1);
  await board.getByLabel('Search').fill('');
  await board.getByLabel('To', { exact: true }).fill('2026-10-10');
  await expect.poll(() => payGroup().locator('li.merged .toggle').textContent()).toContain('seen once');
  await board.getByLabel('To', { exact: true }).fill('');
  await expect.poll(() => summary.textContent()).toMatch(/^2 groups · 3 demands$/);
});

test('CSV and Markdown exports parse and hold every demand', async () => {
  const { demands } = (await readTables(board, ['demands'])) as { demands: { text: string; sentence: string }[] };
  expect(demands.length).toBe(4);

  const csv = await download(board, 'Export CSV');
  expect(csv.name).toMatch(/^who-wants-what-board-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parseCsv(csv.text);
  expect(header).toEqual([
    'actor',
    'target',
    'demand',
    'wording',
    'verb',
    'strength',
    'date',
    'site',
    'title',
    'url',
    'sentence',
  ]);
  expect(rows.length).toBe(demands.length);
  expect(rows.map((r) => r[header.indexOf('wording')]).sort()).toEqual(demands.map((d) => d.text).sort());
  expect(rows.map((r) => r[header.indexOf('sentence')]).sort()).toEqual(demands.map((d) => d.sentence).sort());

  const md = await download(board, 'Export Markdown');
  expect(md.name).toMatch(/\.md$/);
  const lines = md.text.split('\n');
  const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
  const headings = lines.filter((l) => l.startsWith('## ')).map(unescape);
  expect(headings.sort()).toEqual([
    expect.stringMatching(/Northgate Council → .*Transport Workers Union/),
    expect.stringMatching(/Transport Workers Union → .*Northgate Council/),
  ]);
  // one nested item per time a demand was seen, holding its sentence
  const seen = lines.filter((l) => l.startsWith('  - ')).map(unescape);
  expect(seen.length).toBe(demands.length);
  for (const d of demands) expect(seen.some((l) => l.includes(d.sentence.replace(/\s+/g, ' ').trim()))).toBe(true);
});

test('clicking a demand or an actor on This page scrolls the article to it', async () => {
  const tab = await read('drivers-pay-demand');
  expect(await tab.evaluate(() => scrollY)).toBe(0);
  const popup = await openPopupFor(browser, tab);
  await popup.getByRole('tab', { name: 'This page', selected: true }).waitFor();
  await popup.getByRole('button', { name: 'Show in page' }).first().click();
  await expect.poll(() => tab.evaluate(() => getSelection()?.toString() ?? '')).toContain(PAY);
  expect(await tab.evaluate(() => scrollY)).toBeGreaterThan(0);
  expect(await tab.evaluate(() => CSS.highlights.has('wwa-passage'))).toBe(true);

  await tab.evaluate(() => {
    getSelection()?.removeAllRanges();
    scrollTo(0, 0);
  });
  await popup.getByRole('button', { name: 'Show Northgate Council in the page' }).click();
  await expect.poll(() => tab.evaluate(() => getSelection()?.toString() ?? '')).toBe('Northgate Council');
  expect(await tab.evaluate(() => scrollY)).toBeGreaterThan(0);
  await popup.close();
  await tab.close();
});

test('opening a stored demand from the board opens its page and marks the passage', async () => {
  const group = payGroup();
  const toggle = group.locator('li.merged .toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const [opened] = await Promise.all([
    browser.context.waitForEvent('page'),
    group
      .locator('ol.course > li')
      .nth(1)
      .getByRole('link', { name: /Open at passage/ })
      .click(),
  ]);
  await opened.waitForLoadState();
  expect(new URL(opened.url()).pathname).toBe('/drivers-pay-demand.html');
  await expect.poll(() => opened.evaluate(() => getSelection()?.toString() ?? ''), { timeout: 10_000 }).toContain(PAY);
  expect(await opened.evaluate(() => CSS.highlights.has('wwa-passage'))).toBe(true);
  expect(await opened.evaluate(() => scrollY)).toBeGreaterThan(0);
  await opened.close();
});

test("the popup's Actors list finds actors by what they demanded, and narrows by date and site", async () => {
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  await popup.getByRole('searchbox', { name: 'Search actors' }).fill('call off strike');
  const found = popup.locator('.actors li');
  await expect
    .poll(() => found.allTextContents())
    .toEqual([expect.stringMatching(/Northgate Council.*demanded “call off the strike”/)]);
  await popup.getByRole('searchbox', { name: 'Search actors' }).fill('');
  await popup.getByRole('button', { name: 'Filters' }).click();
  await expect.poll(() => found.count()).toBe(2);
  await popup.getByLabel('To', { exact: true }).fill('2020-01-01');
  await expect.poll(() => popup.getByText('No actor was seen on pages of those dates and site.').count()).toBe(1);
  await popup.getByLabel('To', { exact: true }).fill('');
  await popup.getByLabel('Site').selectOption(new URL(server.origin).hostname);
  await expect.poll(() => found.count()).toBe(2);
  await popup.close();
});

test('a demand is copied with its source', async () => {
  // the driver cannot grant clipboard reading to an extension's origin ("opaque"): what the
  // button writes is recorded instead, through the same call
  await board.evaluate(() => {
    const scope = globalThis as unknown as { copied?: string };
    navigator.clipboard.writeText = async (text: string) => {
      scope.copied = text;
    };
  });
  const group = payGroup();
  const toggle = group.locator('li.merged .toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const copy = group.locator('ol.course > li').nth(1).getByRole('button', { name: 'Copy with source' });
  await copy.click();
  await group.getByRole('button', { name: 'Copied' }).waitFor();
  expect(await board.evaluate(() => (globalThis as unknown as { copied?: string }).copied)).toMatch(
    /^Transport Workers Union demanded → Northgate Council: raise drivers' pay by 9 per cent — 127\.0\.0\.1, 12 Oct 2026, http:\/\/127\.0\.0\.1:\d+\/drivers-pay-demand\.html$/,
  );
});

test('the board in light and dark, at a narrow width: no text under 13 px, no sideways scroll, no serious axe finding', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto(boardUrl());
  const toggle = page.locator('.groups li.merged .toggle').first();
  await toggle.click();
  await page.locator(`path.edge[data-from="${UNION}"]`).dispatchEvent('click');
  await page.locator('.picked').waitFor();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(reading)).toEqual({ small: [], overflow: 0 });
    expect(await axeFindings(page)).toEqual([]);
  }
  await page.close();
});
