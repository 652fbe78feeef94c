// How a demand reads in a line of the card or the popup: "insisted → Ukraine: provide naval
// escorts". The cue is printed as the page wrote it ("has demanded that", "called on", "warned
// that it would have to cut rations by half next month unless"); the line takes its verb from it,
// so that the words after the arrow read as what the target must do.

/** Cues that state the obligation itself: "Ukraine must withdraw", said by the speaker. */
const MODAL = /^(?:must|should|ought to|needs?(?: to)?|needed to|ha(?:s|ve|d) to)$/i;
/** Cues whose demand is a condition: "threatened to raise tariffs … unless", "warned … if". */
const CONDITION = /\b(unless|if)$/i;

export interface Phrase {
  /** What the demander did: "insisted", "called on", "warned unless", "said". */
  verb: string;
  /** The demanded text, with the obligation of a modal cue in front ("must withdraw …"). */
  text: string;
}

/**
 * `targetNames`: names the target goes by. A demanded clause often starts with its subject
 * ("Ukraine withdraw its troops"); after "→ Ukraine:" the line drops it.
 */
export function phrase(cue: string, text: string, targetNames: string[] = []): Phrase {
  const subject = targetNames.find((name) => name && text.startsWith(`${name} `));
  if (subject) text = text.slice(subject.length + 1);
  const words = cue
    .replace(/^[^\p{L}]+/u, '')
    .trim()
    .split(/\s+/);
  const first = words[0] ?? '';
  const joined = words.join(' ');
  if (MODAL.test(joined)) return { verb: 'said', text: `${joined} ${text}` };
  const condition = CONDITION.exec(joined);
  if (condition && words.length > 1) return { verb: `${first} ${condition[1]}`, text };
  if (words[words.length - 1] === 'that') words.pop();
  // a long cue names who calls ("calls from Republicans in Congress to"): the first word says it
  return { verb: words.length > 3 ? first : words.join(' '), text };
}
