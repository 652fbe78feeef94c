// Importing an export file: validated whole before anything is written, then merged in one
// transaction (pages by canonical URL, the newer visit wins; actors by key).

import { normalizeDemand, refreshActor } from '../db/save';
import type { AppearanceRow, DemandRow, PageRow, WwaDatabase } from '../db/schema';
import type { Actor } from '../extract/types';
import { type ExportFile, firstProblem } from './format';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ImportSummary {
  pagesAdded: number;
  pagesUpdated: number;
  actorsAdded: number;
  demandsAdded: number;
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; error: string };

/** Reads a file's text, validates it and merges it; a bad file leaves the store untouched. */
export async function importText(db: WwaDatabase, json: string): Promise<ImportResult> {
  if (json.length > MAX_IMPORT_BYTES) return { ok: false, error: 'The file is larger than 50 MB.' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `Not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const problem = firstProblem(data);
  if (problem) return { ok: false, error: `Not a Who Wants What export: ${problem}` };
  return { ok: true, summary: await merge(db, data as ExportFile) };
}

async function merge(db: WwaDatabase, file: ExportFile): Promise<ImportSummary> {
  const summary: ImportSummary = { pagesAdded: 0, pagesUpdated: 0, actorsAdded: 0, demandsAdded: 0 };
  return db.transaction('rw', [db.pages, db.actors, db.appearances, db.demands], async () => {
    const touched = new Set<string>();
    const knownBefore = new Set(
      (await db.actors.bulkGet(file.actors.map((a) => a.key))).filter((a) => !!a).map((a) => a?.key),
    );
    for (const page of file.pages) {
      const visitedAt = Date.parse(page.visitedAt);
      const local = await db.pages.where('canonicalUrl').equals(page.canonicalUrl).first();
      if (local && local.visitedAt >= visitedAt) continue;
      if (local) {
        for (const a of await db.appearances.where('pageId').equals(local.id).toArray()) touched.add(a.actorKey);
        await db.appearances.where('pageId').equals(local.id).delete();
        await db.demands.where('pageId').equals(local.id).delete();
        summary.pagesUpdated++;
      } else summary.pagesAdded++;
      const pageId = await db.pages.put({ ...(local ? { id: local.id } : {}), ...page, visitedAt } as PageRow);
      const appearances = file.appearances.filter((a) => a.page === page.id);
      await db.appearances.bulkAdd(
        appearances.map(
          (a) =>
            ({
              pageId,
              actorKey: a.actor,
              name: a.name,
              count: a.count,
              firstOffset: a.firstOffset,
              visitedAt,
            }) as AppearanceRow,
        ),
      );
      const demands = file.demands.filter((d) => d.page === page.id);
      await db.demands.bulkAdd(
        demands.map(
          (d) =>
            ({
              pageId,
              actorKey: d.actor,
              targetKey: d.target ?? '',
              text: d.text,
              cue: d.cue,
              sentence: d.sentence,
              normalized: normalizeDemand(d.text),
              visitedAt,
            }) as DemandRow,
        ),
      );
      summary.demandsAdded += demands.length;
      for (const a of appearances) touched.add(a.actor);
    }
    for (const key of touched) {
      const a = file.actors.find((x) => x.key === key);
      const seen: Actor | null = a
        ? { id: '', key, name: a.name, kind: a.kind, aliases: a.aliases, mentions: [] }
        : null;
      await refreshActor(db, key, seen, Date.now());
      if (!knownBefore.has(key) && (await db.actors.get(key))) summary.actorsAdded++;
    }
    return summary;
  });
}
