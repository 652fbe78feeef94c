import { beforeEach, describe, expect, test } from 'vitest';
import {
  type ActorSearch,
  actorsByDemand,
  demandTexts,
  joinFound,
  matchingTexts,
  searchActors,
  storedSites,
} from '../../../lib/db/actor-search';
import { savePage } from '../../../lib/db/save';
import { openDatabase, type WwaDatabase } from '../../../lib/db/schema';
import { actor, demand, extraction, page } from './fixtures';

let db: WwaDatabase;
const union = actor('a1', 'org:union', 'Transport Workers Union', 'organization');
const council = actor('a2', 'org:council', 'Northgate Council', 'organization');
const iran = actor('a3', 'country:IRN', 'Iran', 'country');

beforeEach(async () => {
  db = openDatabase(`search-${Math.random()}`);
  await savePage(
    db,
    page('pay'),
    'text',
    extraction([union, council], [demand('a1', 'a2', 'a 9% pay rise')]),
    Date.UTC(2026, 9, 5),
  );
  await savePage(
    db,
    page('talks', 'other.example'),
    'text',
    extraction([iran], [demand('a3', null, 'sanctions relief')]),
    Date.UTC(2026, 9, 20),
  );
});

/** What the list shows: names, then actors found by a demand. */
async function found(q: ActorSearch) {
  return joinFound(await searchActors(db, q), await actorsByDemand(db, q, await demandTexts(db)), q);
}
const keys = async (q: ActorSearch) => (await found(q)).map((f) => f.actor.key);

describe('searchActors', () => {
  test('finds actors by name as before, and by the words of what they demanded', async () => {
    expect(await keys({ search: 'northgate' })).toEqual(['org:council']);
    expect((await found({ search: 'sanctions' })).map((f) => [f.actor.key, f.demand])).toEqual([
      ['country:IRN', 'sanctions relief'],
    ]);
    expect(await keys({ search: 'pay ris' })).toEqual(['org:union']);
    expect(await keys({ search: 'pay', kind: 'country' })).toEqual([]);
  });

  test('a date range and a site keep actors seen on those pages', async () => {
    expect(await keys({ to: Date.UTC(2026, 9, 10) })).toEqual(expect.arrayContaining(['org:union', 'org:council']));
    expect(await keys({ to: Date.UTC(2026, 9, 10) })).not.toContain('country:IRN');
    expect(await keys({ site: 'other.example' })).toEqual(['country:IRN']);
    expect(await keys({ search: 'sanctions', from: Date.UTC(2026, 9, 1), to: Date.UTC(2026, 9, 10) })).toEqual([]);
  });

  test('storedSites lists each site once', async () => {
    expect(await storedSites(db)).toEqual(['news.example', 'other.example']);
  });

  test('an actor two of whose words start the search is listed once', async () => {
    await savePage(
      db,
      page('mayor'),
      'text',
      extraction([actor('a4', 'person:marin', 'Maria Marin', 'person')], []),
      Date.UTC(2026, 9, 21),
    );
    expect(await keys({ search: 'mar' })).toEqual(['person:marin']);
    expect(await keys({ search: 'mar', kind: 'organization' })).toEqual([]);
    expect(await keys({ search: 'workers un' })).toEqual(['org:union']);
    expect(await keys({ search: 'workers ir' })).toEqual([]);
  });
});

describe('matchingTexts', () => {
  const texts = [
    { text: 'a 9 pay rise', words: ['a', '9', 'pay', 'rise'] },
    { text: 'sanctions relief', words: ['sanctions', 'relief'] },
  ];

  test('keeps the texts where each term starts one of the words, whatever its case', () => {
    expect(matchingTexts(texts, 'Pay RI')).toEqual(['a 9 pay rise']);
    expect(matchingTexts(texts, 'relief pay')).toEqual([]);
    expect(matchingTexts(texts, 'lief')).toEqual([]);
  });

  test('an empty search matches nothing', () => {
    expect(matchingTexts(texts, ' ')).toEqual([]);
  });
});
