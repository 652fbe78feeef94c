// Launches Debian's Firefox ESR with the Firefox build loaded as a temporary add-on, driven over
// WebDriver BiDi by puppeteer-core (playwright-core only drives its own patched Firefox).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');

/** Fixed, so the tests can open the popup: Firefox gives each add-on a random moz-extension host. */
const EXTENSION_UUID = '6f1d3c2a-8b7e-4f5a-9c3d-2e1b0a9f8e7d';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}. Install it (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox 140+ binary.`,
    );
  }
  return path;
}

export interface FirefoxWithExtension {
  browser: Browser;
  popupUrl: string;
  /** Where downloads land, without asking. */
  downloads: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const downloads = mkdtempSync(join(tmpdir(), 'wwa-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    popupUrl: `moz-extension://${EXTENSION_UUID}/popup.html`,
    downloads,
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * The tab the extension opens next. WebDriver BiDi will not navigate a tab to a moz-extension
 * page, but the extension may open one itself (tabs.create), and such a tab can be driven; its
 * reported URL stays about:blank, so the page is asked where it is.
 */
export async function nextExtensionTab(browser: Browser, open: () => Promise<unknown>): Promise<Page> {
  const before = new Set(await browser.pages());
  await open();
  for (let tries = 0; tries < 100; tries++) {
    for (const page of await browser.pages()) {
      if (before.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && (await page.evaluate(() => document.readyState)) === 'complete') {
        return page;
      }
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The extension opened no page of its own');
}
