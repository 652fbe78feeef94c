import { useEffect, useState } from 'preact/hooks';
import type { WwaDatabase } from '@/lib/db/schema';
import { DEFAULT_SETTINGS, type Settings, settingsItem } from '@/lib/settings';
import { plural } from './format';
import { useLiveQuery } from './useLiveQuery';

/** Pause, highlight options, this site on or off, and clearing everything (after asking). */
export function SettingsPanel({ db, site }: { db: WwaDatabase; site: string | null }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [confirming, setConfirming] = useState(false);
  const pages = useLiveQuery(() => db.pages.count(), []);
  useEffect(() => {
    settingsItem.getValue().then(setSettings);
    return settingsItem.watch((s) => setSettings(s ?? DEFAULT_SETTINGS));
  }, []);
  const update = (patch: Partial<Settings>) => settingsItem.setValue({ ...settings, ...patch });
  const siteOff = site !== null && settings.disabledSites.includes(site);

  return (
    <section aria-label="Settings" class="settings">
      <label>
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => update({ paused: e.currentTarget.checked })}
        />{' '}
        Pause everywhere
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.highlightActors}
          onChange={(e) => update({ highlightActors: e.currentTarget.checked })}
        />{' '}
        Highlight actors
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.highlightDemands}
          onChange={(e) => update({ highlightDemands: e.currentTarget.checked })}
        />{' '}
        Highlight demands
      </label>
      {site && (
        <label>
          <input
            type="checkbox"
            checked={siteOff}
            onChange={(e) =>
              update({
                disabledSites: e.currentTarget.checked
                  ? [...settings.disabledSites, site]
                  : settings.disabledSites.filter((s) => s !== site),
              })
            }
          />{' '}
          Turn off on {site}
        </label>
      )}
      {confirming ? (
        <div role="alertdialog" aria-label="Confirm clearing" class="confirm">
          <p>Delete {plural(pages ?? 0, 'page')} and every actor and demand? This cannot be undone.</p>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              await db.transaction('rw', [db.pages, db.actors, db.appearances, db.demands], () =>
                Promise.all([db.pages.clear(), db.actors.clear(), db.appearances.clear(), db.demands.clear()]),
              );
              setConfirming(false);
            }}
          >
            Delete everything
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Clear all data…
        </button>
      )}
    </section>
  );
}
