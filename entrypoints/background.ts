import { browser } from 'wxt/browser';
import { isRequest, respond } from '@/lib/background/handlers';
import { backgroundModels } from '@/lib/background/models';

export default defineBackground(() => {
  // start reading the models as the worker starts, in parallel with the page reading its text;
  // when they are ready is kept for `npm run bench`, which reads it from the worker
  void backgroundModels().then(() => {
    (globalThis as { wwaModelsReadyMs?: number }).wwaModelsReadyMs = performance.now();
  });
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isRequest(message)) return undefined;
    // returning true keeps the channel open; a returned Promise loses its answer in some runtimes
    respond(message).then(sendResponse);
    return true;
  });
});
