import { useState } from 'preact/hooks';
import type { WwaDatabase } from '@/lib/db/schema';
import { importText, MAX_IMPORT_BYTES } from '@/lib/exchange/import';
import { plural } from './format';

/** Picks an export file, validates it and merges it; says what it added or what is wrong. */
export function ImportButton({ db }: { db: WwaDatabase }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ ok: false, text: 'Import failed: the file is larger than 50 MB.' });
      return;
    }
    const res = await importText(db, await file.text());
    setMessage(
      res.ok
        ? {
            ok: true,
            text: `Imported ${plural(res.summary.pagesAdded, 'new page')}, ${plural(res.summary.actorsAdded, 'new actor')} and ${plural(res.summary.demandsAdded, 'demand')}${res.summary.pagesUpdated ? ` (${plural(res.summary.pagesUpdated, 'page')} updated)` : ''}.`,
          }
        : { ok: false, text: `Import failed. ${res.error}` },
    );
  };
  return (
    <>
      <label class="button">
        Import
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={(e) => onFile(e.currentTarget)}
        />
      </label>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'notice' : 'error'}>
          {message.text}
        </p>
      )}
    </>
  );
}
