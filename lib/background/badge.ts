// The toolbar icon says what the extension does on the tab: how many demands the page holds, that
// it could not be read, or that it is off (paused, or turned off on the site). Tab-specific
// values are reset by the browser when the tab navigates, so a new page starts blank.
import { browser } from 'wxt/browser';
import type { PageStatus } from '../messages';

interface ToolbarButton {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void>;
  setTitle(details: { title: string; tabId?: number }): Promise<void>;
}

/** MV3's `action`; the Firefox (MV2) build has the same calls as `browserAction`. */
function toolbarButton(): ToolbarButton {
  const api = browser as unknown as { action?: ToolbarButton; browserAction?: ToolbarButton };
  return (api.action ?? api.browserAction) as ToolbarButton;
}

export interface Badge {
  text: string;
  /** The icon's tooltip, which screen readers read: says in words what the badge shows. */
  title: string;
  color: string;
}

const NAME = 'Who Wants What';
const OFF_COLOR = '#5f6368';

export function badgeFor(status: PageStatus): Badge {
  switch (status.state) {
    case 'paused':
      return { text: 'off', title: `${NAME} is paused everywhere`, color: OFF_COLOR };
    case 'site-off':
      return { text: 'off', title: `${NAME} is turned off on ${status.site}`, color: OFF_COLOR };
    case 'failed':
      return { text: '!', title: `${NAME} could not read this page`, color: '#b3261e' };
    case 'reading':
      return { text: '…', title: `${NAME} is reading this page`, color: OFF_COLOR };
    case 'read': {
      const n = status.demands;
      return {
        text: n === 0 ? '' : n > 999 ? '999+' : String(n),
        title: `${NAME}: ${n === 0 ? 'no' : n} demand${n === 1 ? '' : 's'} on this page`,
        color: '#0b57d0',
      };
    }
    case 'no-article':
      return { text: '', title: NAME, color: OFF_COLOR };
  }
}

async function show(badge: Badge, tabId?: number): Promise<void> {
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ text: badge.text, tabId }),
    button.setBadgeBackgroundColor({ color: badge.color, tabId }),
    button.setTitle({ title: badge.title, tabId }),
  ]);
}

export function showTabStatus(tabId: number, status: PageStatus): Promise<void> {
  return show(badgeFor(status), tabId);
}

/** Paused shows on every tab, also those whose page never reports (no article, no content script). */
export function showPaused(paused: boolean): Promise<void> {
  return show(
    paused
      ? badgeFor({ site: '', state: 'paused', canonicalUrl: null, truncated: false, demands: 0, error: null })
      : { text: '', title: NAME, color: OFF_COLOR },
  );
}
