// How the popup writes dates and counts.
const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export const formatDay = (ms: number) => day.format(new Date(ms));

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const KIND_LABEL = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  group: 'Group',
} as const;
