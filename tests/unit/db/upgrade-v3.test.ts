// Version 3 moves every appearance row of version 2 into its page. A store written by version 2
// must read the same afterwards: each page's actors with their names, counts and offsets, each
// actor's pages, co-actors and counts, and an actor row recomputed from the pages must be the
// row version 2 kept.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { actorDetail, pageDetail } from '../../../lib/db/queries';
import { actorHistory, actorSummary, refreshActor } from '../../../lib/db/save';
import { type ActorRow, type AppearanceRow, type DemandRow, openDatabase } from '../../../lib/db/schema';
import { normalizeDemand } from '../../../lib/db/words';
import { exportData } from '../../../lib/exchange/export';

const url = (path: string) => `https://news.example/${path}`;
const v2Page = (id: number, path: string, visitedAt: number) => ({
  id,
  canonicalUrl: url(path),
  url: url(path),
  title: `Story ${path}`,
  site: 'news.example',
  publishedAt: null,
  visitedAt,
  truncated: false,
});

// Five pages: "quiet" holds a demand and no appearance (its actor was deleted, its demand of
// another stayed); "two" and "four" were visited at the same time.
const PAGES = [
  v2Page(1, 'one', 1000),
  v2Page(2, 'two', 3000),
  v2Page(3, 'three', 2000),
  v2Page(4, 'four', 3000),
  v2Page(5, 'quiet', 4000),
];
const ACTORS: Record<string, [string, ActorRow['kind']]> = {
  'person:vladimir-putin': ['Putin', 'person'],
  'country:UKR': ['Ukraine', 'country'],
  'org:nato': ['Nato', 'organization'],
  'country:RUS': ['Russia', 'country'],
};
const at = (pageId: number) => PAGES.find((p) => p.id === pageId)?.visitedAt ?? 0;
let nextId = 1;
const appearance = (pageId: number, actorKey: string, name: string, count: number, firstOffset: number) => ({
  id: nextId++,
  pageId,
  actorKey,
  name,
  count,
  firstOffset,
  visitedAt: at(pageId),
});
// in id order, which is each page's order of actors; page 3 got Nato from an import, after Putin
const APPEARANCES: AppearanceRow[] = [
  appearance(1, 'person:vladimir-putin', 'Vladimir Putin', 3, 0),
  appearance(1, 'country:UKR', 'Ukraine', 1, 42),
  appearance(2, 'org:nato', 'Nato', 2, 7),
  appearance(2, 'person:vladimir-putin', 'Putin', 2, 19),
  appearance(2, 'country:RUS', 'Russia', 5, 0),
  appearance(3, 'person:vladimir-putin', 'President Vladimir Putin', 1, 120),
  appearance(4, 'country:UKR', 'Ukraine', 4, 3),
  appearance(4, 'org:nato', 'Nato', 1, 88),
  appearance(3, 'org:nato', 'NATO', 1, 300),
];
let demandId = 1;
const demandOn = (pageId: number, actorKey: string, targetKey: string, text: string): DemandRow => ({
  id: demandId++,
  pageId,
  actorKey,
  targetKey,
  text,
  cue: 'demanded',
  sentence: text,
  normalized: normalizeDemand(text),
  visitedAt: at(pageId),
});
const DEMANDS = [
  demandOn(1, 'person:vladimir-putin', 'country:UKR', 'withdraw troops'),
  demandOn(2, 'org:nato', 'country:RUS', 'stop the war'),
  demandOn(4, 'country:UKR', '', 'more air defence'),
  demandOn(5, 'org:nato', 'country:RUS', 'stop the war'),
];

/** Actor rows as version 2 kept them: computed from its rows, the way it recomputed them. */
function v2Actors(): ActorRow[] {
  return Object.entries(ACTORS).flatMap(([key, [name, kind]]) => {
    const row = actorSummary(
      key,
      {
        appearances: APPEARANCES.filter((a) => a.actorKey === key),
        demands: DEMANDS.filter((d) => d.actorKey === key),
        demandedOf: DEMANDS.filter((d) => d.targetKey === key),
      },
      null,
      { name, kind, aliases: [name], firstSeen: 1000 },
      5000,
      'import',
    );
    return row ? [row] : [];
  });
}

/** A database with version 2's tables, as that version declared them. */
function v2Database(name: string): Dexie {
  const v2 = new Dexie(name);
  v2.version(2).stores({
    pages: '++id, &canonicalUrl, visitedAt',
    actors: '&key, name, lastSeen, pageCount, demandCount, *words',
    appearances: '++id, pageId, actorKey, [actorKey+visitedAt]',
    demands: '++id, pageId, actorKey, targetKey, normalized, [actorKey+visitedAt], [targetKey+visitedAt]',
  });
  return v2;
}

async function writeV2(name: string): Promise<ActorRow[]> {
  const v2 = v2Database(name);
  const actors = v2Actors();
  await v2.table('pages').bulkAdd(PAGES);
  await v2.table('actors').bulkAdd(actors);
  await v2.table('appearances').bulkAdd(APPEARANCES);
  await v2.table('demands').bulkAdd(DEMANDS);
  v2.close();
  return actors;
}

/** What version 2's reads gave, worked out from its rows. */
const before = {
  /** pageDetail's actors: by count, ties in stored order. */
  pageActors: (pageId: number, actors: ActorRow[]) =>
    APPEARANCES.filter((a) => a.pageId === pageId)
      .map((a) => {
        const row = actors.find((r) => r.key === a.actorKey);
        return { key: a.actorKey, name: row?.name ?? a.name, kind: row?.kind, count: a.count };
      })
      .sort((a, b) => b.count - a.count),
  /** actorDetail's pages: the latest first, ties by the later appearance row. */
  actorPages: (key: string) =>
    APPEARANCES.filter((a) => a.actorKey === key)
      .sort((a, b) => b.visitedAt - a.visitedAt || b.id - a.id)
      .map((a) => PAGES.find((p) => p.id === a.pageId)?.canonicalUrl),
};

let name = '';
afterEach(() => Dexie.delete(name));

describe('upgrading a version 2 store to version 3', () => {
  it('puts every appearance in its page and reads every page and actor as before', async () => {
    name = `upgrade-v3-${Math.random()}`;
    const actors = await writeV2(name);
    const db = openDatabase(name);
    await db.open();

    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['actors', 'demands', 'pages']);
    // each page's own list, in the order its rows were stored, keys beside it
    for (const p of PAGES) {
      const row = await db.pages.get(p.id);
      const mine = APPEARANCES.filter((a) => a.pageId === p.id);
      expect(row).toEqual({
        ...p,
        actors: mine.map((a) => ({ key: a.actorKey, name: a.name, count: a.count, firstOffset: a.firstOffset })),
        actorKeys: mine.map((a) => a.actorKey),
      });
      expect((await pageDetail(db, p.canonicalUrl))?.actors).toEqual(before.pageActors(p.id, actors));
    }
    expect((await db.pages.get(3))?.actorKeys).toEqual(['person:vladimir-putin', 'org:nato']);
    expect((await db.pages.get(5))?.actors).toEqual([]);

    // nothing else changed
    const byKey = (a: ActorRow, b: ActorRow) => (a.key < b.key ? -1 : 1);
    expect(await db.actors.toArray()).toEqual([...actors].sort(byKey));
    expect(await db.demands.toArray()).toEqual(DEMANDS);

    for (const key of Object.keys(ACTORS)) {
      const detail = await actorDetail(db, key);
      expect(detail?.pages.map((p) => p.canonicalUrl)).toEqual(before.actorPages(key));
      const [history] = await actorHistory(db, [key], url('one'));
      const pages = new Set(APPEARANCES.filter((a) => a.actorKey === key && a.pageId !== 1).map((a) => a.pageId));
      expect(history.pageCount).toBe(pages.size);
      // the row recomputed from the pages is the row version 2 computed from its own rows
      const kept = await db.actors.get(key);
      await refreshActor(db, key, null, 5000, 'import');
      expect(await db.actors.get(key)).toEqual(kept);
    }
    expect(await db.actors.get('person:vladimir-putin')).toMatchObject({
      name: 'President Vladimir Putin',
      pageCount: 3,
      firstSeen: 1000,
      lastSeen: 3000,
    });
    expect((await actorDetail(db, 'org:nato'))?.coActors.map((c) => [c.key, c.pages])).toEqual([
      ['person:vladimir-putin', 2],
      ['country:RUS', 1],
      ['country:UKR', 1],
    ]);

    // and the export lists the same appearances
    const file = await exportData(db);
    const listed = (rows: { page: number; actor: string; name: string; count: number; firstOffset: number }[]) =>
      rows.map((a) => `${a.page} ${a.actor} ${a.name} ${a.count} ${a.firstOffset}`).sort();
    expect(listed(file.appearances)).toEqual(
      listed(
        APPEARANCES.map((a) => ({
          page: a.pageId,
          actor: a.actorKey,
          name: a.name,
          count: a.count,
          firstOffset: a.firstOffset,
        })),
      ),
    );
    db.close();
  });

  it('makes one entry of an actor listed twice on a page, with the fuller reading of each figure', async () => {
    name = `upgrade-v3-twice-${Math.random()}`;
    const v2 = v2Database(name);
    await v2.table('pages').add(v2Page(1, 'one', 1000));
    await v2
      .table('appearances')
      .bulkAdd([
        appearance(1, 'person:vladimir-putin', 'Putin', 2, 40),
        appearance(1, 'country:UKR', 'Ukraine', 1, 10),
        appearance(1, 'person:vladimir-putin', 'Vladimir Putin', 1, 5),
      ]);
    v2.close();

    const db = openDatabase(name);
    expect((await db.pages.get(1))?.actors).toEqual([
      { key: 'person:vladimir-putin', name: 'Vladimir Putin', count: 2, firstOffset: 5 },
      { key: 'country:UKR', name: 'Ukraine', count: 1, firstOffset: 10 },
    ]);
    expect((await db.pages.get(1))?.actorKeys).toEqual(['person:vladimir-putin', 'country:UKR']);
    db.close();
  });
});
