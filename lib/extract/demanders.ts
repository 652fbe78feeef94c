import type { Demand } from './types';

/**
 * Everyone whose history a demand belongs in: the one who made it, the state or body they spoke
 * for, and those named jointly with them. Each once, the demander first; never the one addressed.
 */
export function demandersOf(demand: Demand): string[] {
  const all = [demand.actor, ...(demand.onBehalfOf ? [demand.onBehalfOf] : []), ...(demand.alsoBy ?? [])];
  return [...new Set(all)].filter((id, i) => i === 0 || id !== demand.target);
}
