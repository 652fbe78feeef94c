// Pages that change after load: a live blog that appends a paragraph two seconds in, and a
// single-page app that swaps in the next story with pushState. The background answers from a
// script (page-helpers), so these tests check the page side whatever the engine finds.
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  answerAnalyseWith,
  highlightTexts,
  recordAnalyseRequests,
  type ScriptedExtraction,
  sentPage,
  serveFixturePages,
} from './page-helpers';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import type { StaticServer } from './support/server';

const SCRIPT: ScriptedExtraction = {
  actors: [
    { key: 'country:BRA', name: 'Brazil', kind: 'country', surfaces: ['Brazil'] },
    { key: 'country:DEU', name: 'Germany', kind: 'country', surfaces: ['Germany'] },
    { key: 'country:AUS', name: 'Australia', kind: 'country', surfaces: ['Australia'] },
    { key: 'org:rmt', name: 'RMT', kind: 'organization', surfaces: ['RMT union'] },
    { key: 'person:louise-haigh', name: 'Louise Haigh', kind: 'person', surfaces: ['Louise Haigh'] },
    { key: 'country:FRA', name: 'France', kind: 'country', surfaces: ['France'] },
    { key: 'country:RUS', name: 'Russia', kind: 'country', surfaces: ['Russia'] },
    { key: 'person:emmanuel-macron', name: 'Emmanuel Macron', kind: 'person', surfaces: ['Emmanuel Macron'] },
  ],
  demands: [
    { by: 'country:DEU', of: 'country:AUS', text: 'Australia end new coal mine approvals', cue: 'has demanded that' },
    { by: 'org:rmt', of: null, text: 'a 9% pay rise for its members', cue: 'is pushing for' },
    { by: 'country:FRA', of: 'country:RUS', text: 'agree to an immediate ceasefire', cue: 'has called on' },
  ],
};

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFixturePages();
  browser = await launchWithExtension();
  await recordAnalyseRequests(browser.serviceWorker);
  await answerAnalyseWith(browser.serviceWorker, SCRIPT);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a paragraph appended two seconds after load gets highlighted', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/live-blog.html'));
  await expect.poll(async () => (await highlightTexts(page))['wwa-country']).toEqual(['Brazil']);
  await page.waitForSelector('#late-update');
  await expect
    .poll(() => highlightTexts(page))
    .toEqual({
      'wwa-country': ['Australia', 'Brazil', 'Germany'],
      'wwa-demand': ['Australia end new coal mine approvals'],
    });
  const sent = await sentPage(browser.serviceWorker, 'https://news.example.org/live/climate-summit-day-two');
  expect(sent.text).toContain('Late update: Germany has demanded');
});

test('a pushState navigation to another story clears and re-annotates under the new identity', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/spa.html'));
  await expect
    .poll(() => highlightTexts(page))
    .toEqual({
      'wwa-organization': ['RMT union'],
      'wwa-person': ['Louise Haigh'],
      'wwa-demand': ['a 9% pay rise for its members'],
    });
  await page.click('#next-story');
  await expect
    .poll(() => highlightTexts(page))
    .toEqual({
      'wwa-country': ['France', 'Russia'],
      'wwa-person': ['Emmanuel Macron'],
      'wwa-demand': ['agree to an immediate ceasefire'],
    });
  const sent = await sentPage(browser.serviceWorker, 'https://news.example.org/world/ceasefire-talks');
  expect(sent.page.url).toBe(server.url('/world/ceasefire-talks'));
  expect(sent.text.startsWith('Ceasefire talks in Geneva\nFrance has called on Russia')).toBe(true);
});
