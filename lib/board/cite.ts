// A demand to take elsewhere, with its source: "Transport Workers Union demanded → Northgate
// Council: raise drivers' pay by 9 per cent — news.example, 12 Oct 2026, https://…".
import { phrase } from '../demand-phrase';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "14 Oct 2026", the same in every locale, so a citation reads the same wherever it is pasted. */
export const citeDay = (ms: number) => DAY.format(new Date(ms));

export interface CiteInput {
  actorName: string;
  targetName: string | null;
  cue: string;
  text: string;
  site: string;
  date: number;
  url: string;
}

export function citation(d: CiteInput): string {
  const { verb, text } = phrase(d.cue, d.text, d.targetName ? [d.targetName] : []);
  const whom = d.targetName ? ` → ${d.targetName}` : '';
  return `${d.actorName} ${verb}${whom}: ${text} — ${d.site}, ${citeDay(d.date)}, ${d.url}`;
}
