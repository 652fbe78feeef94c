import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorDetail, pageDetail } from '../../../lib/db/queries';
import { savePage } from '../../../lib/db/save';
import { openDatabase, type WwaDatabase } from '../../../lib/db/schema';
import { actor, extraction, page, spokenFor } from './fixtures';

let db: WwaDatabase;
beforeEach(async () => {
  db = openDatabase(`queries-${Math.random()}`);
  await savePage(db, page('one'), 'x', spokenFor(), 1000);
});
afterEach(() => db.delete());

const lines = (demands: { actorName: string | null; targetName: string | null; text: string }[]) =>
  demands.map((d) => `${d.actorName} → ${d.targetName}: ${d.text}`);

describe('a demand made for a state or jointly', () => {
  it('is listed once on its page and once under its target, as the speaker made it', async () => {
    const onPage = await pageDetail(db, 'https://news.example/one');
    expect(lines(onPage?.demands ?? [])).toEqual(['Volodymyr Zelensky → Russia: withdraw its troops']);
    const russia = await actorDetail(db, 'country:RUS');
    expect(lines(russia?.demandsOf ?? [])).toEqual(['Volodymyr Zelensky → Russia: withdraw its troops']);
  });

  it('is in the history of the state spoken for and of the one named jointly', async () => {
    for (const key of ['person:volodymyr-zelensky', 'country:UKR', 'country:POL']) {
      const detail = await actorDetail(db, key);
      expect(detail?.demands.map((d) => [d.text, d.targetName])).toEqual([['withdraw its troops', 'Russia']]);
    }
  });
});

describe("an actor's detail", () => {
  it('lists its latest pages first, and those it shares pages with by how many', async () => {
    const putin = actor('p', 'person:vladimir-putin', 'Vladimir Putin');
    const ukraine = actor('u', 'country:UKR', 'Ukraine', 'country');
    const nato = actor('n', 'org:nato', 'Nato', 'organization');
    await savePage(db, page('two'), 'x', extraction([putin, ukraine, nato]), 3000);
    await savePage(db, page('three'), 'x', extraction([nato]), 4000);
    await savePage(db, page('four'), 'x', extraction([ukraine, putin]), 2000);
    const detail = await actorDetail(db, 'country:UKR');
    expect(detail?.pages.map((p) => p.canonicalUrl)).toEqual([
      'https://news.example/two',
      'https://news.example/four',
      'https://news.example/one',
    ]);
    expect(detail?.coActors.map((c) => [c.key, c.pages])).toEqual([
      ['person:vladimir-putin', 2],
      // ties in the order they were met, from the earliest stored page
      ['person:volodymyr-zelensky', 1],
      ['country:POL', 1],
      ['country:RUS', 1],
      ['org:nato', 1],
    ]);
    expect((await actorDetail(db, 'country:UKR', 1))?.pages.map((p) => p.canonicalUrl)).toEqual([
      'https://news.example/two',
    ]);
  });

  it('lists the latest pages the same whether it is on few pages or on many more than it lists', async () => {
    const ukraine = actor('u', 'country:UKR', 'Ukraine', 'country');
    await savePage(db, page('two'), 'x', extraction([ukraine]), 3000);
    await savePage(db, page('three'), 'x', extraction([ukraine]), 5000);
    await savePage(db, page('four'), 'x', extraction([ukraine]), 5000);
    await savePage(db, page('five'), 'x', extraction([ukraine]), 2000);
    const latest = async (limit: number) =>
      (await actorDetail(db, 'country:UKR', limit))?.pages.map((p) => p.canonicalUrl.split('/').pop());
    // five pages: more than four times one, fewer than four times two
    expect(await latest(1)).toEqual(['four']);
    expect(await latest(2)).toEqual(['four', 'three']);
    expect(await latest(50)).toEqual(['four', 'three', 'two', 'five', 'one']);
  });
});
