import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorHistory, savePage } from '../../../lib/db/save';
import { openDatabase, type WwaDatabase } from '../../../lib/db/schema';
import { actor, demand, extraction, page, spokenFor } from './fixtures';

let db: WwaDatabase;
beforeEach(() => {
  db = openDatabase(`test-${Math.random()}`);
});
afterEach(() => db.delete());

const putin = () => actor('a1', 'person:vladimir-putin', 'Vladimir Putin', 'person', 3);
const ukraine = () => actor('a2', 'country:UKR', 'Ukraine', 'country');

describe('savePage', () => {
  it('stores a page with its actors, appearances and demands', async () => {
    await savePage(
      db,
      page('one'),
      'Putin demanded.',
      extraction([putin(), ukraine()], [demand('a1', 'a2', 'withdraw troops')]),
      1000,
    );
    expect(await db.pages.count()).toBe(1);
    const row = await db.actors.get('person:vladimir-putin');
    expect(row).toMatchObject({
      name: 'Vladimir Putin',
      pageCount: 1,
      demandCount: 1,
      firstSeen: 1000,
      lastSeen: 1000,
    });
    const d = await db.demands.toArray();
    expect(d).toMatchObject([
      { actorKey: 'person:vladimir-putin', targetKey: 'country:UKR', text: 'withdraw troops', sentence: 'Putin' },
    ]);
  });

  it('replaces the annotations of a page visited again instead of duplicating them', async () => {
    await savePage(
      db,
      page('one'),
      'x',
      extraction([putin(), ukraine()], [demand('a1', 'a2', 'withdraw troops')]),
      1000,
    );
    await savePage(db, page('one'), 'x', extraction([putin()], [demand('a1', null, 'a ceasefire')]), 2000);
    expect(await db.pages.count()).toBe(1);
    expect((await db.pages.toArray()).flatMap((p) => p.actors)).toHaveLength(1);
    expect((await db.demands.toArray()).map((d) => d.text)).toEqual(['a ceasefire']);
    // Ukraine is on no page any more
    expect(await db.actors.get('country:UKR')).toBeUndefined();
    expect(await db.actors.get('person:vladimir-putin')).toMatchObject({
      pageCount: 1,
      demandCount: 1,
      lastSeen: 2000,
    });
  });

  it('counts pages and demands across pages', async () => {
    await savePage(db, page('one'), 'x', extraction([putin()], [demand('a1', null, 'a')]), 1000);
    await savePage(
      db,
      page('two', 'other.example'),
      'x',
      extraction([putin()], [demand('a1', null, 'b'), demand('a1', null, 'c')]),
      2000,
    );
    expect(await db.actors.get('person:vladimir-putin')).toMatchObject({
      pageCount: 2,
      demandCount: 3,
      firstSeen: 1000,
      lastSeen: 2000,
    });
  });

  it('puts a surname-only actor on the one known person with that surname', async () => {
    await savePage(db, page('one'), 'x', extraction([putin()]), 1000);
    const { keys } = await savePage(db, page('two'), 'x', extraction([actor('a1', 'person:putin', 'Putin')]), 2000);
    expect(keys.get('a1')).toBe('person:vladimir-putin');
    expect(await db.actors.get('person:putin')).toBeUndefined();
    expect(await db.actors.get('person:vladimir-putin')).toMatchObject({ pageCount: 2 });
  });

  it('keeps a surname-only actor apart when two known people share the surname', async () => {
    await savePage(
      db,
      page('one'),
      'x',
      extraction([actor('a1', 'person:joe-smith', 'Joe Smith'), actor('a2', 'person:ann-smith', 'Ann Smith')]),
    );
    const { keys } = await savePage(db, page('two'), 'x', extraction([actor('a1', 'person:smith', 'Smith')]));
    expect(keys.get('a1')).toBe('person:smith');
  });

  it('counts a demand repeated on several pages once', async () => {
    await savePage(
      db,
      page('one'),
      'x',
      extraction([putin(), ukraine()], [demand('a1', 'a2', 'withdraw troops')]),
      1000,
    );
    await savePage(
      db,
      page('two'),
      'x',
      extraction([putin(), ukraine()], [demand('a1', 'a2', 'Withdraw troops!')]),
      2000,
    );
    expect(await db.actors.get('person:vladimir-putin')).toMatchObject({ pageCount: 2, demandCount: 1 });
  });

  it('stores two names that join one known actor as one appearance', async () => {
    await savePage(db, page('one'), 'x', extraction([putin()]), 1000);
    await savePage(
      db,
      page('two'),
      'x',
      extraction([
        actor('a1', 'person:vladimir-putin', 'Vladimir Putin', 'person', 2),
        actor('a2', 'person:putin', 'Putin'),
      ]),
      2000,
    );
    const two = await db.pages.where('canonicalUrl').equals('https://news.example/two').first();
    expect(two?.actors).toMatchObject([{ key: 'person:vladimir-putin', name: 'Vladimir Putin', count: 3 }]);
    expect(two?.actorKeys).toEqual(['person:vladimir-putin']);
  });

  it('writes nothing when the transaction fails half way', async () => {
    const bad = extraction([putin()], [demand('a1', null, 'x')]);
    // a demand whose text is not a string makes the demands write throw inside the transaction
    (bad.demands[0] as { text: unknown }).text = undefined;
    await expect(savePage(db, page('one'), 'x', bad)).rejects.toThrow();
    expect(await db.pages.count()).toBe(0);
    expect(await db.actors.count()).toBe(0);
  });
});

describe('actorHistory', () => {
  it('reports pages and latest demands from other pages only', async () => {
    await savePage(
      db,
      page('one'),
      'x',
      extraction([putin(), ukraine()], [demand('a1', 'a2', 'withdraw troops')]),
      1000,
    );
    await savePage(db, page('two'), 'x', extraction([putin()], [demand('a1', null, 'a ceasefire')]), 2000);
    const [h] = await actorHistory(db, ['person:vladimir-putin'], 'https://news.example/two');
    expect(h).toEqual({
      key: 'person:vladimir-putin',
      pageCount: 1,
      recentDemands: [
        {
          text: 'withdraw troops',
          cue: 'demanded',
          targetName: 'Ukraine',
          site: 'news.example',
          visitedAt: 1000,
          url: 'https://news.example/one',
          pages: 1,
        },
      ],
    });
  });

  it("puts a demand made for a state, or jointly, in each demander's history", async () => {
    await savePage(db, page('one'), 'x', spokenFor(), 1000);
    const rows = await db.demands.toArray();
    // the rows for those spoken for or with name whose words they are
    expect(rows.map((d) => [d.actorKey, d.targetKey, d.text, d.via])).toEqual([
      ['person:volodymyr-zelensky', 'country:RUS', 'withdraw its troops', undefined],
      ['country:UKR', 'country:RUS', 'withdraw its troops', 'person:volodymyr-zelensky'],
      ['country:POL', 'country:RUS', 'withdraw its troops', 'person:volodymyr-zelensky'],
    ]);
    for (const key of ['person:volodymyr-zelensky', 'country:UKR', 'country:POL'])
      expect((await db.actors.get(key))?.demandCount).toBe(1);
    const [h] = await actorHistory(db, ['country:UKR'], 'https://news.example/elsewhere');
    expect(h.recentDemands.map((d) => [d.text, d.targetName])).toEqual([['withdraw its troops', 'Russia']]);
  });

  it('lists a demand repeated on several pages once, with how many pages repeat it', async () => {
    for (const [i, path] of ['one', 'two', 'three'].entries()) {
      await savePage(db, page(path), 'x', extraction([putin(), ukraine()], [demand('a1', 'a2', 'withdraw troops')]), i);
    }
    await savePage(db, page('four'), 'x', extraction([putin()], [demand('a1', null, 'a ceasefire')]), 10);
    const [h] = await actorHistory(db, ['person:vladimir-putin'], 'https://news.example/elsewhere');
    expect(h.recentDemands.map((d) => [d.text, d.pages])).toEqual([
      ['a ceasefire', 1],
      ['withdraw troops', 3],
    ]);
  });
});
