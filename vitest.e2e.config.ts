import { defineConfig } from 'vitest/config';

// Real-browser tests: Node drives Chromium through playwright-core, and Firefox through
// puppeteer-core (firefox.e2e.ts). One file at a time: each launches its own browser, and two
// cores do not run two browsers well.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
