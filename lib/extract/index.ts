import type { Models } from '../nlp/models';
import { resolveActors } from './actors';
import { findDemands } from './demands';
import { findCandidates } from './mentions';
import { readText } from './read';
import { splitSentences } from './sentences';
import type { Extraction } from './types';

export type { Actor, ActorKind, Demand, Extraction, Mention } from './types';

/**
 * Finds the named actors in a news text and the demands they make. Pure and deterministic.
 * With the language core's models the tree reader runs; without them the rule-based one.
 */
export function extract(text: string, models?: Models): Extraction {
  if (models) return readText(text, models);
  const sentences = splitSentences(text);
  const { actors, placed } = resolveActors(text, findCandidates(text, sentences));
  const demands = findDemands(text, sentences, placed);
  return { actors, demands };
}
