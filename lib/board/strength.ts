// How hard a demand presses, read off its cue ("asked" → "demanded that" → "threatened to strike
// unless"), so a demand's course shows escalation at a glance. The words are data
// (data/strength.json); this file only matches them.
import data from './data/strength.json';

export interface Strength {
  /** 1 (asks) to 4 (threatens). */
  level: number;
  label: string;
}

export const STRENGTH_LEVELS: readonly Strength[] = data.levels.map(({ level, label }) => ({ level, label }));
export const MAX_STRENGTH = Math.max(...STRENGTH_LEVELS.map((s) => s.level));

const SUFFIXES = new Set(data.suffixes);

/** A word of the data matches a cue word that starts with it, less a final "e", and ends in a suffix. */
function wordMatches(stem: string, word: string): boolean {
  const root = stem.endsWith('e') ? stem.slice(0, -1) : stem;
  return word.startsWith(root) && SUFFIXES.has(word.slice(root.length));
}

function matches(entry: string, cueWords: string[]): boolean {
  const parts = entry.split(' ');
  for (let i = 0; i + parts.length <= cueWords.length; i++) {
    if (parts.every((p, j) => (parts.length === 1 ? wordMatches(p, cueWords[i + j]) : p === cueWords[i + j]))) {
      return true;
    }
  }
  return false;
}

const cache = new Map<string, Strength>();

/** The strongest level any word of the cue reaches; the weakest when none matches. */
export function strengthOf(cue: string): Strength {
  const known = cache.get(cue);
  if (known) return known;
  const cueWords = cue
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  let found = STRENGTH_LEVELS[0];
  for (const level of data.levels) {
    if (level.level > found.level && level.words.some((w) => matches(w, cueWords))) {
      found = { level: level.level, label: level.label };
    }
  }
  cache.set(cue, found);
  return found;
}
