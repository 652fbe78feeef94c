import { resolveActors } from './actors';
import { findDemands } from './demands';
import { findCandidates } from './mentions';
import { splitSentences } from './sentences';
import type { Extraction } from './types';

export type { Actor, ActorKind, Demand, Extraction, Mention } from './types';

/** Finds the named actors in a news text and the demands they make. Pure and deterministic. */
export function extract(text: string): Extraction {
  const sentences = splitSentences(text);
  const { actors, placed } = resolveActors(text, findCandidates(text, sentences));
  const demands = findDemands(text, sentences, placed);
  return { actors, demands };
}
