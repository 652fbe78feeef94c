// A profile whose store version 2 wrote, opened by this version in real Chromium: the popup's
// first open upgrades it, and every appearance row is then in its page, the table gone, and the
// actor's history the same. (The unit test checks the same on fake-indexeddb, in more detail.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { readTables } from './support/store';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const DEXIE = readFileSync(createRequire(import.meta.url).resolve('dexie/dist/dexie.js'), 'utf8');

test('a store version 2 wrote is upgraded on first open, each appearance in its page', async () => {
  // An extension document that opens no database, to write version 2's store from: the popup
  // would open (and create) it itself.
  const writer = await browser.context.newPage();
  await writer.goto(browser.popupUrl.replace('popup.html', 'icon.svg'));
  await writer.evaluate(DEXIE);
  await writer.evaluate(async () => {
    const Dexie = (globalThis as unknown as { Dexie: typeof import('dexie').Dexie }).Dexie;
    const v2 = new Dexie('who-wants-what');
    v2.version(2).stores({
      pages: '++id, &canonicalUrl, visitedAt',
      actors: '&key, name, lastSeen, pageCount, demandCount, *words',
      appearances: '++id, pageId, actorKey, [actorKey+visitedAt]',
      demands: '++id, pageId, actorKey, targetKey, normalized, [actorKey+visitedAt], [targetKey+visitedAt]',
    });
    const day = Date.UTC(2026, 2, 12);
    const page = (id: number, path: string, visitedAt: number) => ({
      id,
      canonicalUrl: `https://news.example/${path}`,
      url: `https://news.example/${path}`,
      title: `Story ${path}`,
      site: 'news.example',
      publishedAt: null,
      visitedAt,
      truncated: false,
    });
    await v2.table('pages').bulkAdd([page(1, 'one', day), page(2, 'two', day + 1000)]);
    await v2.table('appearances').bulkAdd([
      { pageId: 1, actorKey: 'org:rcn', name: 'Royal College of Nursing', count: 3, firstOffset: 0, visitedAt: day },
      { pageId: 1, actorKey: 'person:wes-streeting', name: 'Wes Streeting', count: 1, firstOffset: 80, visitedAt: day },
      { pageId: 2, actorKey: 'org:rcn', name: 'RCN', count: 2, firstOffset: 12, visitedAt: day + 1000 },
    ]);
    const actor = (key: string, name: string, kind: string, pageCount: number, lastSeen: number) => ({
      key,
      name,
      kind,
      aliases: [],
      words: name.toLowerCase().split(' '),
      firstSeen: day,
      lastSeen,
      pageCount,
      demandCount: 0,
    });
    await v2
      .table('actors')
      .bulkAdd([
        actor('org:rcn', 'Royal College of Nursing', 'organization', 2, day + 1000),
        actor('person:wes-streeting', 'Wes Streeting', 'person', 1, day),
      ]);
    v2.close();
  });
  await writer.close();

  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  // the list shows the actor with its pages as version 2 counted them
  await expect
    .poll(() => popup.locator('.actors li').first().textContent())
    .toMatch(/Royal College of Nursing.*2 pages/);
  const rows = await readTables(popup, ['pages']);
  expect(rows.pages).toMatchObject([
    {
      id: 1,
      actors: [
        { key: 'org:rcn', name: 'Royal College of Nursing', count: 3, firstOffset: 0 },
        { key: 'person:wes-streeting', name: 'Wes Streeting', count: 1, firstOffset: 80 },
      ],
      actorKeys: ['org:rcn', 'person:wes-streeting'],
    },
    { id: 2, actors: [{ key: 'org:rcn', name: 'RCN', count: 2, firstOffset: 12 }], actorKeys: ['org:rcn'] },
  ]);
  const stores = await popup.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('who-wants-what');
        open.onsuccess = () => {
          resolve([...open.result.objectStoreNames]);
          open.result.close();
        };
      }),
  );
  expect(stores.sort()).toEqual(['actors', 'demands', 'pages']);

  // the actor's history lists both pages, the latest first
  await popup.locator('.actors li button').first().click();
  await expect.poll(() => popup.locator('main').textContent()).toMatch(/Story two[\s\S]*Story one/);
  await popup.close();
});
