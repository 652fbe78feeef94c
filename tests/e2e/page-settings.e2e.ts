// Settings written from the popup's side take effect on an open page at once, without reload.
// The background answers from a script (page-helpers), so these tests check the page side
// whatever the engine finds.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Settings } from '../../lib/settings';
import {
  answerAnalyseWith,
  DEFAULT_SETTINGS,
  highlightTexts,
  pageStatus,
  type ScriptedExtraction,
  serveFixturePages,
  writeSettings,
} from './page-helpers';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import type { StaticServer } from './support/server';

const SCRIPT: ScriptedExtraction = {
  actors: [
    { key: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'person', surfaces: ['Vladimir Putin'] },
    { key: 'org:nato', name: 'NATO', kind: 'organization', surfaces: ['NATO'] },
  ],
  demands: [
    { by: 'person:vladimir-putin', of: null, text: 'withdraw its troops from four regions', cue: 'has demanded that' },
  ],
};

const ALL = {
  'wwa-person': ['Vladimir Putin', 'Vladimir Putin'],
  'wwa-organization': ['NATO'],
  'wwa-demand': ['withdraw its troops from four regions'],
};

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveFixturePages();
  browser = await launchWithExtension();
  await answerAnalyseWith(browser.serviceWorker, SCRIPT);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  await writeSettings(browser, DEFAULT_SETTINGS);
  page = await browser.context.newPage();
  await page.goto(server.url('/ceasefire.html'));
  await expect.poll(() => highlightTexts(page)).toEqual(ALL);
  // Survives only as long as the document does: proves nothing reloaded.
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
});

const sameDocument = () => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument);
const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });

test('turning the site off removes its highlights without reload; on again brings them back', async () => {
  await writeSettings(browser, settings({ disabledSites: ['127.0.0.1'] }));
  await expect.poll(() => highlightTexts(page)).toEqual({});
  // the page still names its site, so the popup can offer to turn it back on
  expect(await pageStatus(browser, page)).toMatchObject({
    ok: true,
    value: { site: '127.0.0.1', state: 'site-off', canonicalUrl: null },
  });
  await writeSettings(browser, settings({ disabledSites: [] }));
  await expect.poll(() => highlightTexts(page)).toEqual(ALL);
  expect(await sameDocument()).toBe(true);
});

test('pausing everywhere removes the highlights', async () => {
  await writeSettings(browser, settings({ paused: true }));
  await expect.poll(() => highlightTexts(page)).toEqual({});
  expect(await sameDocument()).toBe(true);
});

test('demands and names can be turned off separately', async () => {
  await writeSettings(browser, settings({ highlightDemands: false }));
  await expect
    .poll(() => highlightTexts(page))
    .toEqual({ 'wwa-person': ALL['wwa-person'], 'wwa-organization': ['NATO'] });
  await writeSettings(browser, settings({ highlightDemands: true, highlightActors: false }));
  await expect.poll(() => highlightTexts(page)).toEqual({ 'wwa-demand': ALL['wwa-demand'] });
  expect(await sameDocument()).toBe(true);
});

test('a page opened on a disabled site is not annotated', async () => {
  await writeSettings(browser, settings({ disabledSites: ['127.0.0.1'] }));
  const other = await browser.context.newPage();
  await other.goto(server.url('/ceasefire.html'));
  await other.waitForTimeout(1000);
  expect(await highlightTexts(other)).toEqual({});
  expect(await pageStatus(browser, other)).toMatchObject({ ok: true, value: { site: '127.0.0.1', state: 'site-off' } });
  await writeSettings(browser, settings({ disabledSites: [] }));
  await expect.poll(() => highlightTexts(other)).toEqual(ALL);
});
