import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorDetail, pageDetail } from '../../../lib/db/queries';
import { savePage } from '../../../lib/db/save';
import { openDatabase, type WwaDatabase } from '../../../lib/db/schema';
import { exportData, exportFileName, exportText } from '../../../lib/exchange/export';
import { importText } from '../../../lib/exchange/import';
import { actor, demand, extraction, page, spokenFor } from '../db/fixtures';

let source: WwaDatabase;
let target: WwaDatabase;
beforeEach(async () => {
  source = openDatabase(`src-${Math.random()}`);
  target = openDatabase(`dst-${Math.random()}`);
  const putin = actor('a1', 'person:vladimir-putin', 'Vladimir Putin');
  const ukraine = actor('a2', 'country:UKR', 'Ukraine', 'country');
  await savePage(
    source,
    page('one'),
    'x',
    extraction([putin, ukraine], [demand('a1', 'a2', 'withdraw troops')]),
    Date.UTC(2026, 2, 12),
  );
  await savePage(
    source,
    page('two'),
    'x',
    extraction([putin], [demand('a1', null, 'withdraw troops')]),
    Date.UTC(2026, 2, 14),
  );
  await savePage(source, page('three'), 'x', extraction([ukraine]), Date.UTC(2026, 2, 15));
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

const snapshot = async (db: WwaDatabase) => ({
  pages: await db.pages.count(),
  actors: await db.actors.count(),
  demands: await db.demands.count(),
});

describe('export and import', () => {
  it('writes the file in pieces that join into the export, one row a line', async () => {
    const file = await exportData(source);
    const text = [...exportText(file)].join('');
    expect(JSON.parse(text)).toEqual(file);
    // the opening and three fields, each list's opening and closing line, the closing brace, the end
    const rows = file.pages.length + file.actors.length + file.appearances.length + file.demands.length;
    expect(text.split('\n')).toHaveLength(4 + 4 * 2 + rows + 2);
    const empty = { ...file, pages: [], actors: [], appearances: [], demands: [] };
    expect(JSON.parse([...exportText(empty)].join(''))).toEqual(empty);
  });

  it('restores the same actor history in another store', async () => {
    const file = await exportData(source);
    expect(file).toMatchObject({ format: 'who-wants-what', version: 1 });
    const res = await importText(target, JSON.stringify(file));
    expect(res).toEqual({ ok: true, summary: { pagesAdded: 3, pagesUpdated: 0, actorsAdded: 2, demandsAdded: 2 } });
    const a = await actorDetail(source, 'person:vladimir-putin');
    const b = await actorDetail(target, 'person:vladimir-putin');
    expect(b?.actor).toMatchObject({ pageCount: 2, demandCount: 2 });
    expect(b?.pages.map((p) => p.canonicalUrl).sort()).toEqual(a?.pages.map((p) => p.canonicalUrl).sort());
    expect(b?.demands.map((d) => [d.text, d.pages])).toEqual(a?.demands.map((d) => [d.text, d.pages]));
  });

  it('imports the same file twice without duplicating anything', async () => {
    const json = JSON.stringify(await exportData(source));
    await importText(target, json);
    const res = await importText(target, json);
    expect(res).toEqual({ ok: true, summary: { pagesAdded: 0, pagesUpdated: 0, actorsAdded: 0, demandsAdded: 0 } });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('exports one actor with the pages and demands that concern it', async () => {
    const file = await exportData(source, 'country:UKR');
    expect(file.pages.map((p) => p.canonicalUrl).sort()).toEqual([
      'https://news.example/one',
      'https://news.example/three',
    ]);
    expect(file.demands.map((d) => d.text)).toEqual(['withdraw troops']);
    expect(exportFileName(new Date(Date.UTC(2026, 10, 24)), 'country:UKR')).toBe(
      'who-wants-what-country-UKR-2026-11-24.json',
    );
    expect(exportFileName(new Date(Date.UTC(2026, 10, 24)))).toBe('who-wants-what-2026-11-24.json');
  });

  it.each([
    ['not JSON', '{"format": ', /^Not JSON/],
    ['another format', JSON.stringify({ format: 'other', version: 1 }), /format: must be "who-wants-what"/],
    ['another version', JSON.stringify({ format: 'who-wants-what', version: 9 }), /version: must be 1/],
  ])('rejects %s with a message and changes nothing', async (_, json, message) => {
    await importText(target, JSON.stringify(await exportData(source)));
    const before = await snapshot(target);
    const res = await importText(target, json);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(message);
    expect(await snapshot(target)).toEqual(before);
  });

  it('carries a demand made for a state across, listed once on its page, in both histories', async () => {
    await savePage(source, page('four'), 'x', spokenFor('more air defence'), Date.UTC(2026, 2, 16));
    const onPage = async (db: WwaDatabase) =>
      (await pageDetail(db, 'https://news.example/four'))?.demands.map((d) => [d.actorName, d.text]);
    await importText(target, JSON.stringify(await exportData(source)));
    expect(await onPage(target)).toEqual([['Volodymyr Zelensky', 'more air defence']]);
    expect((await actorDetail(target, 'country:UKR'))?.demands.map((d) => d.text)).toContain('more air defence');
    // the state's own export holds its row without the speaker's: the page still shows the demand
    const alone = openDatabase(`alone-${Math.random()}`);
    await importText(alone, JSON.stringify(await exportData(source, 'country:UKR')));
    expect(await onPage(alone)).toEqual([['Ukraine', 'more air defence']]);
    await alone.delete();
  });

  it('rejects a demand pointing at an actor the file does not hold', async () => {
    const file = await exportData(source);
    file.demands[0].actor = 'person:nobody';
    const res = await importText(target, JSON.stringify(file));
    expect(res).toEqual({
      ok: false,
      error: 'Not a Who Wants What export: demands.0.actor: no actor with key person:nobody',
    });
    expect(await snapshot(target)).toEqual({ pages: 0, actors: 0, demands: 0 });
  });

  it('rejects a file listing the same page twice', async () => {
    const file = await exportData(source);
    file.pages.push({ ...file.pages[0], id: 99 });
    const res = await importText(target, JSON.stringify(file));
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/pages\.3\.canonicalUrl: .* is listed twice/) });
  });
});

/** What a store holds, without its local ids: what two stores must agree on after merging. */
async function contents(db: WwaDatabase) {
  const pages = await db.pages.toArray();
  const url = new Map(pages.map((p) => [p.id, p.canonicalUrl]));
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    pages: sorted(pages.map(({ id: _, actors: __, actorKeys: ___, ...p }) => p)),
    appearances: sorted(
      pages.flatMap((p) => p.actors.map((a) => [p.canonicalUrl, a.key, a.name, a.count, a.firstOffset])),
    ),
    demands: sorted((await db.demands.toArray()).map((d) => [url.get(d.pageId), d.actorKey, d.targetKey, d.text])),
    actors: sorted(await db.actors.toArray()),
  };
}

describe('merging two stores', () => {
  let mine: WwaDatabase;
  beforeEach(async () => {
    mine = openDatabase(`mine-${Math.random()}`);
    const nato = actor('a1', 'org:nato', 'Nato', 'organization');
    const putin = actor('a2', 'person:vladimir-putin', 'Vladimir Putin');
    // my own page, and page "one" read in another version than the source's
    await savePage(
      mine,
      page('mine'),
      'x',
      extraction([nato], [demand('a1', null, 'more spending')]),
      Date.UTC(2026, 2, 1),
    );
    await savePage(
      mine,
      page('one'),
      'x',
      extraction([nato, putin], [demand('a2', 'a1', 'stop expanding')]),
      Date.UTC(2026, 2, 13),
    );
  });
  afterEach(() => mine.delete());

  it('keeps my own pages and their annotations, and ends with the union of a page both sides hold', async () => {
    const before = await contents(mine);
    const res = await importText(mine, JSON.stringify(await exportData(source)));
    expect(res).toEqual({ ok: true, summary: { pagesAdded: 2, pagesUpdated: 1, actorsAdded: 1, demandsAdded: 2 } });
    const after = await contents(mine);
    // nothing I had is lost
    for (const row of before.appearances) expect(after.appearances).toContain(row);
    for (const row of before.demands) expect(after.demands).toContain(row);
    expect(after.pages).toHaveLength(4);
    const one = await mine.pages.where('canonicalUrl').equals('https://news.example/one').first();
    expect([...(one?.actorKeys ?? [])].sort()).toEqual(['country:UKR', 'org:nato', 'person:vladimir-putin']);
    expect(
      (
        await mine.demands
          .where('pageId')
          .equals(one?.id ?? -1)
          .toArray()
      )
        .map((d) => d.text)
        .sort(),
    ).toEqual(['stop expanding', 'withdraw troops']);
    // the newer visit's date, and the actor rows agree with what is stored
    expect(one?.visitedAt).toBe(Date.UTC(2026, 2, 13));
    expect(await mine.actors.get('org:nato')).toMatchObject({ pageCount: 2, demandCount: 1 });
  });

  it('changes nothing when the same file is imported again', async () => {
    const json = JSON.stringify(await exportData(source));
    await importText(mine, json);
    const once = await contents(mine);
    const res = await importText(mine, json);
    expect(res).toEqual({ ok: true, summary: { pagesAdded: 0, pagesUpdated: 0, actorsAdded: 0, demandsAdded: 0 } });
    expect(await contents(mine)).toEqual(once);
  });

  it('ends the same whichever store imports the other', async () => {
    const a = openDatabase(`a-${Math.random()}`);
    const b = openDatabase(`b-${Math.random()}`);
    try {
      const fromSource = JSON.stringify(await exportData(source));
      const fromMine = JSON.stringify(await exportData(mine));
      await importText(a, fromSource);
      await importText(a, fromMine);
      await importText(b, fromMine);
      await importText(b, fromSource);
      expect(await contents(a)).toEqual(await contents(b));
    } finally {
      await a.delete();
      await b.delete();
    }
  });

  it('completes a page an actor export held in part when the full export follows', async () => {
    const full = await exportData(source);
    const fresh = openDatabase(`fresh-${Math.random()}`);
    try {
      await importText(fresh, JSON.stringify(await exportData(source, 'country:UKR')));
      await importText(fresh, JSON.stringify(full));
      const got = await contents(fresh);
      expect(got).toEqual(await contents(source));
    } finally {
      await fresh.delete();
    }
  });

  it('merges a page we hold from a file that lists fewer pages than we hold', async () => {
    await savePage(mine, page('extra'), 'x', extraction([actor('a1', 'org:nato', 'Nato', 'organization')]), 1000);
    const res = await importText(mine, JSON.stringify(await exportData(source, 'country:UKR')));
    expect(res).toEqual({ ok: true, summary: { pagesAdded: 1, pagesUpdated: 1, actorsAdded: 1, demandsAdded: 1 } });
    const one = await mine.pages.where('canonicalUrl').equals('https://news.example/one').first();
    expect([...(one?.actorKeys ?? [])].sort()).toEqual(['country:UKR', 'org:nato', 'person:vladimir-putin']);
    expect(await mine.pages.count()).toBe(4);
  });

  it('never takes a local id from the file', async () => {
    const file = await exportData(source);
    for (const p of file.pages) p.id += 1000;
    for (const a of file.appearances) a.page += 1000;
    for (const d of file.demands) d.page += 1000;
    await importText(mine, JSON.stringify(file));
    expect((await mine.pages.toArray()).every((p) => p.id < 1000)).toBe(true);
  });
});

describe('refusing a file', () => {
  const cases: [string, (file: Awaited<ReturnType<typeof exportData>>) => void, RegExp][] = [
    ['a javascript: page address', (f) => (f.pages[0].url = 'javascript:alert(1)'), /pages\.0\.url: must be an http/],
    ['a data: canonical URL', (f) => (f.pages[1].canonicalUrl = 'data:text/html,hi'), /pages\.1\.canonicalUrl/],
    [
      '30 February',
      (f) => (f.pages[0].visitedAt = '2026-02-30T10:00:00.000Z'),
      /pages\.0\.visitedAt: must be a date that exists/,
    ],
    [
      'a visit in 2099',
      (f) => (f.pages[2].visitedAt = '2099-01-01T00:00:00.000Z'),
      /pages\.2\.visitedAt: must not be in the future/,
    ],
    ['a publication date that is not a date', (f) => (f.pages[0].publishedAt = 'last week'), /pages\.0\.publishedAt/],
    ['an actor listed twice', (f) => f.actors.push({ ...f.actors[0] }), /actors\.2\.key: .* is listed twice/],
    [
      'a person: key of kind country',
      (f) => {
        const putin = f.actors.find((a) => a.key === 'person:vladimir-putin');
        if (putin) putin.kind = 'country';
      },
      /actors\.\d\.kind: a person: key cannot name a country/,
    ],
    [
      'a key of no known kind',
      (f) => (f.actors[0].key = 'thing:x'),
      /actors\.0\.key: must start with person:, country: or org:/,
    ],
  ];
  it.each(cases)('refuses %s, naming it, and changes nothing', async (_, spoil, message) => {
    await importText(target, JSON.stringify(await exportData(source)));
    const before = await contents(target);
    const file = await exportData(source);
    spoil(file);
    const res = await importText(target, JSON.stringify(file));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(message);
    expect(await contents(target)).toEqual(before);
  });
});

describe('a file an earlier version wrote', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 2, day)).toISOString();
  const pageOf = (id: number, path: string, day: number) => ({
    id,
    canonicalUrl: `https://news.example/${path}`,
    url: `https://news.example/${path}`,
    title: `Story ${path}`,
    site: 'news.example',
    publishedAt: null,
    visitedAt: at(day),
    truncated: false,
  });
  const actorOf = (key: string, name: string, kind: string, lastSeen: number) => ({
    key,
    name,
    kind,
    aliases: [name],
    firstSeen: at(12),
    lastSeen: at(lastSeen),
  });
  const appearance = (page: number, actor: string, name: string, count: number, firstOffset: number) => ({
    page,
    actor,
    name,
    count,
    firstOffset,
  });
  // appearances in the order its rows were stored, not by page; Putin listed twice on page 1
  const file = {
    format: 'who-wants-what',
    version: 1,
    exportedAt: at(15),
    pages: [pageOf(1, 'one', 12), pageOf(2, 'two', 14)],
    actors: [
      actorOf('person:vladimir-putin', 'Vladimir Putin', 'person', 14),
      actorOf('country:UKR', 'Ukraine', 'country', 12),
    ],
    appearances: [
      appearance(2, 'person:vladimir-putin', 'Putin', 1, 30),
      appearance(1, 'person:vladimir-putin', 'Vladimir Putin', 2, 0),
      appearance(1, 'country:UKR', 'Ukraine', 3, 12),
      appearance(1, 'person:vladimir-putin', 'Putin', 1, 50),
    ],
    demands: [
      {
        page: 1,
        actor: 'person:vladimir-putin',
        target: 'country:UKR',
        text: 'withdraw troops',
        cue: 'demanded',
        sentence: 'x',
      },
    ],
  };

  it('imports as before, and exports in the same format', async () => {
    const res = await importText(target, JSON.stringify(file));
    expect(res).toEqual({ ok: true, summary: { pagesAdded: 2, pagesUpdated: 0, actorsAdded: 2, demandsAdded: 1 } });
    const one = await pageDetail(target, 'https://news.example/one');
    expect(one?.actors).toEqual([
      { key: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'person', count: 3 },
      { key: 'country:UKR', name: 'Ukraine', kind: 'country', count: 3 },
    ]);
    const putin = await actorDetail(target, 'person:vladimir-putin');
    expect(putin?.actor).toMatchObject({ pageCount: 2, demandCount: 1, lastSeen: Date.UTC(2026, 2, 14) });
    expect(putin?.pages.map((p) => p.canonicalUrl)).toEqual(['https://news.example/two', 'https://news.example/one']);
    expect(putin?.coActors).toEqual([{ key: 'country:UKR', name: 'Ukraine', kind: 'country', pages: 1 }]);

    // the same file again, but each appearance once, page by page
    expect(await exportData(target, undefined, Date.UTC(2026, 2, 15))).toEqual({
      ...file,
      appearances: [
        appearance(1, 'person:vladimir-putin', 'Vladimir Putin', 3, 0),
        appearance(1, 'country:UKR', 'Ukraine', 3, 12),
        appearance(2, 'person:vladimir-putin', 'Putin', 1, 30),
      ],
    });
  });
});

describe('progress', () => {
  it('reports checking, then merging page by page', async () => {
    const seen: string[] = [];
    await importText(target, JSON.stringify(await exportData(source)), (p) =>
      seen.push(p.phase === 'merging' ? `${p.done}/${p.total}` : p.phase),
    );
    expect(seen).toEqual(['checking', '0/3', '3/3']);
  });
});
