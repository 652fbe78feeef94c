// Reads the extension's IndexedDB from one of its own pages (popup.html), the way a test checks
// what was stored: raw IndexedDB, one transaction, so the snapshot is consistent.
import type { Page } from 'playwright-core';

export type Table = 'pages' | 'actors' | 'appearances' | 'demands';

/** Every row of the given tables. */
export function readTables(extensionPage: Page, tables: Table[]): Promise<Record<string, unknown[]>> {
  return extensionPage.evaluate(
    (tables) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('who-wants-what');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
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
          tx.onerror = () => reject(tx.error);
        };
      }),
    tables,
  );
}

/** How many rows each table holds. */
export async function tableCounts(extensionPage: Page): Promise<Record<Table, number>> {
  const rows = await readTables(extensionPage, ['pages', 'actors', 'appearances', 'demands']);
  return {
    pages: rows.pages.length,
    actors: rows.actors.length,
    appearances: rows.appearances.length,
    demands: rows.demands.length,
  };
}
