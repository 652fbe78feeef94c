import { extract } from '../../../lib/extract';
import type { Extraction } from '../../../lib/extract/types';
import { nodeModels } from '../../../lib/nlp/node';

export const models = nodeModels();

/** Demands as "Actor → Target: text" lines, the way a reader would check them. */
export function demandLines(text: string): string[] {
  return describe(extract(text, models));
}

export function describe(r: Extraction): string[] {
  const name = (id: string | null) => r.actors.find((a) => a.id === id)?.name ?? '∅';
  return r.demands.map((d) => `${name(d.actor)} → ${name(d.target)}: ${d.text}`);
}

export function actorNames(text: string): string[] {
  return extract(text, models).actors.map((a) => a.name);
}
