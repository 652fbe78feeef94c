// The demo: builds the extension, serves the sample news pages in demo/pages, visits each in
// Chromium with the extension loaded, prints what the extension found (read back from its own
// database, not recomputed here) and saves screenshots of a page, a hover card and the popup.
// A window when a display is available, headless otherwise; it ends by itself.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { paintedCount } from '../tests/e2e/support/highlights';
import { serveDirectory } from '../tests/e2e/support/server';
import { readTables } from '../tests/e2e/support/store';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'demo-output');

interface Stored {
  title: string;
  actors: { name: string; kind: string; count: number }[];
  demands: { actor: string; target: string | null; text: string }[];
}

interface Row {
  id: number;
  key: string;
  canonicalUrl: string;
  title: string;
  name: string;
  kind: string;
  pageId: number;
  actorKey: string;
  targetKey: string;
  count: number;
  text: string;
}

/** One page's annotations, as the extension stored them (read from one of its own pages). */
async function readStored(popup: Page, canonicalUrl: string): Promise<Stored | null> {
  const rows = (await readTables(popup, ['pages', 'actors', 'appearances', 'demands'])) as Record<string, Row[]>;
  const page = rows.pages.find((p) => p.canonicalUrl === canonicalUrl);
  if (!page) return null;
  const actors = new Map(rows.actors.map((a) => [a.key, a]));
  const name = (key: string) => actors.get(key)?.name ?? key;
  return {
    title: page.title,
    actors: rows.appearances
      .filter((a) => a.pageId === page.id)
      .map((a) => ({ name: name(a.actorKey), kind: actors.get(a.actorKey)?.kind ?? '', count: a.count }))
      .sort((a, b) => b.count - a.count),
    demands: rows.demands
      .filter((d) => d.pageId === page.id)
      .map((d) => ({ actor: name(d.actorKey), target: d.targetKey ? name(d.targetKey) : null, text: d.text })),
  };
}

async function waitForHighlights(page: Page): Promise<number> {
  const until = Date.now() + 10_000;
  let count = 0;
  while (Date.now() < until) {
    count = await paintedCount(page);
    if (count > 0) return count;
    await page.waitForTimeout(200);
  }
  return count;
}

/** Hovers the first highlighted country (else person) and waits for its card. */
async function hoverFirstName(page: Page): Promise<boolean> {
  const box = await page.evaluate(() => {
    const h = CSS.highlights.get('wwa-country') ?? CSS.highlights.get('wwa-person');
    const range = h ? ([...h][0] as Range) : null;
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  });
  if (!box) return false;
  // two moves: the first one into the page wakes the pointer tracking up
  await page.mouse.move(box.x - 3, box.y);
  await page.mouse.move(box.x, box.y);
  try {
    await page.locator('wwa-card .card').first().waitFor({ state: 'visible', timeout: 3000 });
    await page.waitForTimeout(150);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  mkdirSync(outDir, { recursive: true });
  const server = await serveDirectory(resolve(root, 'demo/pages'));
  const headless = !process.env.DISPLAY;
  const browser = await launchWithExtension({ headless });
  console.log(`Chromium ${headless ? 'headless' : 'in a window'}, extension ${browser.extensionId}\n`);
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  // tsx compiles with esbuild's keepNames, which wraps the functions we send to the page in a
  // __name() helper that only exists in Node
  await popup.evaluate('globalThis.__name = (f) => f');
  try {
    const files = readdirSync(resolve(root, 'demo/pages'))
      .filter((f) => f.endsWith('.html'))
      .sort();
    let shotPage = false;
    let shotCard = false;
    for (const file of files) {
      const page = await browser.context.newPage();
      await page.addInitScript('globalThis.__name = (f) => f');
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(server.url(file));
      const painted = await waitForHighlights(page);
      const canonicalUrl = await page.evaluate(
        () => document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href.split('#')[0],
      );
      const stored = await readStored(popup, canonicalUrl);
      console.log(`━━ ${file}: ${stored?.title ?? '(not stored)'}`);
      if (!stored) console.log('   The extension stored nothing for this page.');
      else {
        console.log(`   ${painted} highlights painted`);
        console.log(
          `   Actors (${stored.actors.length}): ${stored.actors.map((a) => `${a.name} [${a.kind}, ${a.count}×]`).join(', ') || 'none'}`,
        );
        console.log(`   Demands (${stored.demands.length}):`);
        for (const d of stored.demands) console.log(`     • ${d.actor} → ${d.target ?? '(no target)'}: ${d.text}`);
        if (!stored.demands.length) console.log('     none');
      }
      console.log('');
      if (!shotPage && painted) {
        await page.screenshot({ path: join(outDir, 'annotated-page.png') });
        shotPage = true;
      }
      if (!shotCard && painted && (await hoverFirstName(page))) {
        await page.screenshot({ path: join(outDir, 'hover-card.png') });
        shotCard = true;
      }
      await page.close();
    }
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.reload();
    await popup
      .getByRole('searchbox')
      .waitFor({ timeout: 5000 })
      .catch(() => {});
    await popup.screenshot({ path: join(outDir, 'popup.png') });
    const first = popup.locator('.actors button').first();
    if (await first.count()) {
      await first.click();
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: join(outDir, 'popup-actor.png') });
    }
    console.log(
      `Screenshots in ${outDir}: ${readdirSync(outDir)
        .filter((f) => f.endsWith('.png'))
        .join(', ')}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
