// Kinds of actor as the reader sees them: their names and their colours. The one source for the
// page's highlights, the hover card and the popup with its legend, so a person is the same
// yellow on the page and in the popup.
import type { ActorKind } from './extract/types';

/** What the page can mark: an actor of some kind, or demanded text. */
export type Marked = ActorKind | 'demand';

export const KIND_LABEL: Readonly<Record<ActorKind, string>> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  group: 'Group',
};

/**
 * Translucent tints laid over the text's own colour, so they read on light and dark pages alike
 * (tests/unit/page/highlight-styles.test.ts checks the contrast).
 */
export const TINT: Readonly<Record<Marked, string>> = {
  person: 'rgb(255 190 0 / 0.4)',
  country: 'rgb(0 160 255 / 0.32)',
  organization: 'rgb(170 90 255 / 0.32)',
  group: 'rgb(0 200 120 / 0.32)',
  demand: 'rgb(255 70 70 / 0.14)',
};

/** Demanded text is underlined as well, so a name inside a demand keeps both cues. */
export const DEMAND_UNDERLINE = 'rgb(235 60 60 / 0.9)';
