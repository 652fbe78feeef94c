// Page text that looks like markup stays text in the hover card and the popup: nothing runs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extract } from '../../lib/extract';
import { nodeModels } from '../../lib/nlp/node';
import { findArticle } from '../../lib/page/article';
import { buildTextMap } from '../../lib/page/text-map';
import { htmlDocument } from '../unit/page/fixture-document';
import { hoverText } from './page-helpers';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { highlightSize } from './support/highlights';
import { type StaticServer, serveDirectory } from './support/server';

let server: StaticServer;
let browser: ExtensionBrowser;
const FIXTURES = resolve(import.meta.dirname, '../fixtures/robustness');
beforeAll(async () => {
  server = await serveDirectory(FIXTURES);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pwned = () => (globalThis as { __pwned?: string }).__pwned ?? null;

test('markup in demanded text shows as text in the card and the popup, and never executes', async () => {
  // the demands with markup in them, as the reader the background runs finds them
  const html = readFileSync(resolve(FIXTURES, 'hostile.html'), 'utf8');
  const text = buildTextMap(findArticle(htmlDocument(html)) as Element).text;
  const extraction = extract(text, nodeModels());
  const marked = extraction.demands.flatMap((demand) => {
    const markup = /<[^>]+>[^<]*(<\/[^>]+>)?/.exec(demand.text)?.[0];
    const actor = extraction.actors.find((a) => a.id === demand.actor);
    return markup && actor ? [{ markup, actor }] : [];
  });
  expect(marked.length).toBeGreaterThan(0);

  const page = await browser.context.newPage();
  await page.goto(server.url('hostile.html'));
  await expect.poll(() => highlightSize(page, 'wwa-demand'), { timeout: 10_000 }).toBeGreaterThan(0);
  const card = page.locator('wwa-card .card');
  for (const { markup, actor } of marked) {
    await hoverText(page, 'article', actor.mentions[0]?.text ?? actor.name);
    await expect.poll(() => card.textContent(), { timeout: 5000 }).toContain(markup);
    expect(await page.locator('wwa-card img, wwa-card script').count()).toBe(0);
  }

  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  for (const { markup, actor } of marked) {
    await popup.getByRole('searchbox', { name: 'Search actors' }).fill(actor.name.toLowerCase());
    await popup.getByRole('button', { name: new RegExp(actor.name) }).click();
    await expect.poll(() => popup.locator('main').textContent()).toContain(markup);
    expect(await popup.locator('main img, main script').count()).toBe(0);
    await popup.getByRole('button', { name: '← All actors' }).click();
  }
  expect(await page.evaluate(pwned)).toBeNull();
  expect(await popup.evaluate(pwned)).toBeNull();
});
