// Writing a visited page: the page and all its annotations in one transaction, replacing what
// an earlier visit of the same page stored, and keeping each actor's counters true.
import { demandersOf } from '../extract/demanders';
import type { Actor, ActorKind, Extraction } from '../extract/types';
import type { ActorHistory, PageInfo } from '../messages';
import { type ActorRow, type DemandRow, type PageRow, type WwaDatabase, withActors } from './schema';
import { fullestName, normalizeDemand, words } from './words';

export interface SavedPage {
  pageId: number;
  /** Page-local actor id → the key it was stored under (after joining known actors). */
  keys: Map<string, string>;
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
  return db.transaction('rw', [db.pages, db.actors, db.demands], async () => {
    const previous = await db.pages.where('canonicalUrl').equals(page.canonicalUrl).first();
    const touched = new Set<string>(previous?.actorKeys);
    if (previous) {
      for (const d of await db.demands.where('pageId').equals(previous.id).toArray()) {
        touched.add(d.actorKey);
        if (d.targetKey) touched.add(d.targetKey);
      }
      await db.demands.where('pageId').equals(previous.id).delete();
    }

    const keys = new Map<string, string>();
    const newcomers = new Map<string, Actor>();
    for (const actor of extraction.actors) {
      const key = await resolveKey(db, actor);
      keys.set(actor.id, key);
      touched.add(key);
      // two names the page kept apart may be one actor in the store ("Putin" and "Vladimir Putin")
      const seen = newcomers.get(key);
      newcomers.set(
        key,
        seen
          ? {
              ...seen,
              name: fullestName([seen.name, actor.name]),
              aliases: [...seen.aliases, ...actor.aliases],
              mentions: [...seen.mentions, ...actor.mentions].sort((a, b) => a.start - b.start),
            }
          : { ...actor, key },
      );
    }
    // a new reading replaces the row, and with it the actors the last reading saw
    const pageId = await db.pages.put({
      ...(previous ? { id: previous.id } : {}),
      canonicalUrl: page.canonicalUrl,
      url: page.url,
      title: page.title,
      site: page.site,
      publishedAt: page.publishedAt,
      visitedAt: now,
      truncated: page.truncated,
      ...withActors(
        [...newcomers.values()].map((a) => ({
          key: a.key,
          name: a.name,
          count: a.mentions.length,
          firstOffset: a.mentions[0]?.start ?? 0,
        })),
      ),
    } as PageRow);
    // a demand made for a state or body, or jointly, is in each demander's history: one row each
    const keyOf = (id: string) => keys.get(id) ?? id;
    await db.demands.bulkAdd(
      extraction.demands.flatMap((d) =>
        demandersOf(d).map((by, i) =>
          demandRow({
            pageId,
            actorKey: keyOf(by),
            targetKey: (d.target && keys.get(d.target)) ?? '',
            text: d.text,
            cue: d.cue,
            sentence: text.slice(d.sentence.start, d.sentence.end),
            visitedAt: now,
            ...(i > 0 && { via: keyOf(d.actor) }),
          }),
        ),
      ),
    );
    for (const key of touched) await refreshActor(db, key, newcomers.get(key) ?? null, now, 'visit');
    return { pageId, keys };
  });
}

/** What a source says about an actor: a page just read, or an imported file. */
export interface ActorFacts {
  name: string;
  kind: ActorKind;
  aliases: string[];
  firstSeen?: number;
  lastSeen?: number;
}

/** Demands counted once however many pages repeat them: by whom they are of and their words. */
export function distinctDemands(demands: Pick<DemandRow, 'targetKey' | 'normalized'>[]): number {
  return new Set(demands.map((d) => `${d.targetKey}|${d.normalized}`)).size;
}

/**
 * Recomputes an actor's row from what the store holds about it. An actor stays while a page
 * mentions it or a demand is by or of it (an actor's own export holds those it demands things
 * of, without their pages); otherwise it goes. A page just read says what kind the actor is; an
 * import only does when its sighting is the newer one.
 */
export async function refreshActor(
  db: WwaDatabase,
  key: string,
  seen: ActorFacts | null,
  now: number,
  source: 'visit' | 'import',
): Promise<void> {
  const rows = {
    appearances: appearancesOf(key, await db.pages.where('actorKeys').equals(key).toArray()),
    demands: await db.demands.where('actorKey').equals(key).toArray(),
    demandedOf: await db.demands.where('targetKey').equals(key).toArray(),
  };
  const row = actorSummary(key, rows, (await db.actors.get(key)) ?? null, seen, now, source);
  if (row) await db.actors.put(row);
  else await db.actors.delete(key);
}

/** One actor on one page, with the page's id and visit: what an actor's summary reads. */
export interface Appearance {
  pageId: number;
  name: string;
  visitedAt: number;
}

/** Where an actor appears among some pages. */
export function appearancesOf(key: string, pages: PageRow[]): Appearance[] {
  return pages.flatMap((p) =>
    p.actors.filter((a) => a.key === key).map((a) => ({ pageId: p.id, name: a.name, visitedAt: p.visitedAt })),
  );
}

/** What the store holds about one actor: the rows its summary is computed from. */
export interface ActorRows {
  appearances: Appearance[];
  demands: Pick<DemandRow, 'targetKey' | 'normalized' | 'visitedAt'>[];
  demandedOf: Pick<DemandRow, 'visitedAt'>[];
}

/**
 * An actor's row from its rows in the store (see refreshActor); null when nothing holds it any
 * more, or nothing says what it is.
 */
export function actorSummary(
  key: string,
  { appearances, demands, demandedOf }: ActorRows,
  existing: ActorRow | null,
  seen: ActorFacts | null,
  now: number,
  source: 'visit' | 'import',
): ActorRow | null {
  if (!appearances.length && !demands.length && !demandedOf.length) return null;
  const known = existing ?? seen;
  if (!known) return null;
  const aliases = [...new Set([...(existing?.aliases ?? []), ...(seen?.aliases ?? [])])].sort();
  const name = fullestName([existing?.name, seen?.name, ...appearances.map((a) => a.name)]);
  const seenIsNewer = source === 'visit' || (seen?.lastSeen ?? 0) > (existing?.lastSeen ?? 0);
  const kind = seen && seenIsNewer ? seen.kind : known.kind;
  const times = (appearances.length ? appearances : [...demands, ...demandedOf]).map((r) => r.visitedAt);
  let first = Math.min(existing?.firstSeen ?? now, seen?.firstSeen ?? now);
  let last = -Infinity;
  // a loop, not Math.min(...times): an actor on many thousand pages must not overflow the stack
  for (const t of times) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return {
    key,
    name,
    kind,
    aliases,
    words: words(name, ...aliases),
    firstSeen: first,
    lastSeen: last,
    pageCount: new Set(appearances.map((a) => a.pageId)).size,
    demandCount: distinctDemands(demands),
  };
}

/** How many of an actor's latest demand rows the card's history looks through for distinct ones. */
const HISTORY_ROWS = 200;

/**
 * What each actor did on pages other than `excludeUrl`, for the hover card: its latest distinct
 * demands (one line for a demand repeated on many pages, with their count).
 */
export async function actorHistory(
  db: WwaDatabase,
  keys: string[],
  excludeUrl: string,
  limit = 3,
): Promise<ActorHistory[]> {
  const excluded = await db.pages.where('canonicalUrl').equals(excludeUrl).first();
  const out: ActorHistory[] = [];
  for (const key of keys) {
    const pageIds = await db.pages.where('actorKeys').equals(key).primaryKeys();
    const pageCount = pageIds.filter((id) => id !== excluded?.id).length;
    const rows = await db.demands
      .where('[actorKey+visitedAt]')
      .between([key, -Infinity], [key, Infinity])
      .reverse()
      .filter((d) => d.pageId !== excluded?.id)
      .limit(HISTORY_ROWS)
      .toArray();
    const groups = new Map<string, DemandRow[]>();
    for (const d of rows) {
      const id = `${d.targetKey}|${d.normalized}`;
      groups.set(id, [...(groups.get(id) ?? []), d]);
    }
    const recentDemands = await Promise.all(
      [...groups.values()].slice(0, limit).map(async (group) => {
        const [d] = group;
        const page = await db.pages.get(d.pageId);
        const target = d.targetKey ? await db.actors.get(d.targetKey) : undefined;
        return {
          text: d.text,
          cue: d.cue,
          targetName: target?.name ?? null,
          site: page?.site ?? '',
          visitedAt: d.visitedAt,
          url: page?.url ?? '',
          pages: new Set(group.map((g) => g.pageId)).size,
        };
      }),
    );
    out.push({ key, pageCount, recentDemands });
  }
  return out;
}
