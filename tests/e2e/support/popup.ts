// Driving the extension's own page (popup.html) in a tab: bound to a tab as the toolbar popup
// is, exporting and importing through its buttons, and reading what the store holds.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { readTables } from './store';

/** The few extension APIs the tests call inside the browser (no @types/chrome in this project). */
declare const chrome: {
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
};

/** The tab id of a page, asked of the extension as the popup would: the active tab. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('No active tab');
  return id;
}

/**
 * The popup about `page`, the way the toolbar button opens it, but in a tab (a test cannot click
 * the toolbar): popup.html?tab=ID, at the toolbar popup's size.
 */
export async function openPopupFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const id = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 375, height: 510 });
  await popup.goto(`${browser.popupUrl}?tab=${id}`);
  return popup;
}

/** Clicks an export button and returns the file it downloads. */
export async function exportWith(popup: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return readFileSync((await download.path()) as string, 'utf8');
}

/** Imports a file through the Import control and returns what the popup says about it. */
export async function importWith(popup: Page, json: string, name = 'history.json'): Promise<string> {
  await popup.getByLabel('Import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) });
  const said = popup.getByRole('status').or(popup.getByRole('alert'));
  await said.filter({ hasText: /Imported|Import failed/ }).waitFor();
  return (await said.textContent()) ?? '';
}

interface Rows {
  pages: { id: number; canonicalUrl: string; actorKeys: string[] }[];
  actors: { key: string }[];
  demands: { pageId: number; actorKey: string; targetKey: string; text: string }[];
}

/** What the store holds, by canonical URL and key rather than local ids, sorted. */
export async function storeContents(extensionPage: Page) {
  const rows = (await readTables(extensionPage, ['pages', 'actors', 'demands'])) as unknown as Rows;
  const url = new Map(rows.pages.map((p) => [p.id, p.canonicalUrl]));
  return {
    pages: rows.pages.map((p) => p.canonicalUrl).sort(),
    actors: rows.actors.map((a) => a.key).sort(),
    appearances: rows.pages.flatMap((p) => p.actorKeys.map((key) => `${p.canonicalUrl} ${key}`)).sort(),
    demands: rows.demands.map((d) => `${url.get(d.pageId)} ${d.actorKey} → ${d.targetKey}: ${d.text}`).sort(),
  };
}
