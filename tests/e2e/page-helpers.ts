// Shared by the page e2e tests: fixture pages served with their client bundle built, a recorder
// of what the content script sends the background, and readers of the page's highlights.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Page, Worker } from 'playwright-core';
import { build } from 'vite';
import { extract } from '../../lib/extract';
import type { ActorKind } from '../../lib/extract/types';
import type { ActorHistory, PageInfo } from '../../lib/messages';
import { nodeModels } from '../../lib/nlp/node';
import { annotationsOf } from '../../lib/page/annotations';
import type { HighlightName } from '../../lib/page/highlight-names';
import type { Settings } from '../../lib/settings';
import type { ExtensionBrowser } from './support/browser';
import { type StaticServer, serveDirectory } from './support/server';

/** The few extension APIs the tests call inside the browser (no @types/chrome in this project). */
declare const chrome: {
  runtime: {
    onMessage: {
      addListener(
        listener: (
          message: { type?: string; text?: string },
          sender: unknown,
          sendResponse: (r: unknown) => void,
        ) => undefined,
      ): void;
    };
  };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: {
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const FIXTURE_PAGES = resolve(import.meta.dirname, '../fixtures/pages');

/** Serves a copy of tests/fixtures/pages, with the hydrated page's app bundled next to it. */
export async function serveFixturePages(): Promise<StaticServer> {
  const root = mkdtempSync(join(tmpdir(), 'wwa-pages-'));
  cpSync(FIXTURE_PAGES, root, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [preact()],
    build: {
      outDir: join(root, 'hydrated'),
      emptyOutDir: false,
      minify: false,
      lib: { entry: join(FIXTURE_PAGES, 'hydrated/app.tsx'), formats: ['es'], fileName: () => 'app.js' },
    },
  });
  const server = await serveDirectory(root);
  return {
    ...server,
    async close() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Bundles a module of ours into one script a page can evaluate. */
export async function bundleForPage(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(import.meta.dirname, entry),
        formats: ['iife'],
        name: 'wwaBundle',
        fileName: () => 'bundle.js',
      },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result && 'output' in result ? result.output[0] : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Could not bundle ${entry}`);
  return chunk.code;
}

export interface SentPage {
  page: PageInfo;
  text: string;
  truncated: boolean;
}

/**
 * Adds a listener in the service worker that only notes whole-page `analysePage` requests (it answers
 * nothing, so the real handler still answers them).
 */
export async function recordAnalyseRequests(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { wwaSent?: unknown[] };
    if (scope.wwaSent) return;
    scope.wwaSent = [];
    chrome.runtime.onMessage.addListener((message: { type?: string; partial?: boolean }) => {
      // a long article's beginning, sent ahead of it, is not what the page stores
      if (message?.type === 'analysePage' && !message.partial) scope.wwaSent?.push(message);
      return undefined;
    });
  });
}

export async function sentPages(worker: Worker): Promise<SentPage[]> {
  return worker.evaluate(() => (globalThis as unknown as { wwaSent: SentPage[] }).wwaSent);
}

/** The last text the content script sent for a canonical URL, once it has been sent. */
export async function sentPage(worker: Worker, canonicalUrl: string, timeout = 10_000): Promise<SentPage> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = (await sentPages(worker)).filter((sent) => sent.page.canonicalUrl === canonicalUrl).pop();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Nothing sent for ${canonicalUrl}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

export type Painted = Partial<Record<HighlightName, string[]>>;

/** Runs in the page (any browser's driver): the text of every range under our highlight names, sorted per name. */
export function paintedTexts(): Painted {
  const painted: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('wwa-')) continue;
    painted[name] = [...highlight].map((range) => range.toString().replace(/\s+/g, ' ')).sort();
  }
  return painted;
}

export function highlightTexts(page: Page): Promise<Painted> {
  return page.evaluate(paintedTexts);
}

/** What the page should show for a text: the extractor's mentions and demands, by highlight name. */
export function expectedHighlights(
  text: string,
  settings: Pick<Settings, 'highlightActors' | 'highlightDemands'> = { highlightActors: true, highlightDemands: true },
): Painted {
  const painted: Painted = {};
  const choice = { actors: settings.highlightActors, demands: settings.highlightDemands };
  for (const annotation of annotationsOf(extract(text, nodeModels()), choice)) {
    painted[annotation.name] = [
      ...(painted[annotation.name] ?? []),
      text.slice(annotation.start, annotation.end).replace(/\s+/g, ' '),
    ];
  }
  for (const texts of Object.values(painted)) texts.sort();
  return painted;
}

/** Brings an element to the middle of the viewport and lets the scroll event (which closes the card) pass. */
export async function scrollIntoMiddle(page: Page, selector: string): Promise<void> {
  await page.evaluate(async (selector) => {
    document.querySelector(selector)?.scrollIntoView({ block: 'center' });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, selector);
}

/** Runs in the page: the middle of the first occurrence of `text` inside `selector`, in viewport pixels. */
export function textCenter({ selector, text }: { selector: string; text: string }): { x: number; y: number } {
  const root = document.querySelector(selector) as Element;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const box = range.getClientRects()[0] as DOMRect;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  throw new Error(`${text} not found in ${selector}`);
}

/** Moves the pointer onto the middle of the first occurrence of `text` inside `selector`. */
export async function hoverText(page: Page, selector: string, text: string): Promise<void> {
  const { x, y } = await page.evaluate(textCenter, { selector, text });
  // Two moves: the first one into the page wakes the pointer tracking up.
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
}

/** Writes the reader's settings the way the popup does: into the extension's storage. */
// lib/settings.ts opens extension storage on import, so its defaults are restated here, once.
export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  highlightActors: true,
  highlightDemands: true,
  disabledSites: [],
};

export async function writeSettings(browser: ExtensionBrowser, settings: Settings): Promise<void> {
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  await popup.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
  await popup.close();
}

/** Asks the content script of the page's tab for its status, as the popup does: the active tab. */
export async function pageStatus(browser: ExtensionBrowser, page: Page): Promise<unknown> {
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  await page.bringToFront();
  const status = await popup.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    return chrome.tabs.sendMessage(tab.id, { type: 'pageStatus' });
  });
  await popup.close();
  return status;
}

/** A stand-in extraction for page-side tests: names and demanded texts, found in whatever text is sent. */
export interface ScriptedExtraction {
  actors: { key: string; name: string; kind: ActorKind; surfaces: string[] }[];
  demands: { by: string; of: string | null; text: string; cue: string }[];
}

/**
 * Makes the service worker answer `analysePage` from a script instead of the engine, so tests of
 * the page side (hover, live pages, settings) do not depend on the engine's quality. Answers
 * synchronously, so it answers before the real, asynchronous handler.
 */
export async function answerAnalyseWith(
  worker: Worker,
  script: ScriptedExtraction,
  history: ActorHistory[] = [],
): Promise<void> {
  await worker.evaluate(
    ({ script, history }) => {
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const extractFrom = (text: string) => {
        // Longest surfaces first, and no mention inside another ("Putin" in "Vladimir Putin").
        const taken: [number, number][] = [];
        const found = script.actors
          .flatMap((actor, i) => actor.surfaces.map((surface) => ({ i, surface })))
          .sort((a, b) => b.surface.length - a.surface.length)
          .flatMap(({ i, surface }) =>
            [...text.matchAll(new RegExp(`\\b${escape(surface)}\\b`, 'g'))].flatMap((m) => {
              const start = m.index;
              const end = start + surface.length;
              if (taken.some(([s, e]) => start < e && s < end)) return [];
              taken.push([start, end]);
              return [{ i, mention: { start, end, text: surface } }];
            }),
          );
        const actors = script.actors.map((actor, i) => ({
          id: `a${i + 1}`,
          key: actor.key,
          name: actor.name,
          kind: actor.kind,
          aliases: actor.surfaces,
          mentions: found
            .filter((f) => f.i === i)
            .map((f) => f.mention)
            .sort((a, b) => a.start - b.start),
        }));
        const idOf = (key: string | null) => actors.find((a) => a.key === key)?.id ?? null;
        const demands = script.demands.flatMap((demand) => {
          const start = text.indexOf(demand.text);
          if (start < 0) return [];
          const end = start + demand.text.length;
          return [
            {
              actor: idOf(demand.by),
              target: idOf(demand.of),
              text: demand.text,
              start,
              end,
              cue: demand.cue,
              sentence: { start, end },
            },
          ];
        });
        return { actors: actors.filter((a) => a.mentions.length > 0), demands };
      };
      const scope = globalThis as unknown as { wwaScript?: (text: string) => unknown; wwaHistory?: unknown };
      const answering = !!scope.wwaScript;
      // the demands counted as the background counts them (lib/db/words.ts distinctDemands)
      const words = (t: string) => [
        ...new Set(
          t
            .normalize('NFKD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .filter(Boolean),
        ),
      ];
      scope.wwaScript = (text) => {
        const extraction = extractFrom(text);
        const keyOf = new Map(extraction.actors.map((a) => [a.id, a.key]));
        const demands = new Set(
          extraction.demands.map(
            (d) => `${keyOf.get(d.actor ?? '')}|${d.target ? keyOf.get(d.target) : ''}|${words(d.text).join(' ')}`,
          ),
        ).size;
        return { extraction, demands };
      };
      scope.wwaHistory = history;
      if (answering) return;
      // the page's storePage is answered too: the keys as scripted, and the scripted history
      chrome.runtime.onMessage.addListener((message: { type?: string; text?: string }, _sender, sendResponse) => {
        if (message?.type === 'storePage' && scope.wwaScript) {
          sendResponse({ ok: true, value: { keys: {}, history: scope.wwaHistory } });
          return undefined;
        }
        if (message?.type !== 'analysePage' || !scope.wwaScript) return undefined;
        sendResponse({ ok: true, value: scope.wwaScript(message.text ?? '') });
        return undefined;
      });
    },
    { script, history },
  );
}
