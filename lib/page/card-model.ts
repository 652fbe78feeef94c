// What the hover card says about an actor or a demand: built from this page's extraction and the
// actor's history on earlier pages. Plain data, so the card component only renders.
import { normalizeDemand } from '../db/words';
import { phrase } from '../demand-phrase';
import { demandersOf } from '../extract/demanders';
import type { Actor, ActorKind, Demand, Extraction } from '../extract/types';
import type { ActorHistory } from '../messages';

export interface DemandLine {
  /** What the demander did: "insisted", "called on", "warned unless". */
  verb: string;
  /** Who must act (for the actor's own demands) or who demands (for demands made of the actor). */
  other: string | null;
  text: string;
  /** How often the page makes this same demand: one line, counted. */
  count: number;
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
  verb: string;
  text: string;
  by: { name: string; kind: ActorKind } | null;
  of: { name: string; kind: ActorKind } | null;
}

export type CardModel = ActorCardModel | DemandCardModel;

function nameOf(extraction: Extraction, id: string | null): Actor | null {
  return id === null ? null : (extraction.actors.find((actor) => actor.id === id) ?? null);
}

/** The names a demand's target goes by on this page, so its line need not repeat it. */
function targetNames(extraction: Extraction, demand: Demand): string[] {
  const target = nameOf(extraction, demand.target);
  return target ? [target.name, ...target.aliases, ...target.mentions.map((m) => m.text)] : [];
}

/** One line per other side and wording: a page that repeats a demand five times shows it once, ×5. */
function lines(extraction: Extraction, demands: Demand[], otherOf: (d: Demand) => string | null): DemandLine[] {
  const byWording = new Map<string, DemandLine>();
  for (const d of demands) {
    const other = nameOf(extraction, otherOf(d))?.name ?? null;
    const id = `${other}|${normalizeDemand(d.text)}`;
    const seen = byWording.get(id);
    if (seen) seen.count++;
    else byWording.set(id, { ...phrase(d.cue, d.text, targetNames(extraction, d)), other, count: 1 });
  }
  return [...byWording.values()];
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
    demands: lines(
      extraction,
      extraction.demands.filter((d) => demandersOf(d).includes(actor.id)),
      (d) => d.target,
    ),
    demandedOf: lines(
      extraction,
      extraction.demands.filter((d) => d.target === actor.id),
      (d) => d.actor,
    ),
    history,
  };
}

export function demandCard(extraction: Extraction, demand: Demand): DemandCardModel {
  const by = nameOf(extraction, demand.actor);
  const of = nameOf(extraction, demand.target);
  return {
    type: 'demand',
    ...phrase(demand.cue, demand.text, targetNames(extraction, demand)),
    by: by && { name: by.name, kind: by.kind },
    of: of && { name: of.name, kind: of.kind },
  };
}
