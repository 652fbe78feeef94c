// Writing a visited page: the page and all its annotations in one transaction, replacing what
// an earlier visit of the same page stored, and keeping each actor's counters true.
import type { Actor, Extraction } from '../extract/types';
import type { ActorHistory, PageInfo } from '../messages';
import { type ActorRow, type DemandRow, type PageRow, type WwaDatabase, words } from './schema';

export interface SavedPage {
  pageId: number;
  /** Page-local actor id → the key it was stored under (after joining known actors). */
  keys: Map<string, string>;
}

/** Words of a demand, for telling the same demand apart from another on a different page. */
export function normalizeDemand(text: string): string {
  return words(text).join(' ');
}

/** A demand row as stored; its merge form is derived here, for saves and imports alike. */
export function demandRow(d: Omit<DemandRow, 'id' | 'normalized'>): Omit<DemandRow, 'id'> {
  return { ...d, normalized: normalizeDemand(d.text) };
}

/**
 * A page that only ever says "Putin" gives the key `person:putin`; when the store knows exactly
 * one person whose key ends in "-putin", that is who the page means.
 */
async function resolveKey(db: WwaDatabase, actor: Actor): Promise<string> {
  if (actor.kind !== 'person' || actor.key.slice('person:'.length).includes('-')) return actor.key;
  if (await db.actors.get(actor.key)) return actor.key;
  const surname = actor.key.slice('person:'.length);
  const known = await db.actors
    .where('words')
    .equals(surname)
    .filter((a) => a.kind === 'person' && a.key.endsWith(`-${surname}`))
    .toArray();
  return known.length === 1 ? known[0].key : actor.key;
}

export async function savePage(
  db: WwaDatabase,
  page: PageInfo & { truncated: boolean },
  text: string,
  extraction: Extraction,
  now = Date.now(),
): Promise<SavedPage> {
  return db.transaction('rw', [db.pages, db.actors, db.appearances, db.demands], async () => {
    const previous = await db.pages.where('canonicalUrl').equals(page.canonicalUrl).first();
    const touched = new Set<string>();
    if (previous) {
      for (const a of await db.appearances.where('pageId').equals(previous.id).toArray()) touched.add(a.actorKey);
      await db.appearances.where('pageId').equals(previous.id).delete();
      await db.demands.where('pageId').equals(previous.id).delete();
    }
    const pageId = await db.pages.put({
      ...(previous ? { id: previous.id } : {}),
      canonicalUrl: page.canonicalUrl,
      url: page.url,
      title: page.title,
      site: page.site,
      publishedAt: page.publishedAt,
      visitedAt: now,
      truncated: page.truncated,
    } as PageRow);

    const keys = new Map<string, string>();
    const newcomers: Actor[] = [];
    for (const actor of extraction.actors) {
      const key = await resolveKey(db, actor);
      keys.set(actor.id, key);
      touched.add(key);
      newcomers.push({ ...actor, key });
    }
    await db.appearances.bulkAdd(
      newcomers.map((a) => ({
        pageId,
        actorKey: a.key,
        name: a.name,
        count: a.mentions.length,
        firstOffset: a.mentions[0]?.start ?? 0,
        visitedAt: now,
      })),
    );
    await db.demands.bulkAdd(
      extraction.demands.map((d) =>
        demandRow({
          pageId,
          actorKey: keys.get(d.actor) ?? d.actor,
          targetKey: (d.target && keys.get(d.target)) ?? '',
          text: d.text,
          cue: d.cue,
          sentence: text.slice(d.sentence.start, d.sentence.end),
          visitedAt: now,
        }),
      ),
    );
    for (const key of touched) await refreshActor(db, key, newcomers.find((a) => a.key === key) ?? null, now);
    return { pageId, keys };
  });
}

/** Recomputes an actor's counters from its rows; removes it when no page mentions it any more. */
export async function refreshActor(db: WwaDatabase, key: string, seen: Actor | null, now: number): Promise<void> {
  const appearances = await db.appearances.where('actorKey').equals(key).toArray();
  if (!appearances.length) {
    await db.actors.delete(key);
    return;
  }
  const existing = await db.actors.get(key);
  const aliases = [...new Set([...(existing?.aliases ?? []), ...(seen?.aliases ?? [])])];
  // the fullest name any page used
  const name = [existing?.name, seen?.name, ...appearances.map((a) => a.name)]
    .filter((n): n is string => !!n)
    .sort((a, b) => b.length - a.length)[0];
  const row: ActorRow = {
    key,
    name,
    kind: seen?.kind ?? existing?.kind ?? 'organization',
    aliases,
    words: words(name, ...aliases),
    firstSeen: Math.min(existing?.firstSeen ?? now, ...appearances.map((a) => a.visitedAt)),
    lastSeen: Math.max(...appearances.map((a) => a.visitedAt)),
    pageCount: new Set(appearances.map((a) => a.pageId)).size,
    demandCount: await db.demands.where('actorKey').equals(key).count(),
  };
  await db.actors.put(row);
}

/** What each actor did on pages other than `excludeUrl`: for the hover card. */
export async function actorHistory(
  db: WwaDatabase,
  keys: string[],
  excludeUrl: string,
  limit = 3,
): Promise<ActorHistory[]> {
  const excluded = await db.pages.where('canonicalUrl').equals(excludeUrl).first();
  const out: ActorHistory[] = [];
  for (const key of keys) {
    const appearances = await db.appearances.where('actorKey').equals(key).toArray();
    const pageCount = new Set(appearances.map((a) => a.pageId).filter((id) => id !== excluded?.id)).size;
    const demands = await db.demands
      .where('[actorKey+visitedAt]')
      .between([key, -Infinity], [key, Infinity])
      .reverse()
      .filter((d) => d.pageId !== excluded?.id)
      .limit(limit)
      .toArray();
    const recentDemands = await Promise.all(
      demands.map(async (d) => {
        const page = await db.pages.get(d.pageId);
        const target = d.targetKey ? await db.actors.get(d.targetKey) : undefined;
        return {
          text: d.text,
          targetName: target?.name ?? null,
          site: page?.site ?? '',
          visitedAt: d.visitedAt,
          url: page?.url ?? '',
        };
      }),
    );
    out.push({ key, pageCount, recentDemands });
  }
  return out;
}
