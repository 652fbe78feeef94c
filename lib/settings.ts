// Reader settings, shared by the content script (which honours them at once through `watch`)
// and the popup (which edits them). Kept in extension storage, not IndexedDB: both sides can
// read and watch it without a round trip to the background.
import { browser } from 'wxt/browser';

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

/** The key in `storage.local` (the one WXT's storage item used: stores made before read the same). */
const KEY = 'settings';

export interface SettingsItem {
  /** The stored settings, or the defaults when none are stored. */
  getValue(): Promise<Settings>;
  setValue(settings: Settings): Promise<void>;
  /** Calls `cb` with the new settings whenever they change; returns the way to stop. */
  watch(cb: (settings: Settings) => void): () => void;
}

/**
 * The settings in extension storage, read and watched straight through `storage.local`: the
 * content script reads them first thing on every page, and a storage library around one key
 * cost the page more to load (compile and run) than the read itself.
 */
export const settingsItem: SettingsItem = {
  async getValue() {
    const stored = (await browser.storage.local.get(KEY))[KEY] as Settings | undefined;
    return stored ?? DEFAULT_SETTINGS;
  },
  async setValue(settings) {
    await browser.storage.local.set({ [KEY]: settings });
  },
  watch(cb) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(KEY in changes)) return;
      cb((changes[KEY]?.newValue as Settings | undefined) ?? DEFAULT_SETTINGS);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

/** Whether a site is annotated under these settings. */
export function isSiteEnabled(settings: Settings, site: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(site);
}
