// The popup's Actors list beyond names: the search also finds actors by what they demanded, and
// a date range and a site narrow the list to actors seen on those pages. Names come through
// `listActors` as before and show at once; demands are matched on the distinct normalized texts
// (read once, `demandTexts`, and kept by the caller), then only the matching rows are read, and
// their actors join the list a moment later.
import { type ActorQuery, listActors } from './queries';
import type { ActorRow, PageRow, WwaDatabase } from './schema';
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

/** Pages in the date range and site; null when neither is set. */
async function pagesInScope(db: WwaDatabase, q: ActorSearch): Promise<PageRow[] | null> {
  if (q.from == null && q.to == null && !q.site) return null;
  return db.pages
    .where('visitedAt')
    .between(q.from ?? -Infinity, q.to ?? Infinity, true, true)
    .filter((p) => !q.site || p.site === q.site)
    .toArray();
}

/** Actors by name (every actor without a search), kept to those seen on pages in scope. */
export async function searchActors(db: WwaDatabase, q: ActorSearch = {}): Promise<ActorRow[]> {
  const pages = await pagesInScope(db, q);
  if (!pages) return listActors(db, q);
  const inScope = new Set(pages.flatMap((p) => p.actorKeys));
  const named = await listActors(db, { ...q, limit: Number.POSITIVE_INFINITY });
  return named.filter((a) => inScope.has(a.key)).slice(0, q.limit ?? 100);
}

/** A distinct demand text (normalized) with its words, split once rather than at each keystroke. */
export interface DemandText {
  text: string;
  words: string[];
}

/** Every distinct demand text, straight from the index's keys. */
export async function demandTexts(db: WwaDatabase): Promise<DemandText[]> {
  const texts = (await db.demands.orderBy('normalized').uniqueKeys()) as string[];
  return texts.map((text) => ({ text, words: text.split(' ') }));
}

/** The texts whose words the search's terms each start. */
export function matchingTexts(texts: readonly DemandText[], search: string): string[] {
  const terms = words(search);
  if (!terms.length) return [];
  return texts.filter((t) => terms.every((term) => t.words.some((w) => w.startsWith(term)))).map((t) => t.text);
}

/** Actors who demanded something whose words the search starts, each with that demand's text. */
export async function actorsByDemand(
  db: WwaDatabase,
  q: ActorSearch,
  texts: readonly DemandText[],
): Promise<FoundActor[]> {
  const matching = matchingTexts(texts, q.search ?? '');
  if (!matching.length) return [];
  const scope = await pagesInScope(db, q);
  const pages = scope && new Set(scope.map((p) => p.id));
  const demandOf = new Map<string, string>();
  for (const d of await db.demands.where('normalized').anyOf(matching).toArray()) {
    if (pages && !pages.has(d.pageId)) continue;
    if (!demandOf.has(d.actorKey)) demandOf.set(d.actorKey, d.text);
  }
  const rows = (await db.actors.bulkGet([...demandOf.keys()])).filter(
    (a): a is ActorRow => !!a && (!q.kind || q.kind === 'all' || a.kind === q.kind),
  );
  return rows.map((actor) => ({ actor, demand: demandOf.get(actor.key) ?? null }));
}

/** Names first, then actors found only by a demand; sorted as asked, cut to the limit. */
export function joinFound(named: readonly ActorRow[], byDemand: readonly FoundActor[], q: ActorSearch): FoundActor[] {
  const have = new Set(named.map((a) => a.key));
  const found = [...named.map((actor) => ({ actor, demand: null })), ...byDemand.filter((f) => !have.has(f.actor.key))];
  const field = SORT_FIELD[q.sort ?? 'recent'];
  return found.sort((a, b) => b.actor[field] - a.actor[field]).slice(0, q.limit ?? 100);
}

/** Every site in the store, for the site filter: read only when the reader opens the filters. */
export async function storedSites(db: WwaDatabase): Promise<string[]> {
  const sites = new Set<string>();
  await db.pages.each((p) => {
    sites.add(p.site);
  });
  return [...sites].sort();
}
