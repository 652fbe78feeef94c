import { describe, expect, test } from 'vitest';
import { groupDemands, type Sighting } from '../../../lib/board/group';

let nextId = 1;
function seen(
  actorKey: string,
  targetKey: string,
  text: string,
  cue: string,
  day: number,
  site = 'a.example',
): Sighting {
  const id = nextId++;
  return {
    id,
    pageId: id,
    actorKey,
    targetKey,
    text,
    cue,
    sentence: `Someone ${cue} ${text}.`,
    date: Date.UTC(2026, 9, day),
    site,
    url: `https://${site}/${id}`,
    title: `Story ${id}`,
  };
}

describe('groupDemands', () => {
  test('groups by demander and target and merges a reworded demand, its course oldest first', () => {
    const groups = groupDemands([
      seen('org:union', 'org:council', 'raise pay by 9 per cent', 'demanded that', 12, 'b.example'),
      seen('org:union', 'org:council', "raise drivers' pay by 9%", 'asked', 5),
      seen('org:union', 'org:council', 'end split shifts', 'urged', 6),
      seen('org:council', 'org:union', 'call off the strike', 'urged', 14),
      seen('org:union', '', 'raise pay by 9 per cent', 'demanded', 7),
    ]);
    expect(groups.map((g) => `${g.actorKey}>${g.targetKey}`)).toEqual([
      'org:council>org:union',
      'org:union>org:council',
      'org:union>',
    ]);
    const pay = groups[1];
    expect(pay.demands.map((d) => d.text)).toEqual(['raise pay by 9 per cent', 'end split shifts']);
    const [merged] = pay.demands;
    expect(merged.sightings.map((s) => s.cue)).toEqual(['asked', 'demanded that']);
    expect(merged).toMatchObject({
      pages: 2,
      first: Date.UTC(2026, 9, 5),
      last: Date.UTC(2026, 9, 12),
      sites: ['a.example', 'b.example'],
      strength: { level: 3, label: 'demands' },
    });
    expect(pay).toMatchObject({ sightings: 3, first: Date.UTC(2026, 9, 5), last: Date.UTC(2026, 9, 12) });
  });

  test('the same wording on many pages is one demand seen many times', () => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      seen('country:IRN', 'country:USA', 'sanctions relief', 'demands', 1 + (i % 28)),
    );
    const [group] = groupDemands(rows);
    expect(group.demands).toHaveLength(1);
    expect(group.demands[0].sightings).toHaveLength(50);
  });
});
