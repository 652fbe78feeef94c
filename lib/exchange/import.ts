// Importing an export file: validated whole before anything is written, then merged in one
// transaction. The merge is a union: local ids are never taken from the file; a page known on
// both sides keeps everything either side saw on it, each appearance and demand once. So the
// order of imports does not matter, and importing a file again changes nothing.

import { type ActorFacts, type Appearance, actorSummary, demandRow, refreshActor } from '../db/save';
import {
  type ActorRow,
  bothReadings,
  type DemandRow,
  type PageActor,
  type PageRow,
  type WwaDatabase,
  withActors,
} from '../db/schema';
import { fullestName } from '../db/words';
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

/** The page as both sides saw it, holding `actors` (both sides' actors, merged). */
function mergePage(local: PageRow | undefined, p: FilePage, actors: PageActor[]): PageRow | NewPage {
  const incoming: NewPage = {
    canonicalUrl: p.canonicalUrl,
    url: p.url,
    title: p.title,
    site: p.site,
    publishedAt: p.publishedAt,
    visitedAt: Date.parse(p.visitedAt),
    truncated: p.truncated,
    ...withActors(actors),
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
    ...withActors(actors),
  };
}

const sameActor = (a: PageActor, b: PageActor) =>
  a.key === b.key && a.name === b.name && a.count === b.count && a.firstOffset === b.firstOffset;

function samePage(a: PageRow, b: PageRow): boolean {
  const { actors, actorKeys: _, ...fields } = a;
  return (
    actors.length === b.actors.length &&
    actors.every((x, i) => sameActor(x, b.actors[i])) &&
    (Object.keys(fields) as (keyof typeof fields)[]).every((k) => fields[k] === b[k])
  );
}

/** One actor on one page, as the file has it: an actor listed twice on a page is one appearance. */
function fileAppearances(rows: FileAppearance[]): PageActor[] {
  const out = new Map<string, PageActor>();
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
        : { key: a.actor, name: a.name, count: a.count, firstOffset: a.firstOffset },
    );
  }
  return [...out.values()];
}

/**
 * A page's actors as both sides saw them, each once: ours where they were, the file's new ones
 * after them; `added` are those new ones.
 */
function mergeActors(held: PageActor[], file: PageActor[]): { actors: PageActor[]; added: PageActor[] } {
  const actors = new Map(held.map((a) => [a.key, a]));
  const added: PageActor[] = [];
  for (const a of file) {
    const mine = actors.get(a.key);
    // both sides read this page: the fuller reading of each figure
    if (mine) actors.set(a.key, bothReadings(mine, a));
    else {
      actors.set(a.key, a);
      added.push(a);
    }
  }
  return { actors: [...actors.values()], added };
}

const demandKey = (d: { actorKey: string; targetKey: string; normalized: string }) =>
  `${d.actorKey}|${d.targetKey}|${d.normalized}`;

/** What to write so the page holds both sides' demands, each once, dated to its visit. */
function mergeDemands(
  pageId: number,
  visitedAt: number,
  local: DemandRow[],
  file: FileDemand[],
): { put: DemandRow[]; add: Omit<DemandRow, 'id'>[] } {
  const out: { put: DemandRow[]; add: Omit<DemandRow, 'id'>[] } = { put: [], add: [] };
  // A demand stated twice on a page is kept twice; one both sides hold is kept once.
  const heldCount = new Map<string, number>();
  for (const d of local) {
    heldCount.set(demandKey(d), (heldCount.get(demandKey(d)) ?? 0) + 1);
    if (d.visitedAt !== visitedAt) out.put.push({ ...d, visitedAt });
  }
  for (const d of file) {
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
    else out.add.push(row);
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
  return db.transaction('rw', [db.pages, db.actors, db.demands], async () => {
    const touched = new Set<string>();
    // what this import added, by actor: all an actor new to the store has
    const addedAppearances = new Map<string, Appearance[]>();
    const addedDemands: Omit<DemandRow, 'id'>[] = [];
    // Looking up each of the file's addresses in the index costs a request apiece: a tenth of
    // importing 5,000 new pages. When we hold no more pages than the file lists, reading every
    // address we hold at once costs less, and only those are looked up. (A file lists a page
    // once, so a page this import adds is never looked up again.)
    const held =
      (await db.pages.count()) <= file.pages.length
        ? new Set((await db.pages.orderBy('canonicalUrl').keys()) as string[])
        : null;
    onProgress({ phase: 'merging', done: 0, total: file.pages.length });
    for (let start = 0; start < file.pages.length; start += CHUNK) {
      const chunk = file.pages.slice(start, start + CHUNK);
      const known = chunk.flatMap((p) => (!held || held.has(p.canonicalUrl) ? [p.canonicalUrl] : []));
      const locals = new Map(
        known.length
          ? (await db.pages.where('canonicalUrl').anyOf(known).toArray()).map((p) => [p.canonicalUrl, p])
          : [],
      );
      const localIds = [...locals.values()].map((p) => p.id);
      const localDemands = groupBy(await db.demands.where('pageId').anyOf(localIds).toArray(), (d) => d.pageId);

      const merged = chunk.map((p) => {
        const local = locals.get(p.canonicalUrl);
        const { actors, added } = mergeActors(local?.actors ?? [], fileAppearances(appearancesOf.get(p.id) ?? []));
        return { local, row: mergePage(local, p, actors), added };
      });
      const fresh = merged.flatMap((m) => (m.local ? [] : [m.row]));
      const freshIds = (await db.pages.bulkAdd(fresh, { allKeys: true })) as number[];
      const changed = merged.flatMap(({ local, row }) => (local && 'id' in row && !samePage(local, row) ? [row] : []));
      await db.pages.bulkPut(changed);
      const changedIds = new Set(changed.map((p) => p.id));

      const writes: { put: DemandRow[]; add: Omit<DemandRow, 'id'>[] } = { put: [], add: [] };
      let freshIndex = 0;
      chunk.forEach((p, i) => {
        const { local, row, added } = merged[i];
        const pageId = local ? local.id : freshIds[freshIndex++];
        const demands = mergeDemands(pageId, row.visitedAt, localDemands.get(pageId) ?? [], demandsOf.get(p.id) ?? []);
        for (const a of appearancesOf.get(p.id) ?? []) touched.add(a.actor);
        for (const d of demandsOf.get(p.id) ?? []) {
          touched.add(d.actor);
          if (d.target) touched.add(d.target);
        }
        if (!local) summary.pagesAdded++;
        else if (changedIds.has(pageId) || demands.add.length) summary.pagesUpdated++;
        // our rows re-dated to the newer visit change their actors' last sighting
        if (local && local.visitedAt !== row.visitedAt) for (const key of local.actorKeys) touched.add(key);
        for (const d of demands.put) {
          touched.add(d.actorKey);
          if (d.targetKey) touched.add(d.targetKey);
        }
        for (const a of added) {
          const seen = { pageId, name: a.name, visitedAt: row.visitedAt };
          const list = addedAppearances.get(a.key);
          if (list) list.push(seen);
          else addedAppearances.set(a.key, [seen]);
        }
        writes.put.push(...demands.put);
        writes.add.push(...demands.add);
      });
      await db.demands.bulkPut(writes.put);
      await db.demands.bulkAdd(writes.add);
      for (const d of writes.add) addedDemands.push(d);
      summary.demandsAdded += writes.add.length;
      onProgress({ phase: 'merging', done: start + chunk.length, total: file.pages.length });
    }

    // Each actor's summary once, at the end: one new to the store from the rows this import
    // added (they are all it has), one the store knew from all its rows there, the import's among them.
    const added = {
      demands: groupBy(addedDemands, (d) => d.actorKey),
      demandedOf: groupBy(
        addedDemands.filter((d) => d.targetKey),
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
        appearances: addedAppearances.get(key) ?? [],
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
