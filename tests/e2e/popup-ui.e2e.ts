// The popup as a reader sees it, in real Chromium: every view readable (no text under 13 px, no
// sideways scrolling at 360 px), kind colours the same as on the page, and no serious or critical
// accessibility finding from axe-core in any view.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeFindings } from './support/axe';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { openPopupFor } from './support/popup';
import { reading } from './support/reading';
import { type StaticServer, serveDirectory } from './support/server';

let server: StaticServer;
let browser: ExtensionBrowser;
let article: Page;

beforeAll(async () => {
  server = await serveDirectory(resolve(import.meta.dirname, '../../demo/pages'));
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(server.url('2-nurses-strike.html'));
  await article.waitForFunction(() => (CSS.highlights.get('wwa-demand')?.size ?? 0) > 0, null, { timeout: 15_000 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Each view of the popup, reached as a reader would. */
const VIEWS: [string, (popup: Page) => Promise<void>][] = [
  ['This page', async (popup) => void (await popup.getByRole('heading', { level: 3, name: /demand/ }).waitFor())],
  [
    'Actors',
    async (popup) => {
      await popup.getByRole('tab', { name: 'Actors' }).click();
      await popup.locator('.actors button').first().waitFor();
    },
  ],
  [
    'an actor',
    async (popup) => {
      await popup.getByRole('tab', { name: 'Actors' }).click();
      await popup.locator('.actors button').first().click();
      await popup.getByRole('button', { name: '← All actors' }).waitFor();
    },
  ],
  ['Settings', async (popup) => void (await popup.getByRole('tab', { name: 'Settings' }).click())],
  [
    'the Clear all data question',
    async (popup) => {
      await popup.getByRole('tab', { name: 'Settings' }).click();
      await popup.getByRole('button', { name: 'Clear all data…' }).click();
      await popup.getByRole('alertdialog').waitFor();
    },
  ],
];

test.each(VIEWS)('%s: no text under 13 px, no sideways scroll at 360 px, no serious axe finding', async (_, reach) => {
  const popup = await openPopupFor(browser, article);
  await popup.setViewportSize({ width: 360, height: 600 });
  await reach(popup);
  const seen = await popup.evaluate(reading);
  expect(seen.small).toEqual([]);
  expect(seen.overflow).toBeLessThanOrEqual(0);
  expect(await axeFindings(popup)).toEqual([]);
  await popup.close();
});

test('the import page and a new reader’s welcome pass the same checks', async () => {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`${browser.popupUrl}?import`);
  await popup.getByRole('heading', { name: 'Import a history file' }).waitFor();
  expect(await popup.evaluate(reading)).toEqual({ small: [], overflow: 0 });
  expect(await axeFindings(popup)).toEqual([]);

  const fresh = await launchWithExtension();
  try {
    const welcome = await fresh.context.newPage();
    await welcome.setViewportSize({ width: 360, height: 600 });
    await welcome.goto(fresh.popupUrl);
    await welcome.getByText('Nothing read yet').waitFor();
    expect(await welcome.evaluate(reading)).toEqual({ small: [], overflow: 0 });
    expect(await axeFindings(welcome)).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('the page and the popup show each kind in the same colour', async () => {
  const onPage = await article.evaluate(() => {
    const colours: Record<string, string> = {};
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        const match = /^::highlight\(wwa-(\w+)\)$/.exec((rule as CSSStyleRule).selectorText ?? '');
        if (match) colours[match[1]] = (rule as CSSStyleRule).style.backgroundColor;
      }
    }
    return colours;
  });
  expect(Object.keys(onPage).sort()).toEqual(['country', 'demand', 'group', 'organization', 'person']);
  const popup = await openPopupFor(browser, article);
  await popup.getByRole('list', { name: 'What the colours mean' }).waitFor();
  const inPopup = await popup.evaluate(() => {
    const colours: Record<string, string> = {};
    for (const swatch of document.querySelectorAll<HTMLElement>('.legend .swatch')) {
      const kind = [...swatch.classList].find((c) => c.startsWith('swatch-'))?.slice('swatch-'.length) ?? '';
      colours[kind] = getComputedStyle(swatch).backgroundColor;
    }
    // the dots before each actor's name too
    for (const dot of document.querySelectorAll<HTMLElement>('.actor-link')) {
      const kind = /\((\w+)\)$/.exec(dot.textContent ?? '')?.[1].toLowerCase() ?? '';
      const colour = getComputedStyle(dot.querySelector('.dot') as Element).backgroundColor;
      if (colours[kind] !== colour) colours[`${kind} dot`] = colour;
    }
    return colours;
  });
  // the stylesheet keeps the colour as written; the browser computes the same colour from both
  const computed = await popup.evaluate((colours) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const out: Record<string, string> = {};
    for (const [kind, colour] of Object.entries(colours)) {
      probe.style.backgroundColor = colour;
      out[kind] = getComputedStyle(probe).backgroundColor;
    }
    probe.remove();
    return out;
  }, onPage);
  expect(inPopup).toEqual(computed);
});
