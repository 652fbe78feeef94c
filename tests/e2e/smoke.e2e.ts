import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(() => browser?.close());

test('the popup opens', async () => {
  const page = await browser.context.newPage();
  await page.goto(browser.popupUrl);
  await expect.poll(() => page.textContent('body')).toContain('Who Wants What');
});
