// Runs of capitalised words that name one body as a whole, whatever known names or titles sit
// inside them ("Ministry of Defence", "Christian Democrats", "Age UK"). Each rule reads one
// shape; the first that claims a run gives its candidates, and mentions.ts reads the rest word
// by word.
import { demonymWords, nonNameWords, orgHeads, orgSuffixes } from './lexicon';
import type { Candidate, CandidateType } from './mentions';
import { bodyNounBefore, type GazetteerMatch, matchGazetteer, matchTitle } from './name-parts';
import { isCapitalised, type Token } from './tokens';

export interface RunView {
  text: string;
  /** The run without a leading article. */
  run: Token[];
  /** A gazetteer name at the run's start. */
  whole: GazetteerMatch | null;
  firstOfSentence: Token | undefined;
  make(type: CandidateType, from: number, to: number, extra?: Partial<Candidate>): Candidate;
}

type Rule = (view: RunView) => Candidate[] | null;

const org = (view: RunView, from = 0, venue?: false): Candidate =>
  view.make('org', from, view.run.length, { kind: 'organization', ...(venue === false ? { venue } : {}) });

const lastWord = (run: Token[]) => run[run.length - 1].text;

// "Nurses Union of Ghana", "Ministry of Defence": a connector after an organization word makes
// the whole run one organization's name, whatever gazetteer names sit inside it…
const connected: Rule = (view) => {
  const { run, whole } = view;
  const connector = run.findIndex(
    (t, k) =>
      k > 0 && /^(?:of|for)$/.test(t.text) && (orgHeads.has(run[k - 1].text) || orgSuffixes.has(run[k - 1].text)),
  );
  // …unless a title holds the connector ("Secretary of State Marco Rubio")
  if (connector <= 0 || matchTitle(run, 0) > connector || whole?.length === run.length) return null;
  let k = 0;
  while (k < connector - 1 && matchTitle(run, k)) k++;
  return [org(view, k, false)];
};

// "Legal & General Investment Management", "S&P Global": an ampersand joins a company's name
const ampersand: Rule = (view) => {
  const { run, text } = view;
  const joined = run.some((t, k) => t.text.includes('&') || (k > 0 && text.slice(run[k - 1].end, t.start) === ' & '));
  return joined ? [org(view, 0, false)] : null;
};

// "Freedom and Justice Party", "US Justice Department": a body's name may hold a title's word,
// after the country it belongs to
const titleInside: Rule = (view) => {
  const { run, whole } = view;
  const country = whole?.entry.kind === 'country' && whole.length < run.length ? whole : null;
  const body = country ? country.length : 0;
  if (
    !orgSuffixes.has(lastWord(run)) ||
    run.length - body < 2 ||
    !run.some((_, k) => k >= body && matchTitle(run, k)) ||
    run.some((_, k) => k >= body && matchGazetteer(run, k))
  )
    return null;
  let k = body;
  for (let t = matchTitle(run, k); t && run.length - (k + t) >= 2; t = matchTitle(run, k)) k += t;
  const place = country ? [view.make('gazetteer', 0, body, { entry: country.entry, kind: country.entry.kind })] : [];
  return [...place, org(view, k)];
};

// "consumer group Public Citizen", "the carmaker Jaguar Land Rover": the text says it is a body
const saidToBeBody: Rule = (view) => {
  const { run, text } = view;
  if (!bodyNounBefore(text, run[0].start) || run.length < 2 || matchTitle(run, 0)) return null;
  return run.some((_, k) => matchGazetteer(run, k)) ? null : [org(view, 0, false)];
};

// "Christian Democrats", "Social Democrats", "Real Madrid": a known name after words of another
// name (not at a sentence's start, where "Striking Boeing workers" is capitalised anyway)
const knownNameEnds: Rule = (view) => {
  const { run, whole, firstOfSentence } = view;
  const known = whole ? -1 : run.findIndex((_, k) => k > 0 && matchGazetteer(run, k));
  const joined = known > 0 ? matchGazetteer(run, known) : null;
  if (
    !joined ||
    (run[0] === firstOfSentence && !(joined.entry.seat && !/(?:ing|ed)$/.test(run[0].text))) ||
    (joined.entry.kind === 'country' && !joined.entry.seat) ||
    known + joined.length !== run.length ||
    !run
      .slice(0, known)
      .every(
        (t, k) =>
          isCapitalised(t.text) &&
          (!nonNameWords.has(t.text) || bodyWordEnds(run, known, joined)) &&
          !matchTitle(run, k),
      )
  )
    return null;
  return [org(view)];
};

/** "African National Congress": a body's word as the known name ends it, so any capitals may open it. */
function bodyWordEnds(run: Token[], known: number, joined: GazetteerMatch): boolean {
  return joined.length === 1 && joined.entry.kind !== 'country' && orgSuffixes.has(run[known].text);
}

// "the ruling Georgian Dream party", "the Sinn Féin party": the word after says what it is
const namedBefore: Rule = (view) => {
  const { run, text } = view;
  const after = text.slice(run[run.length - 1].end, run[run.length - 1].end + 20);
  return run.length >= 2 &&
    /^\s+(?:gang\s+|ruling\s+)?(?:party|movement|alliance|coalition|bloc)\b/.test(after) &&
    !matchTitle(run, 0)
    ? [org(view, 0, false)]
    : null;
};

// "Amnesty International Kenya": a body's national branch is the body
const nationalBranch: Rule = (view) => {
  const { run, whole } = view;
  if (!whole || whole.length >= run.length || whole.entry.kind === 'country' || whole.entry.outlet) return null;
  const branch = matchGazetteer(run, whole.length);
  if (branch?.entry.kind !== 'country' || whole.length + branch.length !== run.length) return null;
  return [view.make('gazetteer', 0, run.length, { entry: whole.entry, kind: whole.entry.kind })];
};

const STATE_ORGANS = new Set(['Government', 'Cabinet', 'Administration', 'Army', 'Navy', 'Police', 'Forces', 'Guard']);

// "London Metal Exchange", "Kenya Airways": a place opening a body's name is part of it (but
// "UK Government", "Russian Army" are the state itself)
const placeOpensBody: Rule = (view) => {
  const { run, whole } = view;
  const last = lastWord(run);
  if (
    whole?.entry.kind !== 'country' ||
    whole.length >= run.length ||
    !orgSuffixes.has(last) ||
    STATE_ORGANS.has(last) ||
    run.some((_, k) => k >= whole.length && (matchGazetteer(run, k) || matchTitle(run, k)))
  )
    return null;
  return [org(view)];
};

const DIRECTIONS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Upper|Lower|New|Old|Great|Little|Mainland|Rural|Urban)$/;

// "Age UK", "Team GB": one word before a country it ends with names a body, unless the word
// points ("Northern Ireland" is in the gazetteer whole; "Western Europe" is a region)
const countryEndsBody: Rule = (view) => {
  const { run, whole } = view;
  const endsIn = run.length === 2 ? matchGazetteer(run, 1) : null;
  const word = run[0].text;
  if (
    endsIn?.entry.kind !== 'country' ||
    endsIn.entry.seat ||
    whole ||
    nonNameWords.has(word) ||
    demonymWords.has(word) ||
    matchTitle(run, 0) ||
    DIRECTIONS.test(word) ||
    /(?:ly|ing|ed)$/.test(word)
  )
    return null;
  return [org(view)];
};

// "International Labour Organization", "Kenya Wildlife Service": a known name inside a run that a
// body's word ends is part of that body's name
const bodyWordEndsRun: Rule = (view) => {
  const { run, whole } = view;
  const last = lastWord(run);
  if (run.length < 3 || !orgSuffixes.has(last) || STATE_ORGANS.has(last) || whole?.length === run.length) return null;
  const inside = run.findIndex((_, k) => k > 0 && matchGazetteer(run, k));
  const match = inside > 0 ? matchGazetteer(run, inside) : null;
  if (!match || inside + match.length >= run.length || whole?.entry.kind === 'country') return null;
  return run.some((_, k) => matchTitle(run, k)) ? null : [org(view)];
};

const RULES: readonly Rule[] = [
  namedBefore,
  connected,
  ampersand,
  titleInside,
  saidToBeBody,
  knownNameEnds,
  nationalBranch,
  placeOpensBody,
  countryEndsBody,
  bodyWordEndsRun,
];

/** The candidates of a run that names one body as a whole, or null when no rule claims it. */
export function readWholeRun(view: RunView): Candidate[] | null {
  for (const rule of RULES) {
    const found = rule(view);
    if (found) return found;
  }
  return null;
}
