// Importing an export file: validated whole before anything is written, then merged in one
// transaction. The merge is a union: local ids are never taken from the file; a page known on
// both sides keeps everything either side saw on it, each appearance and demand once. So the
// order of imports does not matter, and importing a file again changes nothing.

import { type ActorFacts, actorSummary, demandRow, fullestName, refreshActor } from '../db/save';
import type { ActorRow, AppearanceRow, DemandRow, PageRow, WwaDatabase } from '../db/schema';
import { type ExportFile, firstProblem } from './format';
import { MAX_IMPORT_BYTES } from './limits';

export interface ImportSummary {
  pagesAdded: number;
  /** Pages we held that the file added to (more actors or demands, a newer visit). */
  pagesUpdated: number;
  actorsAdded: number;
  demandsAdded: number;
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; error: string };

/** Where a long import is: checking the file, then merging it page by page. */
export type ImportProgress = { phase: 'checking' } | { phase: 'merging'; done: number; total: number };

/** Pages merged per step: each step reports progress, so a 5,000-page file shows it moving. */
const CHUNK = 200;

/** Reads a file's text, validates it and merges it; a bad file leaves the store untouched. */
export async function importText(
  db: WwaDatabase,
  json: string,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportResult> {
  if (json.length > MAX_IMPORT_BYTES) return { ok: false, error: 'The file is larger than 50 MB.' };
  onProgress({ phase: 'checking' });
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `Not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const problem = firstProblem(data);
  if (problem) return { ok: false, error: `Not a Who Wants What export: ${problem}` };
  try {
    return { ok: true, summary: await merge(db, data as ExportFile, onProgress) };
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

type FilePage = ExportFile['pages'][number];
type FileAppearance = ExportFile['appearances'][number];
type FileDemand = ExportFile['demands'][number];
type NewPage = Omit<PageRow, 'id'>;

/**
 * The visit whose address, title and dates a merged page keeps: the newer one. Ties are broken
 * on the text itself, so two stores that import each other end with the same row.
 */
function newerVisit(a: NewPage, b: NewPage): NewPage {
  if (a.visitedAt !== b.visitedAt) return a.visitedAt > b.visitedAt ? a : b;
  return `${a.title}\n${a.url}` >= `${b.title}\n${b.url}` ? a : b;
}

function mergePage(local: PageRow | undefined, p: FilePage): PageRow | NewPage {
  const incoming: NewPage = {
    canonicalUrl: p.canonicalUrl,
    url: p.url,
    title: p.title,
    site: p.site,
    publishedAt: p.publishedAt,
    visitedAt: Date.parse(p.visitedAt),
    truncated: p.truncated,
  };
  if (!local) return incoming;
  const newer = newerVisit(local, incoming);
  return {
    ...newer,
    id: local.id,
    canonicalUrl: local.canonicalUrl,
    publishedAt: newer.publishedAt ?? local.publishedAt ?? incoming.publishedAt,
    visitedAt: Math.max(local.visitedAt, incoming.visitedAt),
    // one side read the whole page: together they hold all of it
    truncated: local.truncated && incoming.truncated,
  };
}

const samePage = (a: PageRow, b: PageRow | NewPage) =>
  (Object.keys(a) as (keyof PageRow)[]).every((k) => a[k] === (b as PageRow)[k]);

/** One actor on one page, as the file has it: an actor listed twice on a page is one appearance. */
function fileAppearances(rows: FileAppearance[]): Map<string, FileAppearance> {
  const out = new Map<string, FileAppearance>();
  for (const a of rows) {
    const seen = out.get(a.actor);
    out.set(
      a.actor,
      seen
        ? {
            ...seen,
            name: fullestName([seen.name, a.name]),
            count: seen.count + a.count,
            firstOffset: Math.min(seen.firstOffset, a.firstOffset),
          }
        : a,
    );
  }
  return out;
}

const demandKey = (d: { actorKey: string; targetKey: string; normalized: string }) =>
  `${d.actorKey}|${d.targetKey}|${d.normalized}`;

interface PageMerge {
  appearances: { put: AppearanceRow[]; add: Omit<AppearanceRow, 'id'>[] };
  demands: { put: DemandRow[]; add: Omit<DemandRow, 'id'>[] };
}

/** What to write so the page holds both sides' appearances and demands, each once. */
function mergeAnnotations(
  pageId: number,
  visitedAt: number,
  local: { appearances: AppearanceRow[]; demands: DemandRow[] },
  file: { appearances: FileAppearance[]; demands: FileDemand[] },
): PageMerge {
  const out: PageMerge = { appearances: { put: [], add: [] }, demands: { put: [], add: [] } };
  const mine = new Map(local.appearances.map((a) => [a.actorKey, a]));
  for (const a of fileAppearances(file.appearances).values()) {
    const held = mine.get(a.actor);
    if (!held) {
      out.appearances.add.push({
        pageId,
        actorKey: a.actor,
        name: a.name,
        count: a.count,
        firstOffset: a.firstOffset,
        visitedAt,
      });
      continue;
    }
    mine.delete(a.actor);
    // both sides read this page: the fuller reading of each figure
    const merged: AppearanceRow = {
      ...held,
      name: fullestName([held.name, a.name]),
      count: Math.max(held.count, a.count),
      firstOffset: Math.min(held.firstOffset, a.firstOffset),
      visitedAt,
    };
    if ((Object.keys(merged) as (keyof AppearanceRow)[]).some((k) => merged[k] !== held[k]))
      out.appearances.put.push(merged);
  }
  for (const held of mine.values()) if (held.visitedAt !== visitedAt) out.appearances.put.push({ ...held, visitedAt });

  // A demand stated twice on a page is kept twice; one both sides hold is kept once.
  const heldCount = new Map<string, number>();
  for (const d of local.demands) {
    heldCount.set(demandKey(d), (heldCount.get(demandKey(d)) ?? 0) + 1);
    if (d.visitedAt !== visitedAt) out.demands.put.push({ ...d, visitedAt });
  }
  for (const d of file.demands) {
    const row = demandRow({
      pageId,
      actorKey: d.actor,
      targetKey: d.target ?? '',
      text: d.text,
      cue: d.cue,
      sentence: d.sentence,
      visitedAt,
      ...(d.via !== undefined && { via: d.via }),
    });
    const left = heldCount.get(demandKey(row)) ?? 0;
    if (left > 0) heldCount.set(demandKey(row), left - 1);
    else out.demands.add.push(row);
  }
  return out;
}

async function merge(
  db: WwaDatabase,
  file: ExportFile,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportSummary> {
  const summary: ImportSummary = { pagesAdded: 0, pagesUpdated: 0, actorsAdded: 0, demandsAdded: 0 };
  const appearancesOf = groupBy(file.appearances, (a) => a.page);
  const demandsOf = groupBy(file.demands, (d) => d.page);
  const actorsByKey = new Map(file.actors.map((a) => [a.key, a]));
  return db.transaction('rw', [db.pages, db.actors, db.appearances, db.demands], async () => {
    const touched = new Set<string>();
    const addedRows: { appearances: Omit<AppearanceRow, 'id'>[]; demands: Omit<DemandRow, 'id'>[] } = {
      appearances: [],
      demands: [],
    };
    onProgress({ phase: 'merging', done: 0, total: file.pages.length });
    for (let start = 0; start < file.pages.length; start += CHUNK) {
      const chunk = file.pages.slice(start, start + CHUNK);
      const locals = new Map(
        (
          await db.pages
            .where('canonicalUrl')
            .anyOf(chunk.map((p) => p.canonicalUrl))
            .toArray()
        ).map((p) => [p.canonicalUrl, p]),
      );
      const localIds = [...locals.values()].map((p) => p.id);
      const localAppearances = groupBy(await db.appearances.where('pageId').anyOf(localIds).toArray(), (a) => a.pageId);
      const localDemands = groupBy(await db.demands.where('pageId').anyOf(localIds).toArray(), (d) => d.pageId);

      const merged = chunk.map((p) => mergePage(locals.get(p.canonicalUrl), p));
      const fresh = merged.filter((row): row is NewPage => !('id' in row));
      const freshIds = (await db.pages.bulkAdd(fresh, { allKeys: true })) as number[];
      const changed = merged.filter(
        (row): row is PageRow => 'id' in row && !samePage(locals.get(row.canonicalUrl) as PageRow, row),
      );
      await db.pages.bulkPut(changed);

      const writes: PageMerge = { appearances: { put: [], add: [] }, demands: { put: [], add: [] } };
      let freshIndex = 0;
      chunk.forEach((p, i) => {
        const row = merged[i];
        const local = locals.get(p.canonicalUrl);
        const pageId = local ? local.id : freshIds[freshIndex++];
        const page = mergeAnnotations(
          pageId,
          row.visitedAt,
          { appearances: localAppearances.get(pageId) ?? [], demands: localDemands.get(pageId) ?? [] },
          { appearances: appearancesOf.get(p.id) ?? [], demands: demandsOf.get(p.id) ?? [] },
        );
        for (const a of appearancesOf.get(p.id) ?? []) touched.add(a.actor);
        for (const d of demandsOf.get(p.id) ?? []) {
          touched.add(d.actor);
          if (d.target) touched.add(d.target);
        }
        if (!local) summary.pagesAdded++;
        else if (
          changed.some((c) => c.id === pageId) ||
          page.appearances.add.length ||
          page.appearances.put.length ||
          page.demands.add.length
        )
          summary.pagesUpdated++;
        // rows of ours re-dated to the newer visit change their actors' last sighting
        for (const a of page.appearances.put) touched.add(a.actorKey);
        for (const d of page.demands.put) {
          touched.add(d.actorKey);
          if (d.targetKey) touched.add(d.targetKey);
        }
        writes.appearances.put.push(...page.appearances.put);
        writes.appearances.add.push(...page.appearances.add);
        writes.demands.put.push(...page.demands.put);
        writes.demands.add.push(...page.demands.add);
      });
      await db.appearances.bulkPut(writes.appearances.put);
      await db.appearances.bulkAdd(writes.appearances.add);
      await db.demands.bulkPut(writes.demands.put);
      await db.demands.bulkAdd(writes.demands.add);
      for (const a of writes.appearances.add) addedRows.appearances.push(a);
      for (const d of writes.demands.add) addedRows.demands.push(d);
      summary.demandsAdded += writes.demands.add.length;
      onProgress({ phase: 'merging', done: start + chunk.length, total: file.pages.length });
    }

    // Each actor's summary once, at the end: one new to the store from the rows this import
    // added (they are all it has), one the store knew from all its rows there, the import's among them.
    const added = {
      appearances: groupBy(addedRows.appearances, (a) => a.actorKey),
      demands: groupBy(addedRows.demands, (d) => d.actorKey),
      demandedOf: groupBy(
        addedRows.demands.filter((d) => d.targetKey),
        (d) => d.targetKey,
      ),
    };
    const existing = new Set((await db.actors.bulkGet([...touched])).flatMap((a) => (a ? [a.key] : [])));
    const now = Date.now();
    const fresh: ActorRow[] = [];
    for (const key of touched) {
      const a = actorsByKey.get(key);
      const facts: ActorFacts | null = a
        ? {
            name: a.name,
            kind: a.kind,
            aliases: a.aliases,
            firstSeen: Date.parse(a.firstSeen),
            lastSeen: Date.parse(a.lastSeen),
          }
        : null;
      if (existing.has(key)) {
        await refreshActor(db, key, facts, now, 'import');
        continue;
      }
      const rows = {
        appearances: added.appearances.get(key) ?? [],
        demands: added.demands.get(key) ?? [],
        demandedOf: added.demandedOf.get(key) ?? [],
      };
      const row = actorSummary(key, rows, null, facts, now, 'import');
      if (row) fresh.push(row);
    }
    await db.actors.bulkAdd(fresh);
    summary.actorsAdded = fresh.length;
    return summary;
  });
}
