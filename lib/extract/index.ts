import type { Extraction } from './types';

export type { Actor, ActorKind, Demand, Extraction, Mention } from './types';

/** Finds the named actors in a news text and the demands they make. Pure and deterministic. */
export function extract(_text: string): Extraction {
  return { actors: [], demands: [] };
}
