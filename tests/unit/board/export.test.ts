import { describe, expect, test } from 'vitest';
import { boardCsv, boardMarkdown, CSV_HEADER } from '../../../lib/board/export';
import type { ActorInfo } from '../../../lib/board/filter';
import { groupDemands, type Sighting } from '../../../lib/board/group';
import { parseCsv } from '../../e2e/support/csv';

const row = (id: number, text: string, cue: string, day: number, sentence: string): Sighting => ({
  id,
  pageId: id,
  actorKey: 'org:union',
  targetKey: 'org:council',
  text,
  cue,
  sentence,
  date: Date.UTC(2026, 9, day),
  site: 'news.example',
  url: `https://news.example/${id}`,
  title: `Story, part ${id}`,
});
const sightings = [
  row(1, "raise drivers' pay by 9%", 'asked', 5, "The union asked the council to raise drivers' pay by 9%, it said."),
  row(2, 'raise pay by 9 per cent', 'demanded that', 12, 'It demanded that the council "raise pay by 9 per cent".'),
  row(3, 'end *split* shifts', 'urged', 6, 'It urged the council to end *split* shifts.'),
];
const actors = new Map<string, ActorInfo>([
  ['org:union', { name: 'Transport Workers Union', kind: 'organization', words: [] }],
  ['org:council', { name: 'Northgate Council', kind: 'organization', words: [] }],
]);

describe('board exports', () => {
  const groups = groupDemands(sightings);
  test('CSV: one row per time a demand was seen, under the merged demand', () => {
    const [header, ...rows] = parseCsv(boardCsv(groups, actors));
    expect(header).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(3);
    const col = (name: string) => rows.map((r) => r[header.indexOf(name)]);
    expect(col('wording').sort()).toEqual(sightings.map((s) => s.text).sort());
    expect(col('sentence').sort()).toEqual(sightings.map((s) => s.sentence).sort());
    expect(col('strength')).toEqual(['asks', 'demands', 'urges']);
    expect(new Set(col('demand'))).toEqual(new Set(['raise pay by 9 per cent', 'end *split* shifts']));
    expect(col('date')).toEqual(['2026-10-05', '2026-10-12', '2026-10-06']);
  });
  test('Markdown: a heading per actor and target, each demand with its course', () => {
    const md = boardMarkdown(groups, actors, Date.UTC(2026, 11, 1));
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## Transport Workers Union → Northgate Council']);
    expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(2);
    const seen = lines.filter((l) => l.startsWith('  - '));
    expect(seen).toHaveLength(3);
    expect(md).toContain('end \\*split\\* shifts');
    expect(seen[0]).toMatch(/^ {2}- 5 Oct 2026, news\.example, asks \(“asked”\): /);
  });
});
