// Launches Debian's Chromium with the built extension loaded, in a throwaway profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { chromiumPath } from './chromium';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  popupUrl: string;
  close(): Promise<void>;
}

export async function launchWithExtension(
  /** `extension: false` launches the same browser without it, as a baseline for benchmarks. */
  options: { headless?: boolean; profileDir?: string; extension?: boolean; hasTouch?: boolean } = {},
): Promise<ExtensionBrowser> {
  const extension = options.extension ?? true;
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'wwa-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    // headless: false with --headless=new: the old headless mode cannot load extensions.
    headless: false,
    viewport: { width: 1280, height: 900 },
    hasTouch: options.hasTouch ?? false,
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...(extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const serviceWorker = extension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : (null as unknown as Worker);
  const extensionId = extension ? new URL(serviceWorker.url()).host : '';
  return {
    context,
    extensionId,
    serviceWorker,
    popupUrl: `chrome-extension://${extensionId}/popup.html`,
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
