// What the board reads: every demand with its page, and the actors' names. One read-only
// transaction of three whole-table reads (getAll underneath), which in IndexedDB is much faster
// than walking cursors; grouping and filtering then happen in memory (lib/board).
import type { ActorInfo } from '../board/filter';
import type { Sighting } from '../board/group';
import type { WwaDatabase } from './schema';

export interface BoardData {
  sightings: Sighting[];
  actors: Map<string, ActorInfo>;
}

export async function loadBoard(db: WwaDatabase): Promise<BoardData> {
  return db.transaction('r', [db.pages, db.actors, db.demands], async () => {
    const [demands, pages, actors] = await Promise.all([db.demands.toArray(), db.pages.toArray(), db.actors.toArray()]);
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
    return {
      sightings,
      actors: new Map(actors.map((a) => [a.key, { name: a.name, kind: a.kind, words: a.words }])),
    };
  });
}
