// The board exported as CSV (one row per time a demand was seen) and as Markdown (actor →
// target, each merged demand with its course), beside the JSON export of the whole store.
import { toCsv } from '../exchange/csv';
import { mdLink, mdText } from '../exchange/markdown';
import { citeDay } from './cite';
import type { ActorInfo } from './filter';
import type { Group } from './group';
import { strengthOf } from './strength';

export const CSV_HEADER = [
  'actor',
  'target',
  'demand',
  'wording',
  'verb',
  'strength',
  'date',
  'site',
  'title',
  'url',
  'sentence',
] as const;

const nameOf = (actors: ReadonlyMap<string, ActorInfo>, key: string) => (key ? (actors.get(key)?.name ?? key) : '');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function boardCsv(groups: readonly Group[], actors: ReadonlyMap<string, ActorInfo>): string {
  const rows = groups.flatMap((g) =>
    g.demands.flatMap((d) =>
      d.sightings.map((s) => [
        nameOf(actors, g.actorKey),
        nameOf(actors, g.targetKey),
        d.text,
        s.text,
        s.cue,
        strengthOf(s.cue).label,
        isoDay(s.date),
        s.site,
        s.title,
        s.url,
        s.sentence,
      ]),
    ),
  );
  return toCsv(CSV_HEADER, rows);
}

export function boardMarkdown(
  groups: readonly Group[],
  actors: ReadonlyMap<string, ActorInfo>,
  now = Date.now(),
): string {
  const lines = [`# Who demands what of whom`, '', `Exported ${citeDay(now)}.`, ''];
  for (const g of groups) {
    const target = g.targetKey ? nameOf(actors, g.targetKey) : 'no one named';
    lines.push(`## ${mdText(nameOf(actors, g.actorKey))} → ${mdText(target)}`, '');
    for (const d of g.demands) {
      const span = d.first === d.last ? citeDay(d.first) : `${citeDay(d.first)} to ${citeDay(d.last)}`;
      lines.push(`- **${mdText(d.text)}** (seen ${d.sightings.length}×, ${span}; ${d.sites.map(mdText).join(', ')})`);
      for (const s of d.sightings) {
        lines.push(
          `  - ${citeDay(s.date)}, ${mdText(s.site)}, ${mdText(strengthOf(s.cue).label)} (“${mdText(s.cue)}”): ${mdText(s.sentence)} ${mdLink(s.title || s.url, s.url)}`,
        );
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** `who-wants-what-board-2026-12-01.csv` */
export const boardFileName = (ext: 'csv' | 'md', now = new Date()) =>
  `who-wants-what-board-${now.toISOString().slice(0, 10)}.${ext}`;
