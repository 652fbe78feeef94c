import type { Models } from '../nlp/models';
import { readText } from './read';
import type { Extraction } from './types';

export type { Actor, ActorKind, Demand, Extraction, Mention } from './types';

/**
 * Finds the named actors in a news text and the demands they make, read off the language
 * core's trees. Pure and deterministic: the same text and models give the same result.
 */
export function extract(text: string, models: Models): Extraction {
  return readText(text, models);
}
