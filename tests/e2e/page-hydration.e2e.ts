// A server-rendered page that a React-style app hydrates a second after load: annotating it
// first must not cause a hydration error, and what the app renders later is annotated too.
// The background answers from a script (page-helpers), so annotation surely happens, and
// happens before hydration, whatever the engine finds.
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  answerAnalyseWith,
  highlightTexts,
  recordAnalyseRequests,
  type ScriptedExtraction,
  sentPages,
  serveFixturePages,
} from './page-helpers';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import type { StaticServer } from './support/server';

const SCRIPT: ScriptedExtraction = {
  actors: [
    { key: 'org:copa-cogeca', name: 'Copa-Cogeca', kind: 'organization', surfaces: ['Copa-Cogeca'] },
    {
      key: 'org:european-commission',
      name: 'European Commission',
      kind: 'organization',
      surfaces: ['European Commission'],
    },
    { key: 'country:FRA', name: 'France', kind: 'country', surfaces: ['France'] },
    { key: 'country:POL', name: 'Poland', kind: 'country', surfaces: ['Poland'] },
    {
      key: 'person:ursula-von-der-leyen',
      name: 'Ursula von der Leyen',
      kind: 'person',
      surfaces: ['Ursula von der Leyen'],
    },
    { key: 'group:belgian-police', name: 'Belgian police', kind: 'group', surfaces: ['Belgian police'] },
    { key: 'person:viktor-orban', name: 'Viktor Orbán', kind: 'person', surfaces: ['Viktor Orbán'] },
  ],
  demands: [
    {
      by: 'org:copa-cogeca',
      of: 'org:european-commission',
      text: 'scrap the planned tax on agricultural diesel',
      cue: 'has demanded that',
    },
  ],
};

const PAINTED = {
  'wwa-organization': ['Copa-Cogeca', 'European Commission'],
  'wwa-country': ['France', 'Poland'],
  'wwa-person': ['Ursula von der Leyen'],
  'wwa-demand': ['scrap the planned tax on agricultural diesel'],
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

/** Opens the page, collecting console errors and how many of our highlights existed when it hydrated. */
async function openHydrated(prepare?: (page: Page) => Promise<unknown>) {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((_records, observer) => {
        if (!document.documentElement.dataset.hydrated) return;
        observer.disconnect();
        const painted = [...CSS.highlights.keys()].filter((name) => name.startsWith('wwa-'));
        (window as unknown as { paintedAtHydration: string[] }).paintedAtHydration = painted;
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-hydrated'] });
    });
  });
  await prepare?.(page);
  await page.goto(server.url('/hydrated/index.html'));
  await page.waitForSelector('html[data-hydrated="true"]');
  const paintedAtHydration = await page.evaluate(
    () => (window as unknown as { paintedAtHydration: string[] }).paintedAtHydration,
  );
  return { page, errors, paintedAtHydration };
}

test('the fixture app reports a hydration error when the DOM was edited before hydration', async () => {
  const { errors } = await openHydrated((page) =>
    page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const paragraph = document.querySelector('.story-body p');
        const bold = document.createElement('b');
        bold.append(...(paragraph?.childNodes ?? []));
        paragraph?.append(bold);
      });
    }),
  );
  expect(errors.some((error) => error.includes('Hydration failed'))).toBe(true);
});

test('annotating before hydration causes no hydration error', async () => {
  const { page, errors, paintedAtHydration } = await openHydrated();
  expect(paintedAtHydration.sort()).toEqual(Object.keys(PAINTED).sort());
  expect(await highlightTexts(page)).toEqual(PAINTED);
  expect(errors).toEqual([]);
});

test('text the app renders after hydration is sent and painted', async () => {
  const { page, errors } = await openHydrated();
  await page.click('button.read-more');
  await expect.poll(() => highlightTexts(page)).toEqual({ ...PAINTED, 'wwa-group': ['Belgian police'] });
  const latest = (await sentPages(browser.serviceWorker)).at(-1);
  expect(latest?.text).toContain('Belgian police said they expected the protests to continue into the weekend.');
  expect(errors).toEqual([]);
});
