import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Who Wants What',
    description:
      'Highlights who demands what in the news you read, and remembers it across pages. Everything stays in your browser.',
    permissions: ['storage'],
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
  vite: () => ({
    plugins: [preact()],
    // Dexie contains '\uffff'; emitted raw, Chromium refuses the file as "isn't UTF-8 encoded".
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
