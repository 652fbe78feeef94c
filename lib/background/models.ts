// The language core's models in the background: read from the extension's own package (they are
// part of the build, never downloaded), once per service-worker life. Chromium stops an idle
// worker after about 30 s; the next message starts a new one, which loads them again.
// They load at the first request that needs them (lib/background/handlers.ts), not at the
// worker's start: a worker woken for the toolbar icon or a settings change needs none, and
// loading them at every start made the worker-restart tests fail in full-suite runs.

import { browser } from 'wxt/browser';
import { loadModels, type ModelName, type Models } from '../nlp/models';

let loading: Promise<Models> | null = null;

export const MODELS_READY = 'wwa-models-ready';

async function readPackaged(name: ModelName): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(`/models/${name}`));
  if (!response.ok) throw new Error(`model ${name} is missing from the extension (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The models, loading on first call; a failed load is tried again on the next call. */
export function backgroundModels(): Promise<Models> {
  if (!loading) {
    // the mark shows in the worker's DevTools timeline, and lets npm run bench take a cold
    // worker's time apart: worker start, models fetched (resource timing), models ready
    loading = loadModels(readPackaged).then((models) => {
      performance.mark(MODELS_READY);
      return models;
    });
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
