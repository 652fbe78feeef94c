// The board's shape: every demand seen, grouped by who demands it of whom, and within a group
// the same demand in other words merged into one, with each time it was seen (its course).
import { words } from '../db/words';
import { sameDemand, type Terms, termsOf } from './similarity';
import { type Strength, strengthOf } from './strength';

/** One demand as seen on one page. */
export interface Sighting {
  id: number;
  pageId: number;
  actorKey: string;
  /** Empty when no target is named. */
  targetKey: string;
  text: string;
  cue: string;
  sentence: string;
  /** The article's own date when it states one, else when it was read. */
  date: number;
  site: string;
  url: string;
  title: string;
}

export interface MergedDemand {
  /** Stable while the store does not change: the first sighting's id. */
  id: number;
  /** The latest wording. */
  text: string;
  cue: string;
  actorKey: string;
  targetKey: string;
  /** Oldest first: the demand's course. */
  sightings: Sighting[];
  pages: number;
  first: number;
  last: number;
  sites: string[];
  /** The strongest it was pressed. */
  strength: Strength;
  /** Lower-cased words of every wording, for search. */
  words: string[];
}

export interface Group {
  actorKey: string;
  targetKey: string;
  /** Latest seen first. */
  demands: MergedDemand[];
  sightings: number;
  first: number;
  last: number;
  sites: string[];
}

const groupId = (s: { actorKey: string; targetKey: string }) => `${s.actorKey}\u0000${s.targetKey}`;

/** Builds a merged demand from sightings (any order); `wordsOf` gives the words of a wording. */
export function mergedOf(
  sightings: Sighting[],
  id = sightings[0]?.id ?? 0,
  wordsOf: (text: string) => readonly string[] = words,
): MergedDemand {
  const course = [...sightings].sort((a, b) => a.date - b.date || a.id - b.id);
  const latest = course[course.length - 1];
  let strength = strengthOf(course[0].cue);
  for (const s of course) {
    const next = strengthOf(s.cue);
    if (next.level > strength.level) strength = next;
  }
  return {
    id,
    text: latest.text,
    cue: latest.cue,
    actorKey: latest.actorKey,
    targetKey: latest.targetKey,
    sightings: course,
    pages: new Set(course.map((s) => s.pageId)).size,
    first: course[0].date,
    last: latest.date,
    sites: [...new Set(course.map((s) => s.site))].sort(),
    strength,
    words: [...new Set(course.flatMap((s) => wordsOf(s.text)))],
  };
}

/** Builds a group from its merged demands (any order). */
export function groupOf(demands: MergedDemand[]): Group {
  const sorted = [...demands].sort((a, b) => b.last - a.last || a.id - b.id);
  return {
    actorKey: sorted[0].actorKey,
    targetKey: sorted[0].targetKey,
    demands: sorted,
    sightings: sorted.reduce((n, d) => n + d.sightings.length, 0),
    first: Math.min(...sorted.map((d) => d.first)),
    last: sorted[0].last,
    sites: [...new Set(sorted.flatMap((d) => d.sites))].sort(),
  };
}

/**
 * Groups by demander and target, then merges within a group: a sighting joins the first demand
 * whose wordings it matches exactly or by `sameDemand`. Comparing stays inside one group, so the
 * cost follows the size of the largest group, not the store.
 */
export function groupDemands(sightings: readonly Sighting[]): Group[] {
  // a wording's words and terms, worked out once however many pages repeat it
  const known = new Map<string, { words: string[]; normalized: string; terms: Terms | null }>();
  const about = (text: string) => {
    let info = known.get(text);
    if (!info) {
      const w = words(text);
      info = { words: w, normalized: w.join(' '), terms: null };
      known.set(text, info);
    }
    return info;
  };
  const wordsOf = (text: string) => about(text).words;
  const byGroup = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const id = groupId(s);
    const list = byGroup.get(id);
    if (list) list.push(s);
    else byGroup.set(id, [s]);
  }
  const groups: Group[] = [];
  for (const members of byGroup.values()) {
    members.sort((a, b) => a.date - b.date || a.id - b.id);
    const clusters: { terms: Terms[]; members: Sighting[] }[] = [];
    const byText = new Map<string, (typeof clusters)[number]>();
    for (const s of members) {
      const info = about(s.text);
      let cluster = byText.get(info.normalized);
      if (!cluster) {
        info.terms ??= termsOf(s.text);
        const terms = info.terms;
        cluster = clusters.find((c) => c.terms.some((t) => sameDemand(t, terms)));
        if (cluster) cluster.terms.push(terms);
        else {
          cluster = { terms: [terms], members: [] };
          clusters.push(cluster);
        }
        byText.set(info.normalized, cluster);
      }
      cluster.members.push(s);
    }
    groups.push(groupOf(clusters.map((c) => mergedOf(c.members, c.members[0].id, wordsOf))));
  }
  return groups.sort((a, b) => b.last - a.last);
}
