// Reader settings, shared by the content script (which honours them at once through `watch`)
// and the popup (which edits them). Kept in extension storage, not IndexedDB: both sides can
// read and watch it without a round trip to the background.
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Annotate nothing anywhere until turned back on. */
  paused: boolean;
  /** Paint actor names. */
  highlightActors: boolean;
  /** Paint demanded text. */
  highlightDemands: boolean;
  /** Host names (without `www.`) where the extension stays off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  highlightActors: true,
  highlightDemands: true,
  disabledSites: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

/** Whether a site is annotated under these settings. */
export function isSiteEnabled(settings: Settings, site: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(site);
}
