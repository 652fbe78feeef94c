// The highlight names are a contract (tests, demo and styles use them): one per actor kind, and
// one for demanded text.
import type { ActorKind } from '../extract/types';

export type HighlightName = `wwa-${ActorKind}` | 'wwa-demand';

export const ACTOR_HIGHLIGHTS: Readonly<Record<ActorKind, HighlightName>> = {
  person: 'wwa-person',
  country: 'wwa-country',
  organization: 'wwa-organization',
  group: 'wwa-group',
};

export const DEMAND_HIGHLIGHT: HighlightName = 'wwa-demand';

export const HIGHLIGHT_NAMES: readonly HighlightName[] = [...Object.values(ACTOR_HIGHLIGHTS), DEMAND_HIGHLIGHT];
