// The extractor's output. Offsets are UTF-16 code units into the text given to `extract`,
// so they index JavaScript strings and DOM text directly.

export type ActorKind = 'person' | 'country' | 'organization' | 'group';

export interface Mention {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
}

export interface Actor {
  /** Page-local id, referenced by demands (`a1`, `a2`, …). */
  id: string;
  /** Stable across pages and sites: `country:RUS`, `org:nato`, `person:vladimir-putin`. */
  key: string;
  name: string;
  kind: ActorKind;
  /** Every surface form used for this actor in the text. */
  aliases: string[];
  mentions: Mention[];
}

export interface Demand {
  /** Id of the demanding actor. */
  actor: string;
  /** Id of the actor who must act, or null when none is named. */
  target: string | null;
  /** The demanded content: the minimal exact substring `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The cue words as printed ("has demanded that", "is pushing for"). */
  cue: string;
  /** The sentence holding the demand, as offsets into the text. */
  sentence: { start: number; end: number };
  /** Offsets of the cue words, so the page can underline them. */
  cueStart?: number;
  cueEnd?: number;
  /** Id of the state or body the demander speaks for ("Ukraine's president, Volodymyr Zelensky"). */
  onBehalfOf?: string;
  /** Ids of the actors named jointly with the demander ("Germany and France called for …"). */
  alsoBy?: string[];
}

export interface Extraction {
  actors: Actor[];
  demands: Demand[];
}
