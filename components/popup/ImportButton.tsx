import { browser } from 'wxt/browser';
import type { WwaDatabase } from '@/lib/db/schema';
import { MAX_IMPORT_BYTES } from '@/lib/exchange/limits';
import { extensionPageUrl } from '@/lib/extension-page';
import { plural } from './format';
import type { Notice } from './Messages';

interface Props {
  db: WwaDatabase;
  say(notice: Notice | null): void;
  /**
   * The tab "This page" is about, when this is the toolbar popup of Firefox: Firefox closes such
   * a popup as soon as a file picker opens, so Import opens the extension's page in a tab instead.
   */
  openInTabFor?: number | null;
  label?: string;
}

/** Picks an export file, validates it and merges it; says what it added, how far it is, or what is wrong. */
export function ImportButton({ db, say, openInTabFor, label = 'Import' }: Props) {
  if (openInTabFor !== undefined) {
    return (
      <button
        type="button"
        onClick={async () => {
          await browser.tabs.create({ url: extensionPageUrl({ tab: openInTabFor, importing: true }) });
          window.close();
        }}
      >
        {label}…
      </button>
    );
  }
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      say({ tone: 'error', text: 'Import failed: the file is larger than 50 MB.' });
      return;
    }
    say({ tone: 'info', text: `Reading ${file.name}…` });
    // the import code and its validator load only for an import, not with every popup
    const { importText } = await import('@/lib/exchange/import');
    const res = await importText(db, await file.text(), (p) =>
      say(
        p.phase === 'checking'
          ? { tone: 'info', text: `Checking ${file.name}…` }
          : {
              tone: 'info',
              text: `Importing: ${p.done.toLocaleString('en')} of ${plural(p.total, 'page')}`,
              progress: p,
            },
      ),
    );
    say(
      res.ok
        ? {
            tone: 'info',
            text: `Imported ${plural(res.summary.pagesAdded, 'new page')}, ${plural(res.summary.actorsAdded, 'new actor')} and ${plural(res.summary.demandsAdded, 'demand')}${res.summary.pagesUpdated ? ` (${plural(res.summary.pagesUpdated, 'page')} completed)` : ''}.`,
          }
        : { tone: 'error', text: `Import failed. ${res.error}` },
    );
  };
  return (
    <label class="button">
      {label}
      <input
        type="file"
        accept="application/json,.json"
        class="visually-hidden"
        onChange={(e) => onFile(e.currentTarget)}
      />
    </label>
  );
}
