// What the board reads: every demand with its page, and the actors' names. One read-only
// transaction of three whole-table reads (getAll underneath), which in IndexedDB is much faster
// than walking cursors; grouping and filtering then happen in memory (lib/board). A large store
// takes a few hundred milliseconds to read whole, so the board first reads the latest pages
// alone (`loadRecentBoard`), shows them, and replaces them with the whole store when read.
import type { ActorInfo } from '../board/filter';
import type { Sighting } from '../board/group';
import type { ActorRow, DemandRow, PageRow, WwaDatabase } from './schema';

export interface BoardData {
  sightings: Sighting[];
  actors: Map<string, ActorInfo>;
  /** Only the latest pages were read: counts and first dates may grow. */
  partial: boolean;
}

function build(demands: DemandRow[], pages: PageRow[], actors: (ActorRow | undefined)[], partial: boolean): BoardData {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const sightings: Sighting[] = [];
  for (const d of demands) {
    const page = byId.get(d.pageId);
    if (!page) continue;
    const published = page.publishedAt ? Date.parse(page.publishedAt) : Number.NaN;
    sightings.push({
      id: d.id,
      pageId: d.pageId,
      actorKey: d.actorKey,
      targetKey: d.targetKey,
      text: d.text,
      cue: d.cue,
      sentence: d.sentence,
      date: Number.isFinite(published) ? published : page.visitedAt,
      site: page.site,
      url: page.url,
      title: page.title,
    });
  }
  const known = actors.filter((a): a is ActorRow => !!a);
  return {
    sightings,
    actors: new Map(known.map((a) => [a.key, { name: a.name, kind: a.kind, words: a.words }])),
    partial,
  };
}

export async function loadBoard(db: WwaDatabase): Promise<BoardData> {
  return db.transaction('r', [db.pages, db.actors, db.demands], async () => {
    const [demands, pages, actors] = await Promise.all([db.demands.toArray(), db.pages.toArray(), db.actors.toArray()]);
    return build(demands, pages, actors, false);
  });
}

/** Pages read first: enough for the first screenful of groups, few enough to read at once. */
export const RECENT_PAGES = 60;

/** The demands of the `limit` pages read last, through the visit index. */
export async function loadRecentBoard(db: WwaDatabase, limit = RECENT_PAGES): Promise<BoardData> {
  return db.transaction('r', [db.pages, db.actors, db.demands], async () => {
    const total = await db.pages.count();
    const pages = await db.pages.orderBy('visitedAt').reverse().limit(limit).toArray();
    const demands = await db.demands
      .where('pageId')
      .anyOf(pages.map((p) => p.id))
      .toArray();
    const keys = new Set(demands.flatMap((d) => (d.targetKey ? [d.actorKey, d.targetKey] : [d.actorKey])));
    return build(demands, pages, await db.actors.bulkGet([...keys]), total > pages.length);
  });
}
