import { browser } from 'wxt/browser';
import { showPaused } from '@/lib/background/badge';
import { isRequest, respond } from '@/lib/background/handlers';
import { sendToTab } from '@/lib/messages';
import { settingsItem } from '@/lib/settings';

/** The keyboard shortcuts declared in wxt.config.ts, and which way each moves through highlights. */
const COMMAND_STEPS: Record<string, 1 | -1> = { 'next-highlight': 1, 'previous-highlight': -1 };

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isRequest(message)) return undefined;
    // returning true keeps the channel open; a returned Promise loses its answer in some runtimes
    respond(message, sender).then(sendResponse);
    return true;
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    const step = COMMAND_STEPS[command];
    if (!step) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await sendToTab(id, { type: 'focusHighlight', step });
  });
  void settingsItem.getValue().then((s) => showPaused(s.paused));
  settingsItem.watch((s) => void showPaused(s?.paused ?? false));
});
