// Deleting with care: one page, one actor, or everything, each in one transaction that returns
// what it took away (every row deleted or changed, as it was), so the popup can undo it.
import { refreshActor } from './save';
import { type ActorRow, type DemandRow, type PageActor, type PageRow, type WwaDatabase, withActors } from './schema';

/** An actor taken from a page that stays, and where in the page's list it was. */
export interface Mention {
  pageId: number;
  at: number;
  actor: PageActor;
}

export interface Snapshot {
  /** Pages deleted, with their actors. */
  pages: PageRow[];
  mentions: Mention[];
  actors: ActorRow[];
  demands: DemandRow[];
}

const tables = (db: WwaDatabase) => [db.pages, db.actors, db.demands];

/** Actors a set of rows names, as demander, target or mentioned actor. */
function keysOf(mentioned: Iterable<string>, demands: DemandRow[]): Set<string> {
  const keys = new Set(mentioned);
  for (const d of demands) {
    keys.add(d.actorKey);
    if (d.targetKey) keys.add(d.targetKey);
  }
  return keys;
}

async function actorRows(db: WwaDatabase, keys: Iterable<string>): Promise<ActorRow[]> {
  return (await db.actors.bulkGet([...keys])).filter((a): a is ActorRow => !!a);
}

/** Recounts actors after a change; those nothing refers to any more go. */
async function refresh(db: WwaDatabase, keys: Iterable<string>): Promise<void> {
  for (const key of keys) await refreshActor(db, key, null, Date.now(), 'import');
}

/** Deletes a page with its appearances and demands, and the actors only it mentioned. */
export async function deletePage(db: WwaDatabase, pageId: number): Promise<Snapshot> {
  return db.transaction('rw', tables(db), async () => {
    const page = await db.pages.get(pageId);
    const demands = await db.demands.where('pageId').equals(pageId).toArray();
    const keys = keysOf(page?.actorKeys ?? [], demands);
    const actors = await actorRows(db, keys);
    await db.demands.where('pageId').equals(pageId).delete();
    await db.pages.delete(pageId);
    await refresh(db, keys);
    return { pages: page ? [page] : [], mentions: [], actors, demands };
  });
}

/**
 * Deletes an actor: where it appeared, what it demanded, and pages that held nothing else.
 * Demands others made of it stay, without a target: they are the other actors' history.
 */
export async function deleteActor(db: WwaDatabase, key: string): Promise<Snapshot> {
  return db.transaction('rw', tables(db), async () => {
    const mentioning = await db.pages.where('actorKeys').equals(key).toArray();
    const own = await db.demands.where('actorKey').equals(key).toArray();
    const ofIt = await db.demands.where('targetKey').equals(key).toArray();
    const echoes = await echoesOf(db, key, own);
    const keys = keysOf([key], [...own, ...ofIt]);
    const actors = await actorRows(db, keys);
    await db.demands.where('actorKey').equals(key).delete();
    await db.demands.bulkPut(ofIt.filter((d) => d.actorKey !== key).map((d) => ({ ...d, targetKey: '' })));
    await db.demands.bulkPut(promoted(echoes));
    const mentioned = new Set(mentioning.map((p) => p.id));
    const demandedOn = (await db.pages.bulkGet([...new Set(own.map((d) => d.pageId))])).filter(
      (p): p is PageRow => !!p && !mentioned.has(p.id),
    );
    const emptied: PageRow[] = [];
    const mentions: Mention[] = [];
    for (const page of [...mentioning, ...demandedOn]) {
      const at = page.actorKeys.indexOf(key);
      const left = page.actors.filter((a) => a.key !== key);
      if (!left.length && !(await db.demands.where('pageId').equals(page.id).count())) emptied.push(page);
      else if (at >= 0) {
        mentions.push({ pageId: page.id, at, actor: page.actors[at] });
        await db.pages.put({ ...page, ...withActors(left) });
      }
    }
    await db.pages.bulkDelete(emptied.map((p) => p.id));
    await refresh(db, keys);
    return { pages: emptied, mentions, actors, demands: [...own, ...ofIt, ...echoes] };
  });
}

/** The rows that repeat an actor's demands in the history of those it spoke for or with. */
async function echoesOf(db: WwaDatabase, key: string, own: DemandRow[]): Promise<DemandRow[]> {
  const pageIds = [...new Set(own.map((d) => d.pageId))];
  return (await db.demands.where('pageId').anyOf(pageIds).toArray()).filter((d) => d.via === key);
}

/**
 * With the one whose words they were gone, the first of the others who made each demand holds it
 * now: its row stands for the demand on the page, and the rest repeat it.
 */
function promoted(echoes: DemandRow[]): DemandRow[] {
  const holder = new Map<string, string>();
  return echoes.map((d) => {
    const demand = `${d.pageId}|${d.targetKey}|${d.normalized}`;
    const first = holder.get(demand);
    if (first === undefined) holder.set(demand, d.actorKey);
    const { via: _, ...row } = d;
    return first === undefined ? row : { ...row, via: first };
  });
}

/** Deletes everything. */
export async function clearAll(db: WwaDatabase): Promise<Snapshot> {
  return db.transaction('rw', tables(db), async () => {
    const snapshot: Snapshot = {
      pages: await db.pages.toArray(),
      mentions: [],
      actors: await db.actors.toArray(),
      demands: await db.demands.toArray(),
    };
    await Promise.all(tables(db).map((table) => table.clear()));
    return snapshot;
  });
}

/** The page with an actor taken from it back in its place. */
function withMention(page: PageRow, m: Mention): PageRow {
  const actors = [...page.actors];
  actors.splice(m.at, 0, m.actor);
  return { ...page, ...withActors(actors) };
}

/**
 * Puts back what a deletion took. A page read again since (the same address, now under another
 * id) is left as the new visit made it, with none of the old rows; an actor goes back only to
 * pages still there.
 */
export async function restore(db: WwaDatabase, snapshot: Snapshot): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const taken = new Set<number>();
    for (const page of snapshot.pages) {
      const now = await db.pages.where('canonicalUrl').equals(page.canonicalUrl).first();
      if (now && now.id !== page.id) taken.add(page.id);
    }
    await db.pages.bulkPut(snapshot.pages.filter((p) => !taken.has(p.id)));
    for (const m of snapshot.mentions) {
      const page = await db.pages.get(m.pageId);
      // a new reading of the page since that found the actor again is left as it is
      if (page && !page.actorKeys.includes(m.actor.key)) await db.pages.put(withMention(page, m));
    }
    await db.demands.bulkPut(snapshot.demands.filter((d) => !taken.has(d.pageId)));
    await db.actors.bulkPut(snapshot.actors);
    const mentioned = [...snapshot.pages.flatMap((p) => p.actorKeys), ...snapshot.mentions.map((m) => m.actor.key)];
    await refresh(db, keysOf(mentioned, snapshot.demands));
  });
}
