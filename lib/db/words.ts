// Words of names and demands, for search and for telling one demand from another. No Dexie
// here: the content script counts demands the way the store does, without loading the database.

/** Lower-cased, accent-free words for search and merging. */
export function words(...names: string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    for (const w of n
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)) {
      if (w) out.add(w);
    }
  }
  return [...out];
}

/** Words of a demand, for telling the same demand apart from another on a different page. */
export function normalizeDemand(text: string): string {
  return words(text).join(' ');
}

/** Demands of an extraction as the popup lists them: one per demander, target and wording. */
export function distinctDemands(extraction: {
  actors: readonly { id: string; key: string }[];
  demands: readonly { actor: string; target: string | null; text: string }[];
}): number {
  const keyOf = new Map(extraction.actors.map((a) => [a.id, a.key]));
  return new Set(
    extraction.demands.map(
      (d) => `${keyOf.get(d.actor)}|${d.target ? keyOf.get(d.target) : ''}|${normalizeDemand(d.text)}`,
    ),
  ).size;
}

/** The fullest of several names (the longest; ties by spelling, so every store picks the same). */
export function fullestName(names: (string | null | undefined)[]): string {
  return names.filter((n): n is string => !!n).sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}
