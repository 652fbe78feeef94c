// What the hover card says about an actor or a demand: built from this page's extraction and the
// actor's history on earlier pages. Plain data, so the card component only renders.
import type { Actor, ActorKind, Extraction } from '../extract/types';
import type { ActorHistory } from '../messages';

export interface DemandLine {
  /** Who demands (for demands made of the actor) or of whom (for the actor's own demands). */
  other: string | null;
  text: string;
}

export interface ActorCardModel {
  type: 'actor';
  key: string;
  name: string;
  kind: ActorKind;
  /** Other names the page uses for the actor. */
  otherNames: string[];
  /** The actor's demands on this page: other = the target. */
  demands: DemandLine[];
  /** Demands made of the actor on this page: other = who demands. */
  demandedOf: DemandLine[];
  /** Earlier pages; null while unknown. */
  history: ActorHistory | null;
}

export interface DemandCardModel {
  type: 'demand';
  text: string;
  cue: string;
  by: { name: string; kind: ActorKind } | null;
  of: { name: string; kind: ActorKind } | null;
}

export type CardModel = ActorCardModel | DemandCardModel;

function nameOf(extraction: Extraction, id: string | null): Actor | null {
  return id === null ? null : (extraction.actors.find((actor) => actor.id === id) ?? null);
}

export function actorCard(extraction: Extraction, actor: Actor, history: ActorHistory | null): ActorCardModel {
  const otherNames = [...new Set([...actor.aliases, ...actor.mentions.map((m) => m.text)])].filter(
    (alias) => alias !== actor.name,
  );
  return {
    type: 'actor',
    key: actor.key,
    name: actor.name,
    kind: actor.kind,
    otherNames,
    demands: extraction.demands
      .filter((d) => d.actor === actor.id)
      .map((d) => ({ other: nameOf(extraction, d.target)?.name ?? null, text: d.text })),
    demandedOf: extraction.demands
      .filter((d) => d.target === actor.id)
      .map((d) => ({ other: nameOf(extraction, d.actor)?.name ?? null, text: d.text })),
    history,
  };
}

export function demandCard(extraction: Extraction, demand: Extraction['demands'][number]): DemandCardModel {
  const by = nameOf(extraction, demand.actor);
  const of = nameOf(extraction, demand.target);
  return {
    type: 'demand',
    text: demand.text,
    cue: demand.cue,
    by: by && { name: by.name, kind: by.kind },
    of: of && { name: of.name, kind: of.kind },
  };
}
