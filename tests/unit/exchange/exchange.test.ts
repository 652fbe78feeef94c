import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorDetail } from '../../../lib/db/queries';
import { savePage } from '../../../lib/db/save';
import { openDatabase, type WwaDatabase } from '../../../lib/db/schema';
import { exportData, exportFileName } from '../../../lib/exchange/export';
import { importText } from '../../../lib/exchange/import';
import { actor, demand, extraction, page } from '../db/fixtures';

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
