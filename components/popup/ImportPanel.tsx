import type { WwaDatabase } from '@/lib/db/schema';
import { ImportButton } from './ImportButton';
import type { Notice } from './Messages';

/** The extension's page opened for importing (Firefox's toolbar popup cannot hold a file picker). */
export function ImportPanel({ db, say }: { db: WwaDatabase; say(notice: Notice | null): void }) {
  return (
    <section aria-labelledby="import-title" class="import-panel">
      <h2 id="import-title">Import a history file</h2>
      <p>
        Choose a file exported from Who Wants What, in this browser or another. It is checked whole first; then its
        pages, actors and demands join yours. Nothing you have is replaced, and importing a file twice adds nothing.
      </p>
      <ImportButton db={db} say={say} label="Choose a file to import" />
    </section>
  );
}
