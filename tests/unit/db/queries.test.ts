import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorDetail, pageDetail } from '../../../lib/db/queries';
import { savePage } from '../../../lib/db/save';
import { openDatabase, type WwaDatabase } from '../../../lib/db/schema';
import { page, spokenFor } from './fixtures';

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
