// What to paint for an extraction: one annotation per actor mention and per demanded text,
// filtered by the reader's settings. Offsets index the TextMap text the extraction ran on.
import type { Actor, Demand, Extraction } from '../extract/types';
import { ACTOR_HIGHLIGHTS, DEMAND_HIGHLIGHT, type HighlightName } from './highlight-names';

export type Annotation =
  | { type: 'actor'; name: HighlightName; start: number; end: number; actor: Actor }
  | { type: 'demand'; name: HighlightName; start: number; end: number; demand: Demand };

export interface PaintChoice {
  actors: boolean;
  demands: boolean;
}

export function annotationsOf(extraction: Extraction, choice: PaintChoice): Annotation[] {
  const annotations: Annotation[] = [];
  if (choice.actors) {
    for (const actor of extraction.actors) {
      for (const { start, end } of actor.mentions) {
        annotations.push({ type: 'actor', name: ACTOR_HIGHLIGHTS[actor.kind], start, end, actor });
      }
    }
  }
  if (choice.demands) {
    for (const demand of extraction.demands) {
      annotations.push({ type: 'demand', name: DEMAND_HIGHLIGHT, start: demand.start, end: demand.end, demand });
    }
  }
  return annotations;
}
