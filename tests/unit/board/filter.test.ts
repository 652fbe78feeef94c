import { describe, expect, test } from 'vitest';
import { type ActorInfo, filterGroups, NO_FILTER, sitesOf } from '../../../lib/board/filter';
import { groupDemands, type Sighting } from '../../../lib/board/group';

const row = (id: number, actorKey: string, targetKey: string, text: string, day: number, site: string): Sighting => ({
  id,
  pageId: id,
  actorKey,
  targetKey,
  text,
  cue: 'demanded',
  sentence: text,
  date: Date.UTC(2026, 9, day),
  site,
  url: `https://${site}/${id}`,
  title: '',
});

const groups = groupDemands([
  row(1, 'org:union', 'org:council', 'a pay rise of 9 per cent', 5, 'a.example'),
  row(2, 'org:union', 'org:council', 'a 9% pay rise', 12, 'b.example'),
  row(3, 'org:council', 'org:union', 'call off the strike', 14, 'a.example'),
  row(4, 'country:IRN', '', 'sanctions relief', 20, 'c.example'),
]);
const actors = new Map<string, ActorInfo>([
  ['org:union', { name: 'Transport Workers Union', kind: 'organization', words: ['transport', 'workers', 'union'] }],
  ['org:council', { name: 'Northgate Council', kind: 'organization', words: ['northgate', 'council'] }],
  ['country:IRN', { name: 'Iran', kind: 'country', words: ['iran'] }],
]);
const texts = (f: Partial<typeof NO_FILTER>) =>
  filterGroups(groups, actors, { ...NO_FILTER, ...f }).flatMap((g) =>
    g.demands.map((d) => `${d.text} ×${d.sightings.length}`),
  );

describe('filterGroups', () => {
  test('no filter keeps everything, as it was', () => {
    expect(filterGroups(groups, actors, NO_FILTER)).toEqual(groups);
  });
  test('a date window or a site keeps only the sightings inside it', () => {
    expect(texts({ to: Date.UTC(2026, 9, 10) })).toEqual(['a pay rise of 9 per cent ×1']);
    expect(texts({ from: Date.UTC(2026, 9, 13), site: 'a.example' })).toEqual(['call off the strike ×1']);
  });
  test('topic words look in the demand; search looks in the demand and the names', () => {
    expect(texts({ topic: 'strike' })).toEqual(['call off the strike ×1']);
    expect(texts({ topic: 'northgate' })).toEqual([]);
    expect(texts({ search: 'northgate pay' })).toEqual(['a 9% pay rise ×2']);
    expect(texts({ search: 'sanc' })).toEqual(['sanctions relief ×1']);
  });
  test('kind and actor match either end', () => {
    expect(texts({ kind: 'country' })).toEqual(['sanctions relief ×1']);
    expect(texts({ actor: 'org:council' })).toEqual(['call off the strike ×1', 'a 9% pay rise ×2']);
  });
  test('sitesOf lists each site once', () => {
    expect(sitesOf(groups)).toEqual(['a.example', 'b.example', 'c.example']);
  });
});
