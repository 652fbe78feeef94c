import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { MODEL_FILES } from './lib/nlp/models';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Who Wants What',
    description:
      'Highlights who demands what in the news you read, and remembers it across pages. Everything stays in your browser.',
    permissions: ['storage'],
    // The hover card's code is loaded by the content script on first use (entrypoints/card.ts),
    // which needs it web-accessible; in Chromium through a per-session address, so a site cannot
    // probe a fixed one to learn that the extension is installed.
    web_accessible_resources:
      browser === 'firefox'
        ? ['card.js']
        : [{ resources: ['card.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    // Keyboard reading of the highlights (no permission needed); the reader can rebind them.
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next highlight on the page and open its card',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous highlight on the page and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'who-wants-what@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // The language core's trained models ship inside the extension as files of their own, which the
  // background reads from its own package (lib/background/models.ts); nothing is downloaded.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const name of MODEL_FILES) {
        files.push({ absoluteSrc: resolve('lib/nlp/models', name), relativeDest: `models/${name}` });
      }
    },
    'prepare:publicPaths': (_wxt, paths) => {
      for (const name of MODEL_FILES) paths.push(`models/${name}`);
    },
  },
  vite: () => ({
    plugins: [preact()],
    // Dexie contains '\uffff'; emitted raw, Chromium refuses the file as "isn't UTF-8 encoded".
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
