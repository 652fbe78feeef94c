// The who-demands-of-whom map: actors as nodes, one directed edge per demander and target with
// its weight (distinct merged demands) and when it was last seen. Laid out on a circle, heaviest
// first: no iterative force layout, so 500 actors cost the same at every filter change.
import type { Group } from './group';

export interface MapEdge {
  from: string;
  to: string;
  /** Distinct demands. */
  weight: number;
  last: number;
  group: Group;
}

export interface MapNode {
  key: string;
  /** Demands made and received. */
  weight: number;
  x: number;
  y: number;
}

export interface DemandMap {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Edges left off to keep the drawing readable and light. */
  hidden: number;
  newest: number;
  oldest: number;
}

/** Edges drawn at most; the lightest go first. */
export const MAX_EDGES = 600;

export function buildMap(groups: readonly Group[], size: number, maxEdges = MAX_EDGES): DemandMap {
  const all = groups
    .filter((g) => g.targetKey && g.targetKey !== g.actorKey)
    .map((g) => ({ from: g.actorKey, to: g.targetKey, weight: g.demands.length, last: g.last, group: g }))
    .sort((a, b) => b.weight - a.weight || b.last - a.last);
  const edges = all.slice(0, maxEdges);
  const weight = new Map<string, number>();
  for (const e of edges) {
    weight.set(e.from, (weight.get(e.from) ?? 0) + e.weight);
    weight.set(e.to, (weight.get(e.to) ?? 0) + e.weight);
  }
  const order = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // room outside the circle for the names written beside it
  const r = size / 2 - 150;
  const nodes = order.map(([key, w], i) => {
    const angle = (2 * Math.PI * i) / order.length - Math.PI / 2;
    return { key, weight: w, x: size / 2 + r * Math.cos(angle), y: size / 2 + r * Math.sin(angle) };
  });
  const times = edges.map((e) => e.last);
  return {
    nodes,
    edges,
    hidden: all.length - edges.length,
    newest: times.length ? Math.max(...times) : 0,
    oldest: times.length ? Math.min(...times) : 0,
  };
}

/** 0.25 for the oldest edge to 1 for the newest: recency as opacity. */
export function recency(map: DemandMap, last: number): number {
  const span = map.newest - map.oldest;
  return span <= 0 ? 1 : 0.25 + (0.75 * (last - map.oldest)) / span;
}
