// The reader's memory: one Dexie database in the extension origin, opened by the background
// (which writes) and the popup (which reads and imports). Rows reference actors by their
// stable key, so an actor met on two sites is one history.
import { Dexie, type EntityTable } from 'dexie';
import type { ActorKind } from '../extract/types';
import { fullestName, words } from './words';

export interface PageRow {
  id: number;
  canonicalUrl: string;
  url: string;
  title: string;
  site: string;
  publishedAt: string | null;
  visitedAt: number;
  /** The page was longer than we annotate; only its beginning was read. */
  truncated: boolean;
  /** Who the page mentions, each actor once. */
  actors: PageActor[];
  /** The keys of `actors`, in the same order: IndexedDB cannot index a field inside objects. */
  actorKeys: string[];
}

/** One actor on one page (seen when the page was: its `visitedAt`). */
export interface PageActor {
  key: string;
  /** The name the page used (its fullest form there). */
  name: string;
  count: number;
  firstOffset: number;
}

/** One actor as two readings of a page saw it: the fuller reading of each figure. */
export function bothReadings(a: PageActor, b: PageActor): PageActor {
  return {
    key: a.key,
    name: fullestName([a.name, b.name]),
    count: Math.max(a.count, b.count),
    firstOffset: Math.min(a.firstOffset, b.firstOffset),
  };
}

/** A page's actors with the keys that index them, so the two never disagree. */
export function withActors(actors: PageActor[]): Pick<PageRow, 'actors' | 'actorKeys'> {
  return { actors, actorKeys: actors.map((a) => a.key) };
}

export interface ActorRow {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Lower-cased words of the name and aliases, for prefix search from any word. */
  words: string[];
  firstSeen: number;
  lastSeen: number;
  pageCount: number;
  demandCount: number;
}

/** One actor on one page, as version 2 stored it: a row of its own (read by the upgrade, and by its test). */
export interface AppearanceRow {
  id: number;
  pageId: number;
  actorKey: string;
  name: string;
  count: number;
  firstOffset: number;
  visitedAt: number;
}

export interface DemandRow {
  id: number;
  pageId: number;
  actorKey: string;
  /** Empty string when no target is named: IndexedDB cannot index null. */
  targetKey: string;
  text: string;
  cue: string;
  sentence: string;
  /** Lower-cased words of the text, to merge the same demand seen on several pages. */
  normalized: string;
  visitedAt: number;
  /**
   * The key of the one whose words these are, when this row puts them in the history of the
   * state or body they spoke for, or of one named jointly with them. Such a row is the same
   * demand again: a page's list and its target's list show only the row without `via`.
   */
  via?: string;
}

export type WwaDatabase = Dexie & {
  pages: EntityTable<PageRow, 'id'>;
  actors: EntityTable<ActorRow, 'key'>;
  demands: EntityTable<DemandRow, 'id'>;
};

export const DB_NAME = 'who-wants-what';

export function openDatabase(name = DB_NAME): WwaDatabase {
  // Without Dexie's optimistic cache: it clones every row a transaction writes, for live queries
  // to patch in before the commit, which made importing 60,000 rows a fifth slower; our live
  // queries are small and simply run again after a write.
  const db = new Dexie(name, { cache: 'disabled' }) as WwaDatabase;
  // v1: first release. Search was by the start of the full name only.
  db.version(1).stores({
    pages: '++id, &canonicalUrl, visitedAt',
    actors: '&key, name, lastSeen, pageCount, demandCount',
    appearances: '++id, pageId, actorKey, [actorKey+visitedAt]',
    demands: '++id, pageId, actorKey, targetKey, normalized, [actorKey+visitedAt], [targetKey+visitedAt]',
  });
  // v2: search from any word of any name ("putin", "vladimir"), through a multi-entry index.
  db.version(2)
    .stores({ actors: '&key, name, lastSeen, pageCount, demandCount, *words' })
    .upgrade((tx) =>
      tx
        .table('actors')
        .toCollection()
        .modify((a: ActorRow) => {
          a.words = words(a.name, ...(a.aliases ?? []));
        }),
    );
  // v3: a page's appearances live in its row, not one row each: importing 50,000 of them as
  // rows of their own cost more than all the rest of a 5,000-page import. `*actorKeys` finds an
  // actor's pages. An actor listed twice on one page (only an undo racing a new reading made
  // that) becomes one entry, merged as import merges two readings of a page.
  db.version(3)
    .stores({ pages: '++id, &canonicalUrl, visitedAt, *actorKeys', appearances: null })
    .upgrade(async (tx) => {
      const byPage = new Map<number, PageActor[]>();
      for (const a of (await tx.table('appearances').toArray()) as AppearanceRow[]) {
        const actors = byPage.get(a.pageId) ?? [];
        const entry = { key: a.actorKey, name: a.name, count: a.count, firstOffset: a.firstOffset };
        const held = actors.findIndex((e) => e.key === entry.key);
        if (held < 0) actors.push(entry);
        else actors[held] = bothReadings(actors[held], entry);
        byPage.set(a.pageId, actors);
      }
      // a row whose page is gone has nowhere to go (only undoing a deletion after its page went
      // could leave one, and the popup offers undo for the last deletion alone)
      await tx
        .table('pages')
        .toCollection()
        .modify((p: PageRow) => {
          Object.assign(p, withActors(byPage.get(p.id) ?? []));
        });
    });
  return db;
}

let shared: WwaDatabase | null = null;

/** The database this context uses; opened lazily, so a service worker woken from sleep reopens it. */
export function database(): WwaDatabase {
  shared ??= openDatabase();
  return shared;
}
