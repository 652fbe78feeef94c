// Word classes more than one step of the reader looks for.

export const QUOTE_MARKS = new Set(['“', '”', '"']);
/** Words a demander is not looked for across. */
export const BOUNDARY = new Set([';', 'while', 'but', 'whereas', 'although', 'though']);
export const KEEP_AUX = new Set(['be', 'not']);
/** These open a new clause wherever they stand, which ends the demanded text. */
export const SUBORDINATORS = new Set([
  'because',
  'while',
  'but',
  'although',
  'though',
  'whereas',
  'unless',
  'if',
  'when',
]);

/** Dependents that make a verb act on something: its subject is an agent, not the demanded thing. */
export const OBJECTS = new Set(['obj', 'xcomp', 'ccomp', 'iobj']);

/** "for months", "for two years": a "for" phrase of time is how long, never what is sought. */
export const TIME_SPAN = /^(?:second|minute|hour|day|week|month|year|decade|age)s?$/i;
