// The bounds that keep every step of the reader local to a few tokens or sentences.

/** How far up the tree a subject is looked for (conjoined and controlled verbs). */
export const CLIMB = 4;
/** Bounded look-back for a demander and look-ahead for an addressee, in tokens. */
export const LOOK_BACK = 20;
export const LOOK_AHEAD = 8;
/** A demanded text ends within this many tokens. */
export const MAX_CONTENT = 40;
