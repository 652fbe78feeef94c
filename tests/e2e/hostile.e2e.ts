// Page text that looks like markup stays text in the hover card and the popup: nothing runs.
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hoverText } from './page-helpers';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { highlightSize } from './support/highlights';
import { type StaticServer, serveDirectory } from './support/server';

let server: StaticServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await serveDirectory(resolve(import.meta.dirname, '../fixtures/robustness'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pwned = () => (globalThis as { __pwned?: string }).__pwned ?? null;

test('markup in demanded text shows as text in the card and the popup, and never executes', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('hostile.html'));
  await expect.poll(() => highlightSize(page, 'wwa-demand'), { timeout: 10_000 }).toBeGreaterThan(0);
  await hoverText(page, 'article', 'Unite');
  const card = page.locator('wwa-card .card');
  await expect.poll(() => card.textContent(), { timeout: 5000 }).toContain('<img src=x onerror=');
  expect(await page.locator('wwa-card img, wwa-card script').count()).toBe(0);
  expect(await page.evaluate(pwned)).toBeNull();

  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  await popup.getByRole('searchbox', { name: 'Search actors' }).fill('unite');
  await popup.getByRole('button', { name: /Unite/ }).click();
  await expect.poll(() => popup.locator('main').textContent()).toContain('<img src=x onerror=');
  await popup.getByRole('button', { name: /Sharon Graham/ }).click();
  await expect.poll(() => popup.locator('main').textContent()).toContain("<script>window.__pwned='script'</script>");
  expect(await popup.locator('main img, main script').count()).toBe(0);
  expect(await popup.evaluate(pwned)).toBeNull();
});
