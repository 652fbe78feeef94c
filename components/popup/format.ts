// How the popup writes dates and counts.
const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export const formatDay = (ms: number) => day.format(new Date(ms));

// one formatter for every count: toLocaleString('en') builds a new one at each call, and the board
// writes thousands of counts per render
const count = new Intl.NumberFormat('en');

export const plural = (n: number, word: string) => `${count.format(n)} ${word}${n === 1 ? '' : 's'}`;
