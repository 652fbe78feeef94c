// The card in real Chromium with the real engine: a demand reads "verb → target: text"; the
// keyboard shortcut's message walks the highlights, opening each card as a dialog that holds
// focus and gives it back; a tap opens a card on a touch screen; the card opens the actor's whole
// history in the extension's page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { phrase } from '../../lib/demand-phrase';
import { extract } from '../../lib/extract';
import { nodeModels } from '../../lib/nlp/node';
import { findArticle } from '../../lib/page/article';
import { buildTextMap } from '../../lib/page/text-map';
import { fixtureDocument } from '../unit/page/fixture-document';
import { hoverText, scrollIntoMiddle, serveFixturePages, textCenter } from './page-helpers';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { tabIdOf } from './support/popup';
import type { StaticServer } from './support/server';

/** The few extension APIs the tests call inside the browser (no @types/chrome in this project). */
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveFixturePages();
  browser = await launchWithExtension({ hasTouch: true });
  page = await browser.context.newPage();
  await page.goto(server.url('/ceasefire.html'));
  await page.waitForFunction(() => (CSS.highlights.get('wwa-demand')?.size ?? 0) > 0, null, { timeout: 15_000 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const card = () => page.locator('wwa-card .card');

test('hovering demanded text shows who demands it, its verb and its target: "verb → TARGET: TEXT"', async () => {
  const text = buildTextMap(findArticle(fixtureDocument('ceasefire.html')) as Element).text;
  const extraction = extract(text, nodeModels());
  const demand = extraction.demands.find((d) => d.target !== null);
  if (!demand) throw new Error('the engine found no demand with a target in ceasefire.html');
  const actor = (id: string | null) => extraction.actors.find((a) => a.id === id);
  const name = (id: string | null) => actor(id)?.name;
  const target = actor(demand.target);
  const names = target ? [target.name, ...target.aliases, ...target.mentions.map((m) => m.text)] : [];
  const { verb, text: shown } = phrase(demand.cue, demand.text, names);

  // the middle of the painted demand, wherever its words sit
  const { x, y } = await page.evaluate((text) => {
    const range = [...(CSS.highlights.get('wwa-demand') ?? [])].find((r) => r.toString() === text) as Range;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    // near its end, away from any name inside it (a name wins over the demand around it)
    const boxes = range.getClientRects();
    const box = boxes[boxes.length - 1] as DOMRect;
    return { x: box.right - 4, y: box.top + box.height / 2 };
  }, demand.text);
  await page.waitForTimeout(100);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
  await expect.poll(() => card().isVisible()).toBe(true);
  const said = (await card().textContent()) ?? '';
  expect(said).toContain(name(demand.actor));
  expect(said).toContain(`${verb} → ${name(demand.target)}: ${shown}`);
  // never the cue run into the text ("demanded that withdraw …")
  expect(said).not.toContain(`${demand.cue} ${demand.text}`);
  await page.keyboard.press('Escape');
});

/** Sends the tab what the background sends on the keyboard shortcut. */
async function shortcut(step: 1 | -1) {
  const tabId = await tabIdOf(browser, page);
  return browser.serviceWorker.evaluate(
    ([tabId, step]) => chrome.tabs.sendMessage(tabId, { type: 'focusHighlight', step }),
    [tabId, step] as const,
  );
}

const focusedInCard = () =>
  page.evaluate(() => {
    const host = document.activeElement;
    return host?.tagName === 'WWA-CARD' ? (host.shadowRoot?.activeElement?.getAttribute('role') ?? null) : null;
  });

test('the shortcut moves through the highlights in reading order, each card a dialog that takes focus and gives it back', async () => {
  const commands = await browser.serviceWorker.evaluate(() => chrome.commands.getAll());
  expect(commands).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ name: 'next-highlight', shortcut: 'Alt+Shift+J' }),
      expect.objectContaining({ name: 'previous-highlight', shortcut: 'Alt+Shift+K' }),
    ]),
  );

  await page.evaluate(() => window.scrollTo(0, 0));
  const first = await page.evaluate(() => {
    const ranges = [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('wwa-'))
      .flatMap(([, h]) => [...h] as Range[]);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.slice(0, 2).map((r) => r.toString());
  });
  expect(await shortcut(1)).toEqual({ ok: true, value: true });
  await expect.poll(focusedInCard).toBe('dialog');
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(first[0]);
  expect(await card().getAttribute('aria-labelledby')).toBe('wwa-card-about wwa-card-name');
  expect(await card().textContent()).toContain(`About “${first[0]}” in the text`);

  await shortcut(1);
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(first[1]);
  await expect.poll(focusedInCard).toBe('dialog');
  await shortcut(-1);
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(first[0]);

  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('wwa-card').count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
});

test('a tap on a name opens its card on a touch screen, without following the link it is; a tap elsewhere closes it', async () => {
  await scrollIntoMiddle(page, '.story-body p');
  const address = page.url();
  const { x, y } = await page.evaluate(textCenter, { selector: '.story-body p', text: 'Vladimir Putin' });
  await page.touchscreen.tap(x, y);
  await expect.poll(() => card().isVisible()).toBe(true);
  expect(await card().textContent()).toContain('Vladimir Putin');
  expect(page.url()).toBe(address);
  // plain text above the name (the card opens below it)
  const plain = await page.evaluate(textCenter, { selector: 'figcaption', text: 'speaking' });
  expect(plain.y).toBeGreaterThan(0);
  await page.touchscreen.tap(plain.x, plain.y);
  await expect.poll(() => page.locator('wwa-card').count()).toBe(0);
  expect(page.url()).toBe(address);
});

test('the card opens the actor’s whole history in the extension’s page', async () => {
  await scrollIntoMiddle(page, '.story-body p');
  await hoverText(page, '.story-body p', 'Vladimir Putin');
  await expect.poll(() => card().isVisible()).toBe(true);
  const [history] = await Promise.all([
    browser.context.waitForEvent('page'),
    page
      .locator('wwa-card')
      .getByRole('button', { name: /^All about / })
      .click(),
  ]);
  await history.getByRole('button', { name: '← All actors' }).waitFor();
  expect(history.url()).toMatch(/\/popup\.html\?tab=\d+&actor=person%3Avladimir-putin$/);
  expect(await history.getByRole('heading', { level: 2 }).first().textContent()).toBe('Vladimir Putin');
  await history.close();
});
