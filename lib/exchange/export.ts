// Builds the export file from the store: everything, or one actor's history.
import type { WwaDatabase } from '../db/schema';
import { type ExportFile, FORMAT, VERSION } from './format';

const iso = (ms: number) => new Date(ms).toISOString();

export async function exportData(db: WwaDatabase, actorKey?: string, now = Date.now()): Promise<ExportFile> {
  return db.transaction('r', [db.pages, db.actors, db.demands], async () => {
    const pages = actorKey ? await db.pages.where('actorKeys').equals(actorKey).toArray() : await db.pages.toArray();
    // the file lists appearances on their own, as it always has: one row per actor on a page
    const appearances = pages.flatMap((p) =>
      p.actors
        .filter((a) => !actorKey || a.key === actorKey)
        .map((a) => ({ page: p.id, actor: a.key, name: a.name, count: a.count, firstOffset: a.firstOffset })),
    );
    const demands = (
      actorKey
        ? await db.demands
            .where('pageId')
            .anyOf(pages.map((p) => p.id))
            .toArray()
        : await db.demands.toArray()
    ).filter((d) => !actorKey || d.actorKey === actorKey || d.targetKey === actorKey);
    const keys = new Set([...(actorKey ? [actorKey] : appearances.map((a) => a.actor))]);
    for (const d of demands) {
      keys.add(d.actorKey);
      if (d.targetKey) keys.add(d.targetKey);
      if (d.via) keys.add(d.via);
    }
    const actors = (await db.actors.bulkGet([...keys])).filter((a) => !!a);
    return {
      format: FORMAT,
      version: VERSION,
      exportedAt: iso(now),
      pages: pages.map((p) => ({
        id: p.id,
        canonicalUrl: p.canonicalUrl,
        url: p.url,
        title: p.title,
        site: p.site,
        publishedAt: p.publishedAt,
        visitedAt: iso(p.visitedAt),
        truncated: p.truncated,
      })),
      actors: actors.map((a) => ({
        key: a.key,
        name: a.name,
        kind: a.kind,
        aliases: a.aliases,
        firstSeen: iso(a.firstSeen),
        lastSeen: iso(a.lastSeen),
      })),
      appearances,
      demands: demands.map((d) => ({
        page: d.pageId,
        actor: d.actorKey,
        target: d.targetKey || null,
        text: d.text,
        cue: d.cue,
        sentence: d.sentence,
        ...(d.via !== undefined && { via: d.via }),
      })),
    };
  });
}

/**
 * The file's text in pieces, one row a line, for a Blob to join: a store of thousands of pages
 * is written out without building it as one string (or one pretty-printed tree) in memory.
 */
export function* exportText(file: ExportFile): Generator<string> {
  const { pages, actors, appearances, demands, ...head } = file;
  const fields = JSON.stringify(head, null, 2);
  yield `${fields.slice(0, -2)},\n`;
  const lists = { pages, actors, appearances, demands };
  const names = Object.keys(lists) as (keyof typeof lists)[];
  for (const [n, name] of names.entries()) {
    const rows = lists[name];
    yield `  "${name}": [`;
    for (let i = 0; i < rows.length; i++) yield `${i ? ',' : ''}\n    ${JSON.stringify(rows[i])}`;
    yield `${rows.length ? '\n  ' : ''}]${n < names.length - 1 ? ',' : ''}\n`;
  }
  yield '}\n';
}

/** `who-wants-what-2026-11-24.json`, or with the actor's key for a single actor's export. */
export function exportFileName(now = new Date(), actorKey?: string): string {
  const day = now.toISOString().slice(0, 10);
  const who = actorKey ? `-${actorKey.replace(/[^a-z0-9]+/gi, '-')}` : '';
  return `who-wants-what${who}-${day}.json`;
}
