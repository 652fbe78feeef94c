// The demo's board screenshots: the three pages of one bus dispute (our fixtures, the pay demand
// reworded on two of them) read after the sample pages, then the board: all of it in light, and
// the dispute alone in dark, with the reworded demand's course open and the map's edge picked.
import { join, resolve } from 'node:path';
import type { ExtensionBrowser } from '../tests/e2e/support/browser';
import { serveDirectory } from '../tests/e2e/support/server';

const DISPUTE = resolve(import.meta.dirname, '../tests/fixtures/pages/dispute');
const PAGES = ['drivers-pay-claim', 'drivers-pay-demand', 'council-reply'];

export async function boardScreenshots(browser: ExtensionBrowser, outDir: string): Promise<void> {
  const server = await serveDirectory(DISPUTE);
  try {
    for (const name of PAGES) {
      const page = await browser.context.newPage();
      await page.goto(server.url(`${name}.html`));
      await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('wwa-')), null, {
        timeout: 10_000,
      });
      await page.close();
    }
    console.log(`━━ and ${PAGES.length} pages of one dispute (tests/fixtures/pages/dispute), for the board\n`);
    const board = await browser.context.newPage();
    await board.setViewportSize({ width: 1280, height: 860 });
    await board.goto(`chrome-extension://${browser.extensionId}/board.html`);
    await board.locator('.groups article.group').first().waitFor({ timeout: 10_000 });
    // the whole board at the top, light
    await board.screenshot({ path: join(outDir, 'board.png') });
    // the dispute alone, dark: the reworded demand's course open, the edge between the sides picked
    await board.emulateMedia({ colorScheme: 'dark' });
    await board.getByLabel('Search').fill('northgate');
    const group = board.locator('.groups article.group').filter({ hasText: /Transport Workers Union.*→.*Northgate/ });
    await group.locator('li.merged .toggle').first().click();
    await board.locator('path.edge[data-from="org:transport-workers-union"]').first().dispatchEvent('click');
    await board.locator('.picked').waitFor();
    await board.screenshot({ path: join(outDir, 'board-dark.png') });
    await board.close();
  } finally {
    await server.close();
  }
}
