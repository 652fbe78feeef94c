// The demo: builds the extension, serves the sample news pages in demo/pages, visits each in
// Chromium with the extension loaded, prints what the extension found (read back from its own
// database, not recomputed here) and saves screenshots of a page, a hover card with demands, the
// popup's "This page" (demands, actors, colour key) and an actor's view.
// A window when a display is available, headless otherwise; it ends by itself.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { paintedCount } from '../tests/e2e/support/highlights';
import { openPopupFor } from '../tests/e2e/support/popup';
import { serveDirectory } from '../tests/e2e/support/server';
import { readTables } from '../tests/e2e/support/store';
import { boardScreenshots } from './demo-board';

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
  /** Set on a demand's row for a state spoken for or one named jointly: whose words these are. */
  via?: string;
  count: number;
  text: string;
  /** A page's actors, as the store holds them in the page's row. */
  actors: { key: string; count: number }[];
}

/** One page's annotations, as the extension stored them (read from one of its own pages). */
async function readStored(popup: Page, canonicalUrl: string): Promise<Stored | null> {
  const rows = (await readTables(popup, ['pages', 'actors', 'demands'])) as Record<string, Row[]>;
  const page = rows.pages.find((p) => p.canonicalUrl === canonicalUrl);
  if (!page) return null;
  const actors = new Map(rows.actors.map((a) => [a.key, a]));
  const name = (key: string) => actors.get(key)?.name ?? key;
  return {
    title: page.title,
    actors: page.actors
      .map((a) => ({ name: name(a.key), kind: actors.get(a.key)?.kind ?? '', count: a.count }))
      .sort((a, b) => b.count - a.count),
    // each demand once, with those it was made for or with (the store keeps a row for each)
    demands: rows.demands
      .filter((d) => d.pageId === page.id && d.via === undefined)
      .map((d) => {
        const also = rows.demands
          .filter(
            (o) => o.pageId === page.id && o.via === d.actorKey && o.text === d.text && o.targetKey === d.targetKey,
          )
          .map((o) => name(o.actorKey));
        return {
          actor: [name(d.actorKey), ...also].join(' + '),
          target: d.targetKey ? name(d.targetKey) : null,
          text: d.text,
        };
      }),
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

/** Hovers the page's names one by one until a card shows demands made on this page. */
async function hoverDemander(page: Page): Promise<boolean> {
  for (const kind of ['wwa-country', 'wwa-organization', 'wwa-person']) {
    for (let i = 0; i < 8; i++) {
      const box = await page.evaluate(
        ({ kind, i }) => {
          const range = [...(CSS.highlights.get(kind) ?? [])][i] as Range | undefined;
          if (!range) return null;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const r = range.getClientRects()[0];
          return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
        },
        { kind, i },
      );
      if (!box) break;
      await page.waitForTimeout(100);
      // two moves: the first one into the page wakes the pointer tracking up
      await page.mouse.move(box.x - 3, box.y);
      await page.mouse.move(box.x, box.y);
      const card = page.locator('wwa-card .card').first();
      try {
        await card.waitFor({ state: 'visible', timeout: 3000 });
      } catch {
        continue;
      }
      if ((await card.textContent())?.includes('Demands on this page')) {
        await page.waitForTimeout(150);
        return true;
      }
    }
  }
  return false;
}

async function main() {
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  mkdirSync(outDir, { recursive: true });
  const server = await serveDirectory(resolve(root, 'demo/pages'));
  const headless = !process.env.DISPLAY;
  const browser = await launchWithExtension({ headless });
  await browser.serviceWorker.evaluate('globalThis.__name = (f) => f');
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
    let first: Page | null = null;
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
      if (!shotCard && painted && (await hoverDemander(page))) {
        await page.screenshot({ path: join(outDir, 'hover-card.png') });
        shotCard = true;
      }
      // the first article stays open: the popup's "This page" shows it
      if (first) await page.close();
      else first = page;
    }
    if (first) {
      // the popup as the toolbar button opens it on that tab (in a tab here: a script cannot click the toolbar)
      const thisPage = await openPopupFor(browser, first);
      await thisPage.getByRole('list', { name: 'What the colours mean' }).waitFor({ timeout: 5000 });
      await thisPage.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });
      await thisPage.getByRole('tab', { name: 'Actors' }).click();
      const actor = thisPage.locator('.actors button').first();
      await actor.waitFor({ timeout: 5000 });
      await actor.click();
      await thisPage.getByRole('button', { name: '← All actors' }).waitFor({ timeout: 5000 });
      await thisPage.screenshot({ path: join(outDir, 'popup-actor.png'), fullPage: true });
    }
    await boardScreenshots(browser, outDir);
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
