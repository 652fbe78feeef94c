import { describe, expect, test } from 'vitest';
import { groupDemands, type Sighting } from '../../../lib/board/group';
import { buildMap, recency } from '../../../lib/board/map';

const row = (id: number, actorKey: string, targetKey: string, text: string, day: number): Sighting => ({
  id,
  pageId: id,
  actorKey,
  targetKey,
  text,
  cue: 'urged',
  sentence: text,
  date: Date.UTC(2026, 9, day),
  site: 'a.example',
  url: 'https://a.example/',
  title: '',
});

describe('buildMap', () => {
  const groups = groupDemands([
    row(1, 'a', 'b', 'a pay rise', 1),
    row(2, 'a', 'b', 'shorter shifts', 2),
    row(3, 'b', 'a', 'call off the strike', 9),
    row(4, 'c', '', 'sanctions relief', 3),
  ]);

  test('one directed edge per demander and target, weighted by distinct demands; no edge without a target', () => {
    const map = buildMap(groups, 600);
    expect(map.edges.map((e) => [e.from, e.to, e.weight])).toEqual([
      ['a', 'b', 2],
      ['b', 'a', 1],
    ]);
    expect(map.nodes.map((n) => n.key).sort()).toEqual(['a', 'b']);
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(600);
    }
  });

  test('recency fades older edges; the lightest edges go past the limit', () => {
    const map = buildMap(groups, 600);
    expect(recency(map, map.newest)).toBe(1);
    expect(recency(map, map.oldest)).toBe(0.25);
    const capped = buildMap(groups, 600, 1);
    expect(capped.edges).toHaveLength(1);
    expect(capped.hidden).toBe(1);
  });

  test('500 actors and 10,000 demands lay out without iterating', () => {
    const many: Sighting[] = Array.from({ length: 10_000 }, (_, i) =>
      row(i, `k${i % 500}`, `k${(i * 7 + 1) % 500}`, `demand ${i % 97} about talks`, 1 + (i % 28)),
    );
    const map = buildMap(groupDemands(many), 600);
    expect(map.edges.length).toBeLessThanOrEqual(600);
    expect(map.nodes.length).toBeLessThanOrEqual(500);
  });
});
