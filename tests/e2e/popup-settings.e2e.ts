// Settings a reader can undo, in real Chromium: a site turned off is named in the popup and turned
// back on from it; paused and off are said plainly in "This page" and on the toolbar icon, which
// otherwise counts the page's demands. The background answers from a script (page-helpers).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import {
  answerAnalyseWith,
  DEFAULT_SETTINGS,
  highlightTexts,
  type ScriptedExtraction,
  serveFixturePages,
  writeSettings,
} from './page-helpers';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { openPopupFor, tabIdOf } from './support/popup';
import type { StaticServer } from './support/server';

/** The few extension APIs the tests call inside the browser (no @types/chrome in this project). */
declare const chrome: {
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
};

const SCRIPT: ScriptedExtraction = {
  actors: [
    { key: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'person', surfaces: ['Vladimir Putin'] },
    { key: 'country:UKR', name: 'Ukraine', kind: 'country', surfaces: ['Ukraine'] },
  ],
  demands: [
    {
      by: 'person:vladimir-putin',
      of: 'country:UKR',
      text: 'withdraw its troops from four regions',
      cue: 'has demanded that',
    },
  ],
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
  await expect
    .poll(async () => (await highlightTexts(page))['wwa-demand'])
    .toEqual(['withdraw its troops from four regions']);
});

async function badge() {
  const tabId = await tabIdOf(browser, page);
  return browser.serviceWorker.evaluate(
    async (tabId) => ({
      text: await chrome.action.getBadgeText({ tabId }),
      title: await chrome.action.getTitle({ tabId }),
    }),
    tabId,
  );
}

test('the toolbar icon counts the demands on the page', async () => {
  await expect.poll(badge).toEqual({ text: '1', title: 'Who Wants What: 1 demand on this page' });
});

test('a site turned off in the popup is named there afterwards and turned back on from it', async () => {
  let popup = await openPopupFor(browser, page);
  await popup.getByRole('tab', { name: 'Settings' }).click();
  await popup.getByRole('checkbox', { name: 'Turn off on 127.0.0.1' }).check();
  await expect.poll(() => highlightTexts(page)).toEqual({});
  await expect.poll(badge).toEqual({ text: 'off', title: 'Who Wants What is turned off on 127.0.0.1' });
  await popup.close();

  // opened again on the same tab: it says why nothing is shown, and the switch is still there
  popup = await openPopupFor(browser, page);
  await expect
    .poll(() => popup.getByRole('tabpanel').textContent())
    .toContain('Who Wants What is turned off on 127.0.0.1');
  await popup.getByRole('tab', { name: 'Settings' }).click();
  expect(await popup.getByRole('checkbox', { name: 'Turn off on 127.0.0.1' }).isChecked()).toBe(true);
  await popup.getByRole('button', { name: 'Turn on for 127.0.0.1' }).click();
  await expect.poll(async () => (await highlightTexts(page))['wwa-demand']?.length).toBe(1);
  await expect.poll(badge).toEqual({ text: '1', title: 'Who Wants What: 1 demand on this page' });
  expect(await popup.getByText('None: Who Wants What reads articles on every site.').count()).toBe(1);
});

test('This page says plainly that everything is paused, and Resume brings the highlights back', async () => {
  const popup = await openPopupFor(browser, page);
  await popup.getByRole('tab', { name: 'Settings' }).click();
  await popup.getByRole('checkbox', { name: 'Pause everywhere' }).check();
  await expect.poll(() => highlightTexts(page)).toEqual({});
  await expect.poll(badge).toEqual({ text: 'off', title: 'Who Wants What is paused everywhere' });
  await popup.reload();
  await expect.poll(() => popup.getByRole('tabpanel').textContent()).toContain('Who Wants What is paused');
  await popup.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(async () => (await highlightTexts(page))['wwa-demand']?.length).toBe(1);
});
