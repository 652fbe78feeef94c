// The hover card on a real page. The background answers from a script (page-helpers), so these
// tests check the page side whatever the engine finds.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import {
  answerAnalyseWith,
  highlightTexts,
  hoverText,
  type ScriptedExtraction,
  scrollIntoMiddle,
  serveFixturePages,
} from './page-helpers';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import type { StaticServer } from './support/server';

const SCRIPT: ScriptedExtraction = {
  actors: [
    { key: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'person', surfaces: ['Vladimir Putin', 'Putin'] },
    { key: 'country:UKR', name: 'Ukraine', kind: 'country', surfaces: ['Ukraine'] },
    { key: 'org:nato', name: 'NATO', kind: 'organization', surfaces: ['NATO'] },
    { key: 'person:volodymyr-zelensky', name: 'Volodymyr Zelensky', kind: 'person', surfaces: ['Volodymyr Zelensky'] },
    // Names that appear on the page only outside the article: never sent, so never painted.
    { key: 'person:emmanuel-macron', name: 'Emmanuel Macron', kind: 'person', surfaces: ['Emmanuel Macron'] },
    { key: 'person:xi-jinping', name: 'Xi Jinping', kind: 'person', surfaces: ['Xi Jinping'] },
    { key: 'person:donald-trump', name: 'Donald Trump', kind: 'person', surfaces: ['Donald Trump'] },
    { key: 'country:JPN', name: 'Japan', kind: 'country', surfaces: ['Japan'] },
  ],
  demands: [
    {
      by: 'person:vladimir-putin',
      of: 'country:UKR',
      text: 'withdraw its troops from four regions before any ceasefire talks can begin',
      cue: 'has demanded that',
    },
    {
      by: 'person:volodymyr-zelensky',
      of: 'org:nato',
      text: 'deliver more air defence systems before the winter',
      cue: 'called on',
    },
  ],
};

const HISTORY = [
  {
    key: 'person:vladimir-putin',
    pageCount: 3,
    recentDemands: [
      {
        text: 'recognise the annexation of Crimea',
        cue: 'insisted that',
        targetName: 'Ukraine',
        site: 'example.com',
        visitedAt: Date.UTC(2026, 10, 2),
        url: 'https://example.com/crimea',
        pages: 1,
      },
    ],
  },
];

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveFixturePages();
  browser = await launchWithExtension();
  await answerAnalyseWith(browser.serviceWorker, SCRIPT, HISTORY);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  page = await browser.context.newPage();
  await page.goto(server.url('/ceasefire.html'));
  await expect.poll(async () => (await highlightTexts(page))['wwa-demand']?.length).toBe(2);
});

const showStory = () => scrollIntoMiddle(page, '.story-body p');
const hover = (selector: string, text: string) => hoverText(page, selector, text);

const card = () => page.locator('wwa-card .card');

test('hovering a name shows its card: kind, other names, demands, demands made of it, history', async () => {
  await showStory();
  await hover('.story-body p', 'Vladimir Putin');
  await expect.poll(() => card().isVisible()).toBe(true);
  const text = await card().textContent();
  expect(text).toContain('PersonVladimir Putin');
  expect(text).toContain('Also called: Putin');
  expect(text).toContain(
    'has demanded → Ukraine: withdraw its troops from four regions before any ceasefire talks can begin',
  );
  expect(text).toContain('Earlier: 3 pages');
  expect(text).toContain('recognise the annexation of Crimea');
  expect(text).toContain('example.com, 2026-11-02');

  await hover('h1', 'regions');
  await expect.poll(() => page.locator('wwa-card').count()).toBe(0);
  await hover('.story-body', 'NATO');
  await expect.poll(() => card().textContent()).toContain('Demanded of NATO');
  expect(await card().textContent()).toContain(
    'Volodymyr Zelensky called on: deliver more air defence systems before the winter',
  );
});

test('hovering demanded text shows who demands it of whom', async () => {
  await showStory();
  await hover('.story-body p', 'its troops');
  await expect.poll(() => card().isVisible()).toBe(true);
  const text = await card().textContent();
  // the demander, then a sentence that reads right: verb → target: what
  expect(text).toContain('Vladimir Putin');
  expect(text).toContain('has demanded → Ukraine: withdraw its troops from four regions');
  expect(text).not.toContain('demanded that withdraw');
});

test('hovering plain text or clutter shows no card; leaving a name, Escape and scroll close it', async () => {
  await showStory();
  await hover('.story-body p', 'Kremlin');
  await hover('.sidebar', 'Xi Jinping');
  await page.waitForTimeout(600);
  expect(await page.locator('wwa-card').count()).toBe(0);

  await hover('.story-body p', 'Vladimir Putin');
  await expect.poll(() => card().isVisible()).toBe(true);
  // Above the name: the card opens below it, and pointing at the card keeps it open.
  await hover('h1', 'regions');
  await expect.poll(() => page.locator('wwa-card').count()).toBe(0);

  await hover('.story-body p', 'Vladimir Putin');
  await expect.poll(() => card().isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('wwa-card').count()).toBe(0);

  await hover('.story-body p', 'Ukraine');
  await expect.poll(() => card().isVisible()).toBe(true);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.locator('wwa-card').count()).toBe(0);
});

test('paints the names and demands of the article, none from navigation, sidebar or comments', async () => {
  expect(await highlightTexts(page)).toEqual({
    'wwa-person': ['Putin', 'Putin', 'Vladimir Putin', 'Vladimir Putin', 'Volodymyr Zelensky'],
    'wwa-country': ['Ukraine', 'Ukraine', 'Ukraine', 'Ukraine'],
    'wwa-organization': ['NATO'],
    'wwa-demand': [
      'deliver more air defence systems before the winter',
      'withdraw its troops from four regions before any ceasefire talks can begin',
    ],
  });
});

test('painting and the card leave the page text and DOM exactly as served', async () => {
  const fresh = await browser.context.newPage();
  // The page as its author made it, noted before the content script runs (at document_idle).
  await fresh.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const scope = window as unknown as { asServed: { text: string; html: string } };
      scope.asServed = { text: document.body.innerText, html: document.body.innerHTML };
    });
  });
  await fresh.goto(server.url('/ceasefire.html'));
  await expect.poll(async () => (await highlightTexts(fresh))['wwa-demand']?.length).toBe(2);
  const asServed = await fresh.evaluate(() => (window as unknown as { asServed: unknown }).asServed);
  const now = () => fresh.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }));
  expect(await now()).toEqual(asServed);
  page = fresh;
  await showStory();
  await hover('.story-body p', 'Vladimir Putin');
  await expect.poll(() => card().isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('wwa-card').count()).toBe(0);
  expect(await now()).toEqual(asServed);
});

test('page CSS cannot restyle or hide the card', async () => {
  await page.addStyleTag({
    content:
      'wwa-card { display: none !important; } * { color: rgb(255, 0, 0) !important; font-size: 40px !important; }',
  });
  await showStory();
  await hover('.story-body p', 'Vladimir Putin');
  await expect.poll(() => card().isVisible()).toBe(true);
  const style = await card().evaluate((el) => {
    const name = el.querySelector('.name') as Element;
    return { color: getComputedStyle(name).color, fontSize: getComputedStyle(el).fontSize };
  });
  expect(style.color).not.toBe('rgb(255, 0, 0)');
  expect(style.fontSize).toBe('13px');
});
