// The board's filters, applied to groups already merged: a filter change only walks the
// sightings and never merges again, so it stays fast on a large store.
import { words } from '../db/words';
import type { ActorKind } from '../extract/types';
import { type Group, groupOf, type MergedDemand, mergedOf } from './group';

export interface ActorInfo {
  name: string;
  kind: ActorKind;
  /** Lower-cased words of its name and aliases. */
  words: string[];
}

export interface BoardFilter {
  /** Earliest and latest day shown, as ms; null for open. */
  from: number | null;
  to: number | null;
  /** One site, or '' for all. */
  site: string;
  /** Either end of the demand is of this kind. */
  kind: ActorKind | 'all';
  /** Words the demanded text must hold (each as the start of one of its words). */
  topic: string;
  /** Words found in the demand's text or in either actor's names. */
  search: string;
  /** One actor, at either end; '' for all. */
  actor: string;
}

export const NO_FILTER: BoardFilter = { from: null, to: null, site: '', kind: 'all', topic: '', search: '', actor: '' };

const hasAll = (terms: string[], pool: readonly string[]) => terms.every((t) => pool.some((w) => w.startsWith(t)));

export function filterGroups(
  groups: readonly Group[],
  actors: ReadonlyMap<string, ActorInfo>,
  f: BoardFilter,
): Group[] {
  const topic = words(f.topic);
  const search = words(f.search);
  const namesOf = (key: string) => actors.get(key)?.words ?? [];
  const out: Group[] = [];
  for (const group of groups) {
    if (f.actor && group.actorKey !== f.actor && group.targetKey !== f.actor) continue;
    if (
      f.kind !== 'all' &&
      actors.get(group.actorKey)?.kind !== f.kind &&
      actors.get(group.targetKey)?.kind !== f.kind
    ) {
      continue;
    }
    const names = search.length ? [...namesOf(group.actorKey), ...namesOf(group.targetKey)] : [];
    const kept: MergedDemand[] = [];
    for (const demand of group.demands) {
      if (topic.length && !hasAll(topic, demand.words)) continue;
      if (
        search.length &&
        !search.every((t) => names.some((w) => w.startsWith(t)) || demand.words.some((w) => w.startsWith(t)))
      ) {
        continue;
      }
      const seen = demand.sightings.filter(
        (s) =>
          (f.from === null || s.date >= f.from) && (f.to === null || s.date <= f.to) && (!f.site || s.site === f.site),
      );
      if (!seen.length) continue;
      // the words stay the merged demand's own: what it is called does not change with the window
      kept.push(
        seen.length === demand.sightings.length
          ? demand
          : { ...mergedOf(seen, demand.id, () => []), words: demand.words },
      );
    }
    if (kept.length)
      out.push(
        kept.length === group.demands.length && kept.every((d, i) => d === group.demands[i]) ? group : groupOf(kept),
      );
  }
  return out.sort((a, b) => b.last - a.last);
}

/** Every site a sighting came from, for the site filter. */
export function sitesOf(groups: readonly Group[]): string[] {
  return [...new Set(groups.flatMap((g) => g.sites))].sort();
}
