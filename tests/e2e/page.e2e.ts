// The page side through the real pipeline: content script → background → engine → highlights.
// Highlights must be exactly what the engine extracted from the text the page sent; the names
// and demands the engine is expected to find on these fixtures are checked too.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { articlePage, newsText } from '../../bench/generate';
import { phrase } from '../../lib/demand-phrase';
import { extract } from '../../lib/extract';
import { nodeModels } from '../../lib/nlp/node';
import { findArticle } from '../../lib/page/article';
import type { HighlightName } from '../../lib/page/highlight-names';
import { buildTextMap } from '../../lib/page/text-map';
import { fixtureDocument } from '../unit/page/fixture-document';
import {
  expectedHighlights,
  highlightTexts,
  hoverText,
  pageStatus,
  recordAnalyseRequests,
  scrollIntoMiddle,
  sentPage,
  serveFixturePages,
} from './page-helpers';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import type { StaticServer } from './support/server';

interface FixturePage {
  file: string;
  canonicalUrl: string;
  title: string;
  publishedAt: string | null;
  /** Names the engine should find, by highlight name. */
  names: Partial<Record<HighlightName, string[]>>;
  /** Words that some demanded text should contain. */
  demands: string[];
  /** Names on the page outside its article: navigation, sidebar, comments, promos, banners, footer. */
  clutter: string[];
}

const PAGES: FixturePage[] = [
  {
    file: 'ceasefire.html',
    canonicalUrl: 'https://news.example.org/world/2026/11/putin-ceasefire-demands',
    title: 'Putin demands Ukraine withdraw from four regions before talks',
    publishedAt: '2026-11-20T08:30:00.000Z',
    names: { 'wwa-person': ['Vladimir Putin'], 'wwa-country': ['Ukraine'], 'wwa-organization': ['NATO'] },
    demands: ['withdraw its troops from four regions'],
    clutter: [
      'Emmanuel Macron',
      'Xi Jinping',
      'Brazil',
      'Japan',
      'China',
      'Pope Leo',
      'Keir Starmer',
      'Donald Trump',
      'Boris Johnson',
      'Angela Merkel',
      'Olaf Scholz',
      'Jane Editor',
    ],
  },
  {
    file: 'teachers-strike.html',
    canonicalUrl: 'https://courier.example.com/education/teachers-vote-to-strike',
    title: 'Teachers vote to strike over pay - Evening Courier',
    publishedAt: '2026-11-19T17:45:00.000Z',
    names: { 'wwa-person': ['Daniel Kebede', 'Bridget Phillipson'], 'wwa-organization': ['National Education Union'] },
    demands: ['12% pay rise'],
    clutter: [
      'Rishi Sunak',
      'Wes Streeting',
      'Keir Starmer',
      'Margaret Thatcher',
      'Friedrich Merz',
      'India',
      'Alex Editor',
      'Boris Johnson',
    ],
  },
];

/** The extension API the worker-side listener below calls (no @types/chrome in this project). */
declare const chrome: {
  runtime: { onMessage: { addListener(listener: (message: unknown) => undefined): void } };
};

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveFixturePages();
  browser = await launchWithExtension();
  await recordAnalyseRequests(browser.serviceWorker);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  page = await browser.context.newPage();
  // The page as its author made it, noted before the content script runs (at document_idle).
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const scope = window as unknown as { asServed: { text: string; html: string } };
      scope.asServed = { text: document.body.innerText, html: document.body.innerHTML };
    });
  });
});

describe.each(PAGES)('$file', (fixture) => {
  test('sends the article text, without clutter, under the page identity', async () => {
    const address = server.url(`/${fixture.file}?utm_source=newsletter#comments`);
    await page.goto(address);
    const sent = await sentPage(browser.serviceWorker, fixture.canonicalUrl);
    expect(sent.page).toEqual({
      url: address,
      canonicalUrl: fixture.canonicalUrl,
      title: fixture.title,
      site: '127.0.0.1',
      publishedAt: fixture.publishedAt,
    });
    expect(sent.truncated).toBe(false);
    // Chromium reads the same text as happy-dom, where the extraction CLI reads fixture pages.
    expect(sent.text).toBe(buildTextMap(findArticle(fixtureDocument(fixture.file)) as Element).text);
    for (const name of fixture.clutter) expect(sent.text).not.toContain(name);
    await expect
      .poll(() => pageStatus(browser, page))
      .toMatchObject({ ok: true, value: { state: 'read', canonicalUrl: fixture.canonicalUrl, truncated: false } });
  });

  test('highlights exactly what the engine extracted, including the names and demands it should find', async () => {
    await page.goto(server.url(`/${fixture.file}`));
    const sent = await sentPage(browser.serviceWorker, fixture.canonicalUrl);
    const expected = expectedHighlights(sent.text);
    await expect.poll(() => highlightTexts(page)).toEqual(expected);
    for (const [name, texts] of Object.entries(fixture.names)) {
      for (const text of texts) expect(expected[name as HighlightName]).toContain(text);
    }
    for (const words of fixture.demands) {
      expect(expected['wwa-demand']?.some((text) => text.includes(words))).toBe(true);
    }
    const painted = Object.values(await highlightTexts(page)).flat();
    for (const name of fixture.clutter) expect(painted.some((text) => text.includes(name))).toBe(false);
  });

  test('leaves the page text and DOM exactly as served', async () => {
    await page.goto(server.url(`/${fixture.file}`));
    const sent = await sentPage(browser.serviceWorker, fixture.canonicalUrl);
    await expect.poll(() => highlightTexts(page)).toEqual(expectedHighlights(sent.text));
    const now = await page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }));
    const asServed = await page.evaluate(() => (window as unknown as { asServed: unknown }).asServed);
    expect(now).toEqual(asServed);
    expect(await page.locator('wwa-mark').count()).toBe(0);
  });
});

test('hovering a name shows the card with that actor and its demands, as extracted', async () => {
  const fixture = PAGES[0] as FixturePage;
  await page.goto(server.url(`/${fixture.file}`));
  const sent = await sentPage(browser.serviceWorker, fixture.canonicalUrl);
  await expect.poll(() => highlightTexts(page)).toEqual(expectedHighlights(sent.text));
  const extraction = extract(sent.text, nodeModels());
  const putin = extraction.actors.find((actor) => actor.name === 'Vladimir Putin');
  const demands = extraction.demands.filter((demand) => demand.actor === putin?.id);
  expect(demands.length).toBeGreaterThan(0);
  await scrollIntoMiddle(page, '.story-body p');
  await hoverText(page, '.story-body p', 'Vladimir Putin');
  const card = page.locator('wwa-card .card');
  await expect.poll(() => card.isVisible()).toBe(true);
  const text = await card.textContent();
  expect(text).toContain('PersonVladimir Putin');
  // each demand as its line reads: the verb, the target, and the text after the target's name
  for (const demand of demands) {
    const target = extraction.actors.find((actor) => actor.id === demand.target);
    const names = target ? [target.name, ...target.aliases, ...target.mentions.map((m) => m.text)] : [];
    const { verb, text: shown } = phrase(demand.cue, demand.text, names);
    expect(text).toContain(`${verb}${target ? ` → ${target.name}` : ''}: ${shown}`);
  }
});

test('the card shows what an actor demanded on earlier pages', async () => {
  await page.goto(server.url('/live-blog.html'));
  const earlier = await sentPage(browser.serviceWorker, 'https://news.example.org/live/climate-summit-day-two');
  const earlierExtraction = extract(earlier.text, nodeModels());
  const eu = earlierExtraction.actors.find((actor) => actor.name === 'European Union');
  const euDemands = earlierExtraction.demands.filter((demand) => demand.actor === eu?.id);
  expect(euDemands.length).toBeGreaterThan(0);

  const fixture = PAGES[0] as FixturePage;
  const now = await browser.context.newPage();
  await now.goto(server.url(`/${fixture.file}`));
  const sent = await sentPage(browser.serviceWorker, fixture.canonicalUrl);
  await expect.poll(() => highlightTexts(now)).toEqual(expectedHighlights(sent.text));
  await scrollIntoMiddle(now, '.story-body p:nth-of-type(4)');
  await hoverText(now, '.story-body', 'European Union');
  const card = now.locator('wwa-card .card');
  await expect.poll(() => card.textContent()).toContain('Earlier: 1 page');
  for (const demand of euDemands) expect(await card.textContent()).toContain(demand.text);
});

test('a paragraph appended after load is sent and painted', async () => {
  const canonicalUrl = 'https://news.example.org/live/climate-summit-day-two';
  await page.goto(server.url('/live-blog.html'));
  await page.waitForSelector('#late-update');
  await expect.poll(async () => (await sentPage(browser.serviceWorker, canonicalUrl)).text).toContain('Late update');
  const sent = await sentPage(browser.serviceWorker, canonicalUrl);
  const expected = expectedHighlights(sent.text);
  expect(expected['wwa-country']).toContain('Germany');
  await expect.poll(() => highlightTexts(page)).toEqual(expected);
});

test('a pushState navigation re-annotates with the new story', async () => {
  await page.goto(server.url('/spa.html'));
  await sentPage(browser.serviceWorker, 'https://news.example.org/uk/rail-strike-talks');
  await page.click('#next-story');
  const sent = await sentPage(browser.serviceWorker, 'https://news.example.org/world/ceasefire-talks');
  expect(sent.text).toContain('France has called on Russia');
  const expected = expectedHighlights(sent.text);
  expect(expected['wwa-country']).toContain('France');
  await expect.poll(() => highlightTexts(page)).toEqual(expected);
});

test('a 2,000-word article asks the background once for its extraction: no warm-up, no beginning ahead', async () => {
  const title = 'Two thousand words';
  const canonicalUrl = `https://bench.example/${encodeURIComponent(title)}`;
  await browser.serviceWorker.evaluate((canonicalUrl) => {
    const scope = globalThis as unknown as { wwaRequests?: { type?: string; partial?: boolean }[] };
    scope.wwaRequests = [];
    chrome.runtime.onMessage.addListener((received) => {
      const message = received as { type?: string; partial?: boolean; page?: { canonicalUrl?: string } };
      if (message?.type === 'warmUp' || message?.page?.canonicalUrl === canonicalUrl) {
        scope.wwaRequests?.push({ type: message.type, partial: message.partial });
      }
      return undefined;
    });
  }, canonicalUrl);
  await page.route('**/two-thousand-words.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: articlePage(newsText(2_000, 2_000), title) }),
  );
  await page.goto(server.url('/two-thousand-words.html'));
  const requests = () =>
    browser.serviceWorker.evaluate(
      () => (globalThis as unknown as { wwaRequests: { type?: string; partial?: boolean }[] }).wwaRequests,
    );
  await expect.poll(requests).toContainEqual({ type: 'storePage' });
  expect((await requests()).filter((r) => r.type !== 'storePage')).toEqual([{ type: 'analysePage' }]);
  const sent = await sentPage(browser.serviceWorker, canonicalUrl);
  expect(sent.text.length).toBeGreaterThan(10_000);
  await expect.poll(() => highlightTexts(page)).toEqual(expectedHighlights(sent.text));
});

test('a section front is not an article: nothing sent, nothing painted', async () => {
  await page.goto(server.url('/front.html'));
  await expect
    .poll(() => pageStatus(browser, page))
    .toMatchObject({ ok: true, value: { state: 'no-article', canonicalUrl: null } });
  expect(await highlightTexts(page)).toEqual({});
});
