import { useEffect, useRef, useState } from 'preact/hooks';
import { clearAll, restore } from '@/lib/db/delete';
import type { WwaDatabase } from '@/lib/db/schema';
import { DEFAULT_SETTINGS, type Settings, settingsItem } from '@/lib/settings';
import { ExportButton } from './ExportButton';
import { plural } from './format';
import { type Notice, UNDO_MS } from './Messages';
import { useLiveQuery } from './useLiveQuery';

interface Props {
  db: WwaDatabase;
  /** The current tab's site, whether its page is annotated or not; null when the tab shows none. */
  site: string | null;
  say(notice: Notice | null): void;
}

/** "Clear all data" asks first, offers an export, holds focus while open and gives it back. */
function ConfirmClear({
  db,
  pages,
  onClose,
  say,
}: {
  db: WwaDatabase;
  pages: number;
  onClose(): void;
  say: Props['say'];
}) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus();
  }, []);
  return (
    <div
      ref={dialog}
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      class="confirm"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h3 id="confirm-title">Clear all data?</h3>
      <p id="confirm-text">
        This deletes {plural(pages, 'page')} and every actor and demand. You can undo it for {UNDO_MS / 1000} seconds;
        to keep a copy, export first.
      </p>
      <div class="buttons">
        <ExportButton db={db} label="Export first" />
        <button
          type="button"
          class="danger"
          onClick={async () => {
            const snapshot = await clearAll(db);
            onClose();
            say({
              tone: 'info',
              text: `Deleted ${plural(snapshot.pages.length, 'page')} and ${plural(snapshot.actors.length, 'actor')}.`,
              undo: () => restore(db, snapshot),
            });
          }}
        >
          Delete everything
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Pause, highlight options, sites turned off (this one, and all of them to turn back on), and clearing. */
export function SettingsPanel({ db, site, say }: Props) {
  // null until read: the switches never show a state that is not the reader's
  const [settings, setSettings] = useState<Settings | null>(null);
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const pages = useLiveQuery(() => db.pages.count(), []);
  useEffect(() => {
    settingsItem.getValue().then(setSettings);
    return settingsItem.watch((s) => setSettings(s ?? DEFAULT_SETTINGS));
  }, []);
  if (!settings) return null;
  const update = (patch: Partial<Settings>) => settingsItem.setValue({ ...settings, ...patch });
  const setSite = (name: string, off: boolean) =>
    update({
      disabledSites: off
        ? [...new Set([...settings.disabledSites, name])]
        : settings.disabledSites.filter((s) => s !== name),
    });
  const closeConfirm = () => {
    setConfirming(false);
    // focus goes back to where it was before the dialog took it
    requestAnimationFrame(() => clearButton.current?.focus());
  };

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
            checked={settings.disabledSites.includes(site)}
            onChange={(e) => setSite(site, e.currentTarget.checked)}
          />{' '}
          Turn off on {site}
        </label>
      )}
      <h2 id="off-sites">Sites turned off</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="empty">None: Who Wants What reads articles on every site.</p>
      ) : (
        <ul class="off-sites" aria-labelledby="off-sites">
          {settings.disabledSites.map((name) => (
            <li key={name}>
              <span>{name}</span>
              <button type="button" onClick={() => setSite(name, false)} aria-label={`Turn on for ${name}`}>
                Turn on
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>Your history</h2>
      {confirming ? (
        <ConfirmClear db={db} pages={pages ?? 0} onClose={closeConfirm} say={say} />
      ) : (
        <button ref={clearButton} type="button" class="danger" onClick={() => setConfirming(true)}>
          Clear all data…
        </button>
      )}
    </section>
  );
}
