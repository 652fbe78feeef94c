// The reader's history in real Chromium: three visited pages that share an actor show up in the
// popup; Export downloads them; importing that file into a fresh profile restores them; a
// malformed file changes nothing and says why.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { normalizeDemand } from '../../lib/db/words';
import { extract } from '../../lib/extract';
import { demandersOf } from '../../lib/extract/demanders';
import { nodeModels } from '../../lib/nlp/node';
import { findArticle } from '../../lib/page/article';
import { buildTextMap } from '../../lib/page/text-map';
import { fixtureDocument } from '../unit/page/fixture-document';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { paintedCount } from './support/highlights';
import { type StaticServer, serveDirectory } from './support/server';

const PAGES = ['nurses-ballot', 'nurses-strike-dates', 'nurses-talks'];
let server: StaticServer;
let browser: ExtensionBrowser;
let exported: string;

beforeAll(async () => {
  server = await serveDirectory(resolve(import.meta.dirname, '../fixtures/pages/history'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The union's demands as the reader the background runs finds them: how many distinct ones (the
 * store counts a demand once per target and wording), and how many two of the pages state alike.
 */
function unionDemands(): { distinct: number; onTwoPages: number } {
  const pagesOf = new Map<string, number>();
  for (const name of PAGES) {
    const text = buildTextMap(findArticle(fixtureDocument(`history/${name}.html`)) as Element).text;
    const { actors, demands } = extract(text, nodeModels());
    const keyOf = (id: string | null) => actors.find((a) => a.id === id)?.key ?? '';
    const rcn = actors.find((a) => a.key === 'org:rcn');
    // (a demand its officer made for it, or one made jointly, is in its history too)
    const seen = demands
      .filter((d) => rcn !== undefined && demandersOf(d).includes(rcn.id))
      .map((d) => `${keyOf(d.target)}|${normalizeDemand(d.text)}`);
    for (const demand of new Set(seen)) pagesOf.set(demand, (pagesOf.get(demand) ?? 0) + 1);
  }
  return { distinct: pagesOf.size, onTwoPages: [...pagesOf.values()].filter((n) => n === 2).length };
}

async function openActor(popup: Page, search: string, name: string) {
  await popup.getByRole('searchbox', { name: 'Search actors' }).fill(search);
  await popup.getByRole('button', { name: new RegExp(name) }).click();
  await popup.getByRole('heading', { name, exact: true }).waitFor();
}

test('three visited pages that share an actor appear in its history', async () => {
  for (const name of PAGES) {
    const tab = await browser.context.newPage();
    await tab.goto(server.url(`${name}.html`));
    // annotated once highlights are painted
    await expect
      .poll(() => paintedCount(tab), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    await tab.close();
  }
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  await expect.poll(() => popup.getByText(/Royal College of Nursing/).count()).toBeGreaterThan(0);
  const { distinct, onTwoPages } = unionDemands();
  await expect.poll(() => popup.getByText(new RegExp(`Organization · 3 pages · ${distinct} demands`)).count()).toBe(1);
  await openActor(popup, 'nursing', 'Royal College of Nursing');
  await expect.poll(() => popup.locator('.timeline li').count()).toBe(3);
  expect(await popup.getByText('a pay rise of 12 per cent', { exact: true }).count()).toBe(1);
  expect(await popup.getByText(/2 pages since/).count()).toBe(onTwoPages);
  await popup.close();
});

test('Export downloads the history as JSON', async () => {
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^who-wants-what-\d{4}-\d{2}-\d{2}\.json$/);
  exported = readFileSync((await download.path()) as string, 'utf8');
  const file = JSON.parse(exported);
  expect(file).toMatchObject({ format: 'who-wants-what', version: 1 });
  expect(file.pages.map((p: { canonicalUrl: string }) => p.canonicalUrl).sort()).toEqual(
    PAGES.map((p) => `https://news.example/health/${p}`),
  );
  expect(file.actors.map((a: { key: string }) => a.key)).toContain('org:rcn');
  await popup.close();
});

test('importing the export into a fresh profile restores the history; a malformed file changes nothing', async () => {
  const fresh = await launchWithExtension();
  try {
    const popup = await fresh.context.newPage();
    await popup.goto(fresh.popupUrl);
    await popup.getByText('Nothing read yet').waitFor();
    const input = popup.getByLabel('Import');
    await input.setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/Imported 3 new pages/);
    await popup.getByRole('tab', { name: 'Actors' }).click();
    await openActor(popup, 'royal', 'Royal College of Nursing');
    await expect.poll(() => popup.locator('.timeline li').count()).toBe(3);

    const broken = JSON.parse(exported);
    broken.pages[0].visitedAt = 'yesterday';
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect
      .poll(() => popup.getByRole('alert').textContent())
      .toMatch(/pages\.0\.visitedAt: must be an ISO date-time/);
    await popup.getByRole('button', { name: '← All actors' }).click();
    const { distinct } = unionDemands();
    await expect
      .poll(() => popup.getByText(new RegExp(`Organization · 3 pages · ${distinct} demands`)).count())
      .toBe(1);
  } finally {
    await fresh.close();
  }
});
