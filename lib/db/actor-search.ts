// The popup's Actors list beyond names: the search also finds actors by what they demanded, and
// a date range and a site narrow the list to actors seen on those pages. Without those it is
// `listActors` as it was. Demand text is matched on the distinct normalized texts (an index's
// unique keys, fewer than the rows and read without the rows), then only the matching rows.
import { type ActorQuery, listActors } from './queries';
import type { ActorRow, WwaDatabase } from './schema';
import { words } from './words';

export interface ActorSearch extends ActorQuery {
  /** Visited from and to (ms, inclusive); null for open. */
  from?: number | null;
  to?: number | null;
  /** One site, or '' for all. */
  site?: string;
}

export interface FoundActor {
  actor: ActorRow;
  /** The demand text the search matched, when it matched a demand rather than the name. */
  demand: string | null;
}

const SORT_FIELD = { recent: 'lastSeen', pages: 'pageCount', demands: 'demandCount' } as const;

/** Page ids in the date range and site; null when neither is set. */
async function pagesInScope(db: WwaDatabase, q: ActorSearch): Promise<Set<number> | null> {
  if (q.from == null && q.to == null && !q.site) return null;
  const ids = await db.pages
    .where('visitedAt')
    .between(q.from ?? -Infinity, q.to ?? Infinity, true, true)
    .filter((p) => !q.site || p.site === q.site)
    .primaryKeys();
  return new Set(ids);
}

export async function searchActors(db: WwaDatabase, q: ActorSearch = {}): Promise<FoundActor[]> {
  const limit = q.limit ?? 100;
  const pages = await pagesInScope(db, q);
  const terms = words(q.search ?? '');
  const inScope = pages
    ? new Set(
        (
          await db.appearances
            .where('pageId')
            .anyOf([...pages])
            .toArray()
        ).map((a) => a.actorKey),
      )
    : null;
  const named = (await listActors(db, { ...q, limit: inScope ? Number.MAX_SAFE_INTEGER : limit })).filter(
    (a) => !inScope || inScope.has(a.key),
  );
  const found: FoundActor[] = named.map((actor) => ({ actor, demand: null }));
  if (terms.length) {
    const texts = (await db.demands.orderBy('normalized').uniqueKeys()) as string[];
    const matching = texts.filter((t) => {
      const ws = t.split(' ');
      return terms.every((term) => ws.some((w) => w.startsWith(term)));
    });
    const rows = matching.length ? await db.demands.where('normalized').anyOf(matching).toArray() : [];
    const demandOf = new Map<string, string>();
    for (const d of rows) {
      if (pages && !pages.has(d.pageId)) continue;
      if (!demandOf.has(d.actorKey)) demandOf.set(d.actorKey, d.text);
    }
    const have = new Set(named.map((a) => a.key));
    const extra = (await db.actors.bulkGet([...demandOf.keys()].filter((k) => !have.has(k)))).filter(
      (a): a is ActorRow => !!a && (!q.kind || q.kind === 'all' || a.kind === q.kind),
    );
    found.push(...extra.map((actor) => ({ actor, demand: demandOf.get(actor.key) ?? null })));
  }
  const field = SORT_FIELD[q.sort ?? 'recent'];
  return found.sort((a, b) => b.actor[field] - a.actor[field]).slice(0, limit);
}

/** Every site in the store, for the site filter: read only when the reader opens the filters. */
export async function storedSites(db: WwaDatabase): Promise<string[]> {
  const sites = new Set<string>();
  await db.pages.each((p) => {
    sites.add(p.site);
  });
  return [...sites].sort();
}
