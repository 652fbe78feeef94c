import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearAll, deleteActor, deletePage, restore } from '../../../lib/db/delete';
import { actorDetail, pageDetail } from '../../../lib/db/queries';
import { savePage } from '../../../lib/db/save';
import { openDatabase, type WwaDatabase } from '../../../lib/db/schema';
import { actor, demand, extraction, page, spokenFor } from './fixtures';

let db: WwaDatabase;
const putin = () => actor('a1', 'person:vladimir-putin', 'Vladimir Putin');
const ukraine = () => actor('a2', 'country:UKR', 'Ukraine', 'country');
const nato = () => actor('a3', 'org:nato', 'Nato', 'organization');

beforeEach(async () => {
  db = openDatabase(`delete-${Math.random()}`);
  await savePage(db, page('one'), 'x', extraction([putin(), ukraine()], [demand('a1', 'a2', 'withdraw troops')]), 1000);
  await savePage(db, page('two'), 'x', extraction([putin(), nato()], [demand('a3', 'a1', 'stop the war')]), 2000);
  await savePage(db, page('three'), 'x', extraction([nato()]), 3000);
});
afterEach(() => db.delete());

const everything = async () => ({
  pages: await db.pages.toArray(),
  actors: await db.actors.toArray(),
  demands: await db.demands.toArray(),
});

const pageId = async (path: string) =>
  (await db.pages.where('canonicalUrl').equals(`https://news.example/${path}`).first())?.id ?? -1;

describe('deleting', () => {
  it('leaves a demand made for a state on its page, held by the state, when the speaker goes', async () => {
    await savePage(db, page('four'), 'x', spokenFor('more air defence'), 4000);
    const before = await everything();
    const taken = await deleteActor(db, 'person:volodymyr-zelensky');
    const onPage = await pageDetail(db, 'https://news.example/four');
    expect(onPage?.demands.map((d) => [d.actorName, d.text])).toEqual([['Ukraine', 'more air defence']]);
    expect((await actorDetail(db, 'country:POL'))?.demands.map((d) => d.text)).toEqual(['more air defence']);
    await restore(db, taken);
    expect(await everything()).toEqual(before);
  });

  it('a page takes its annotations and the actors only it mentioned, and comes back on undo', async () => {
    const before = await everything();
    const snapshot = await deletePage(db, await pageId('one'));
    expect(await db.pages.count()).toBe(2);
    expect(await db.actors.get('country:UKR')).toBeUndefined();
    expect(await db.actors.get('person:vladimir-putin')).toMatchObject({ pageCount: 1, demandCount: 0 });
    await restore(db, snapshot);
    expect(await everything()).toEqual(before);
  });

  it('an actor takes its appearances, its demands and pages that held nothing else; demands of it lose their target', async () => {
    const before = await everything();
    const snapshot = await deleteActor(db, 'org:nato');
    expect(await db.actors.get('org:nato')).toBeUndefined();
    // page three held only Nato
    expect((await db.pages.toArray()).map((p) => p.canonicalUrl)).toEqual([
      'https://news.example/one',
      'https://news.example/two',
    ]);
    expect((await db.demands.toArray()).map((d) => d.text)).toEqual(['withdraw troops']);
    await restore(db, snapshot);
    expect(await everything()).toEqual(before);

    await deleteActor(db, 'country:UKR');
    expect(await db.demands.toArray()).toMatchObject([
      { text: 'withdraw troops', targetKey: '' },
      { text: 'stop the war', targetKey: 'person:vladimir-putin' },
    ]);
    expect(await db.actors.get('person:vladimir-putin')).toMatchObject({ pageCount: 2, demandCount: 1 });
  });

  it('everything, and undo puts back exactly what was there', async () => {
    const before = await everything();
    const snapshot = await clearAll(db);
    expect(await db.pages.count()).toBe(0);
    expect(await db.actors.count()).toBe(0);
    await restore(db, snapshot);
    expect(await everything()).toEqual(before);
  });

  it('undo keeps a page read again in the meantime as the new visit made it', async () => {
    const snapshot = await clearAll(db);
    await savePage(db, page('one'), 'x', extraction([nato()]), 5000);
    await restore(db, snapshot);
    const one = await pageId('one');
    expect((await db.pages.get(one))?.actorKeys).toEqual(['org:nato']);
    expect(await db.pages.count()).toBe(3);
  });
});

describe('undo after a new reading', () => {
  it("of an actor's deletion lists it once on a page read again since that names it", async () => {
    const snapshot = await deleteActor(db, 'org:nato');
    await savePage(db, page('two'), 'x', extraction([nato(), putin()]), 4000);
    await restore(db, snapshot);
    const two = await pageDetail(db, 'https://news.example/two');
    expect(two?.actors.map((a) => a.key).sort()).toEqual(['org:nato', 'person:vladimir-putin']);
    expect(await db.actors.get('org:nato')).toMatchObject({ pageCount: 2, lastSeen: 4000 });
  });
});
