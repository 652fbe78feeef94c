// The known parts a run of capitalised words can hold: a gazetteer name, or a title before a
// person's name, and the word before a name that says it is a body. mentions.ts, whole-runs.ts
// and actors.ts read names through these.
import { bodyNouns, type GazetteerEntry, gazetteer, titles } from './lexicon';
import { isCapitalised, type Token } from './tokens';

export interface GazetteerMatch {
  length: number;
  entry: GazetteerEntry;
}

/** The longest gazetteer name starting at run[i]. */
export function matchGazetteer(run: Token[], i: number): GazetteerMatch | null {
  for (const { tokens, entry } of gazetteer.get(run[i].text) ?? []) {
    if (i + tokens.length > run.length) continue;
    if (tokens.every((t, k) => run[i + k].text === t)) {
      // a possessive may only close the name ("Russia’s"), not sit inside it
      if (tokens.slice(0, -1).some((_, k) => run[i + k].possessive)) continue;
      return { length: tokens.length, entry };
    }
  }
  return null;
}

/** "Labour Minister", "Energy Secretary": any portfolio before these makes a title. */
export const PORTFOLIO_HEADS = new Set(['Minister', 'Secretary', 'Commissioner']);

/** How many tokens of a title start at run[i] (0 when none), if a name follows it. */
export function matchTitle(run: Token[], i: number): number {
  for (const tokens of titles.get(run[i].text.replace(/\.$/, '')) ?? []) {
    if (i + tokens.length <= run.length && tokens.every((t, k) => run[i + k].text.replace(/\.$/, '') === t)) {
      return tokens.length;
    }
  }
  return i + 2 < run.length && PORTFOLIO_HEADS.has(run[i + 1].text) && isCapitalised(run[i].text) ? 2 : 0;
}

/** "farm lobby Copa-Cogeca", "the carmaker Jaguar Land Rover": the word before `at` names a kind of body. */
export function bodyNounBefore(text: string, at: number): boolean {
  const word = /(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  return word !== undefined && bodyNouns.has(word);
}
