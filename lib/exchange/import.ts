// Importing an export file: validated whole before anything is written, then merged in one
// transaction (pages by canonical URL, the newer visit wins; actors by key).

import { demandRow, refreshActor } from '../db/save';
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
  try {
    return { ok: true, summary: await merge(db, data as ExportFile) };
  } catch (e) {
    // the transaction rolled back: nothing was written
    return { ok: false, error: `Import failed, nothing was changed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Groups items by a key once, instead of filtering the whole list for every page. */
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

async function merge(db: WwaDatabase, file: ExportFile): Promise<ImportSummary> {
  const summary: ImportSummary = { pagesAdded: 0, pagesUpdated: 0, actorsAdded: 0, demandsAdded: 0 };
  const appearancesOf = groupBy(file.appearances, (a) => a.page);
  const demandsOf = groupBy(file.demands, (d) => d.page);
  const actorsByKey = new Map(file.actors.map((a) => [a.key, a]));
  return db.transaction('rw', [db.pages, db.actors, db.appearances, db.demands], async () => {
    const touched = new Set<string>();
    const knownBefore = new Set((await db.actors.bulkGet([...actorsByKey.keys()])).flatMap((a) => (a ? [a.key] : [])));
    const local = new Map(
      (
        await db.pages
          .where('canonicalUrl')
          .anyOf(file.pages.map((p) => p.canonicalUrl))
          .toArray()
      ).map((p) => [p.canonicalUrl, p]),
    );
    // pages whose imported visit is newer than ours (or new to us) replace what we hold
    const incoming = file.pages.filter((p) => {
      const mine = local.get(p.canonicalUrl);
      return !mine || mine.visitedAt < Date.parse(p.visitedAt);
    });
    const replaced = incoming.flatMap((p) => {
      const mine = local.get(p.canonicalUrl);
      return mine ? [mine.id] : [];
    });
    for (const a of await db.appearances.where('pageId').anyOf(replaced).toArray()) touched.add(a.actorKey);
    await db.appearances.where('pageId').anyOf(replaced).delete();
    await db.demands.where('pageId').anyOf(replaced).delete();
    summary.pagesUpdated = replaced.length;
    summary.pagesAdded = incoming.length - replaced.length;

    const ids = await db.pages.bulkPut(
      incoming.map((p) => {
        const mine = local.get(p.canonicalUrl);
        return { ...(mine ? { id: mine.id } : {}), ...p, visitedAt: Date.parse(p.visitedAt) } as PageRow;
      }),
      { allKeys: true },
    );
    const appearances: Omit<AppearanceRow, 'id'>[] = [];
    const demands: Omit<DemandRow, 'id'>[] = [];
    incoming.forEach((p, i) => {
      const pageId = ids[i] as number;
      const visitedAt = Date.parse(p.visitedAt);
      for (const a of appearancesOf.get(p.id) ?? []) {
        touched.add(a.actor);
        appearances.push({
          pageId,
          actorKey: a.actor,
          name: a.name,
          count: a.count,
          firstOffset: a.firstOffset,
          visitedAt,
        });
      }
      for (const d of demandsOf.get(p.id) ?? []) {
        demands.push(
          demandRow({
            pageId,
            actorKey: d.actor,
            targetKey: d.target ?? '',
            text: d.text,
            cue: d.cue,
            sentence: d.sentence,
            visitedAt,
          }),
        );
      }
    });
    await db.appearances.bulkAdd(appearances);
    await db.demands.bulkAdd(demands);
    summary.demandsAdded = demands.length;

    for (const key of touched) {
      const a = actorsByKey.get(key);
      const seen: Actor | null = a
        ? { id: '', key, name: a.name, kind: a.kind, aliases: a.aliases, mentions: [] }
        : null;
      await refreshActor(db, key, seen, Date.now());
      if (!knownBefore.has(key) && (await db.actors.get(key))) summary.actorsAdded++;
    }
    return summary;
  });
}
