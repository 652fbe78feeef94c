// Reads for the popup. Each goes through an index and a limit, so they stay fast with
// thousands of pages: the popup renders the first screenful, not the whole store.
import type { ActorKind } from '../extract/types';
import type { ActorRow, DemandRow, PageRow, WwaDatabase } from './schema';
import { words } from './words';

export type ActorSort = 'recent' | 'pages' | 'demands';

const SORT_INDEX: Record<ActorSort, 'lastSeen' | 'pageCount' | 'demandCount'> = {
  recent: 'lastSeen',
  pages: 'pageCount',
  demands: 'demandCount',
};

export interface ActorQuery {
  search?: string;
  kind?: ActorKind | 'all';
  sort?: ActorSort;
  limit?: number;
}

export async function listActors(db: WwaDatabase, q: ActorQuery = {}): Promise<ActorRow[]> {
  const limit = q.limit ?? 100;
  const sort = SORT_INDEX[q.sort ?? 'recent'];
  const kind = q.kind && q.kind !== 'all' ? q.kind : null;
  const terms = words(q.search ?? '');
  if (!terms.length) {
    const sorted = db.actors.orderBy(sort).reverse();
    // a filter makes Dexie run a JavaScript callback per row: only when there is one to apply
    const rows = kind ? sorted.filter((a) => a.kind === kind) : sorted;
    // IndexedDB counts rows in 32 bits: "all of them" is no limit, not a huge one
    return (Number.isFinite(limit) ? rows.limit(limit) : rows).toArray();
  }
  // the longest term narrows through the index; the others filter what it found
  const [first, ...rest] = [...terms].sort((a, b) => b.length - a.length);
  // One getAll over the range, deduplicated and filtered here: Dexie's distinct() and filter()
  // walk a cursor instead, one event per row, which made a keystroke wait on dozens of them.
  const seen = new Set<string>();
  const found: ActorRow[] = [];
  for (const a of await db.actors.where('words').startsWith(first).toArray()) {
    if (seen.has(a.key)) continue;
    seen.add(a.key);
    if ((kind && a.kind !== kind) || !rest.every((t) => a.words.some((w) => w.startsWith(t)))) continue;
    found.push(a);
    if (found.length >= limit * 2) break;
  }
  return found.sort((a, b) => b[sort] - a[sort]).slice(0, limit);
}

export interface MergedDemand {
  text: string;
  targetKey: string;
  targetName: string | null;
  actorKey: string;
  actorName: string | null;
  cue: string;
  /** The sentence it was seen in last, to find it again in its page. */
  sentence: string;
  pages: number;
  firstSeen: number;
  lastSeen: number;
  /** The page where it was seen last, to open. */
  url: string;
}

export interface ActorDetail {
  actor: ActorRow;
  pages: PageRow[];
  demands: MergedDemand[];
  demandsOf: MergedDemand[];
  coActors: { key: string; name: string; kind: ActorKind; pages: number }[];
}

/**
 * Each demand once: without the rows that repeat it in the history of those it was made for or
 * with, where the row of the one who made it is there too (an actor's own export may lack it).
 */
function once(rows: DemandRow[]): DemandRow[] {
  const id = (d: DemandRow, by: string) => `${d.pageId}|${by}|${d.targetKey}|${d.normalized}`;
  const made = new Set(rows.map((d) => id(d, d.actorKey)));
  return rows.filter((d) => d.via === undefined || !made.has(id(d, d.via)));
}

/** The same demand on several pages is one line: "… — 4 pages since 12 March". */
async function merge(db: WwaDatabase, rows: DemandRow[]): Promise<MergedDemand[]> {
  const groups = new Map<string, DemandRow[]>();
  for (const d of rows) {
    const id = `${d.actorKey}|${d.targetKey}|${d.normalized}`;
    groups.set(id, [...(groups.get(id) ?? []), d]);
  }
  const names = new Map<string, string | null>();
  const nameOf = async (key: string) => {
    if (!key) return null;
    if (!names.has(key)) names.set(key, (await db.actors.get(key))?.name ?? null);
    return names.get(key) ?? null;
  };
  const out: MergedDemand[] = [];
  for (const group of groups.values()) {
    const latest = group.reduce((a, b) => (b.visitedAt > a.visitedAt ? b : a));
    const page = await db.pages.get(latest.pageId);
    out.push({
      text: latest.text,
      targetKey: latest.targetKey,
      targetName: await nameOf(latest.targetKey),
      actorKey: latest.actorKey,
      actorName: await nameOf(latest.actorKey),
      cue: latest.cue,
      sentence: latest.sentence,
      pages: new Set(group.map((d) => d.pageId)).size,
      firstSeen: Math.min(...group.map((d) => d.visitedAt)),
      lastSeen: latest.visitedAt,
      url: page?.url ?? '',
    });
  }
  return out.sort((a, b) => b.lastSeen - a.lastSeen);
}

/**
 * An actor's latest pages, the latest first (ties: the later stored). No index orders an actor's
 * pages by visit (a multi-entry index cannot be compound). An actor on few pages has them all
 * read and sorted. For one on all of 5,000 pages, reading every row took 80–180 ms in Chromium
 * (its appearance rows, 40–90 ms), and the keys of both indexes 25–35 ms: so its page ids are
 * taken in the order of the visit index's keys, and only `limit` rows are read.
 */
async function latestPages(db: WwaDatabase, key: string, limit: number): Promise<PageRow[]> {
  let ids = await db.pages.where('actorKeys').equals(key).primaryKeys();
  if (ids.length > limit * 4) {
    const mine = new Set(ids);
    const byVisit = await db.pages.orderBy('visitedAt').primaryKeys();
    ids = [];
    for (let i = byVisit.length - 1; i >= 0 && ids.length < limit; i--) if (mine.has(byVisit[i])) ids.push(byVisit[i]);
  }
  const pages = (await db.pages.bulkGet(ids)).filter((p): p is PageRow => !!p);
  return pages.sort((a, b) => b.visitedAt - a.visitedAt || b.id - a.id).slice(0, limit);
}

export async function actorDetail(db: WwaDatabase, key: string, limit = 50): Promise<ActorDetail | null> {
  const actor = await db.actors.get(key);
  if (!actor) return null;
  const pages = await latestPages(db, key, limit);
  const byDemander = await db.demands
    .where('[actorKey+visitedAt]')
    .between([key, -Infinity], [key, Infinity])
    .reverse()
    .limit(limit * 4)
    .toArray();
  const byTarget = await db.demands
    .where('[targetKey+visitedAt]')
    .between([key, -Infinity], [key, Infinity])
    .reverse()
    .limit(limit * 4)
    .toArray();
  // actors met on the same pages, by how many pages they share (ties: first met on the earliest stored)
  const shared = new Map<string, number>();
  for (const page of [...pages].sort((a, b) => a.id - b.id)) {
    for (const other of page.actorKeys) if (other !== key) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const top = [...shared.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const rows = await db.actors.bulkGet(top.map(([k]) => k));
  const coActors = top.flatMap(([k, n], i) => {
    const row = rows[i];
    return row ? [{ key: k, name: row.name, kind: row.kind, pages: n }] : [];
  });
  return {
    actor,
    pages,
    demands: await merge(db, byDemander),
    demandsOf: await merge(db, once(byTarget)),
    coActors,
  };
}

export interface PageDetail {
  page: PageRow;
  actors: { key: string; name: string; kind: ActorKind; count: number }[];
  demands: MergedDemand[];
}

export async function pageDetail(db: WwaDatabase, canonicalUrl: string): Promise<PageDetail | null> {
  const page = await db.pages.where('canonicalUrl').equals(canonicalUrl).first();
  if (!page) return null;
  const rows = await db.actors.bulkGet(page.actorKeys);
  const actors = page.actors
    .map((a, i) => ({
      key: a.key,
      name: rows[i]?.name ?? a.name,
      kind: rows[i]?.kind ?? 'organization',
      count: a.count,
    }))
    .sort((a, b) => b.count - a.count);
  const demands = await merge(db, once(await db.demands.where('pageId').equals(page.id).toArray()));
  return { page, actors, demands };
}
