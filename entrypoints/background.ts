import { browser } from 'wxt/browser';
import { isRequest, respond } from '@/lib/background/handlers';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isRequest(message)) return undefined;
    // returning true keeps the channel open; a returned Promise loses its answer in some runtimes
    respond(message).then(sendResponse);
    return true;
  });
});
