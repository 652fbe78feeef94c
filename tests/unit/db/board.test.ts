import { expect, test } from 'vitest';
import { loadBoard } from '../../../lib/db/board';
import { savePage } from '../../../lib/db/save';
import { openDatabase } from '../../../lib/db/schema';
import { actor, demand, extraction, page } from './fixtures';

test('the board reads every demand with its page; an article date wins over the visit', async () => {
  const db = openDatabase(`board-${Math.random()}`);
  const a = actor('a1', 'org:union', 'Transport Workers Union', 'organization');
  const b = actor('a2', 'org:council', 'Northgate Council', 'organization');
  const text = 'The union demanded a pay rise. The union demanded shorter shifts.';
  await savePage(
    db,
    { ...page('one'), publishedAt: '2026-10-05T08:00:00Z' },
    text,
    extraction([a, b], [demand('a1', 'a2', 'a pay rise')]),
    Date.UTC(2026, 10, 1),
  );
  await savePage(
    db,
    page('two', 'other.example'),
    text,
    extraction([a], [demand('a1', null, 'shorter shifts')]),
    Date.UTC(2026, 10, 2),
  );
  const { sightings, actors } = await loadBoard(db);
  expect(sightings.map((s) => [s.text, s.targetKey, s.site, new Date(s.date).toISOString()]).sort()).toEqual([
    ['a pay rise', 'org:council', 'news.example', '2026-10-05T08:00:00.000Z'],
    ['shorter shifts', '', 'other.example', '2026-11-02T00:00:00.000Z'],
  ]);
  expect(actors.get('org:council')).toMatchObject({ name: 'Northgate Council', kind: 'organization' });
  db.close();
});
