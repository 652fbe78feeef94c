// Reads the extension's IndexedDB from one of its own pages (popup.html), the way a test checks
// what was stored: raw IndexedDB, one transaction, so the snapshot is consistent.
import type { Page } from 'playwright-core';

export type Table = 'pages' | 'actors' | 'demands';

/** Every row of the given tables. */
export function readTables(extensionPage: Page, tables: Table[]): Promise<Record<string, unknown[]>> {
  return extensionPage.evaluate(
    (tables) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const empty = () => Object.fromEntries(tables.map((table) => [table, []]));
        // No version: whatever the extension made. Opened so, a database that does not exist yet
        // would be created empty at version 1, and that open connection would block the
        // extension's own upgrade (Dexie's) for good: so a missing database is left missing.
        const open = indexedDB.open('who-wants-what');
        let missing = false;
        open.onupgradeneeded = () => {
          missing = true;
          open.transaction?.abort();
        };
        open.onerror = () => (missing ? resolve(empty()) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          try {
            const tx = db.transaction(tables);
            const out: Record<string, unknown[]> = {};
            for (const table of tables) {
              const req = tx.objectStore(table).getAll();
              req.onsuccess = () => {
                out[table] = req.result;
              };
            }
            tx.oncomplete = () => {
              db.close();
              resolve(out);
            };
            tx.onerror = () => {
              db.close();
              reject(tx.error);
            };
          } catch (error) {
            // never leave a connection open: it would block the extension's next upgrade
            db.close();
            reject(error);
          }
        };
      }),
    tables,
  );
}

/** How many rows each table holds, and how many actors the pages list (their appearances). */
export async function tableCounts(extensionPage: Page): Promise<Record<Table | 'appearances', number>> {
  const rows = await readTables(extensionPage, ['pages', 'actors', 'demands']);
  return {
    pages: rows.pages.length,
    actors: rows.actors.length,
    appearances: (rows.pages as { actors: unknown[] }[]).reduce((n, p) => n + p.actors.length, 0),
    demands: rows.demands.length,
  };
}
