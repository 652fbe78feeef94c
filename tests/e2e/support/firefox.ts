// Launches Debian's Firefox ESR with the Firefox build loaded as a temporary add-on, driven over
// WebDriver BiDi by puppeteer-core (playwright-core only drives its own patched Firefox).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

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
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }) },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    popupUrl: `moz-extension://${EXTENSION_UUID}/popup.html`,
    close: () => browser.close(),
  };
}
