// Which tokens stand inside quotation marks, in one pass over the text: a quote opens at “ or
// an opening ", closes at ” or the next ", and never runs past the end of its paragraph.
import type { Doc } from '../nlp';

export function quotedTokens(doc: Doc): Uint8Array {
  const inside = new Uint8Array(doc.tokens.length);
  let open = false;
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k];
    const prev = doc.tokens[k - 1];
    if (prev && doc.text.slice(prev.end, t.start).includes('\n')) open = false;
    if (t.text === '“' || (t.text === '"' && !open)) {
      open = true;
      continue;
    }
    if (t.text === '”' || t.text === '"') {
      open = false;
      continue;
    }
    if (open) inside[k] = 1;
  }
  return inside;
}

/** Whether the two tokens are in one paragraph (no line break between them). */
export function sameParagraph(doc: Doc, a: number, b: number): boolean {
  const [x, y] = a < b ? [a, b] : [b, a];
  return !doc.text.slice(doc.tokens[x].end, doc.tokens[y].start).includes('\n');
}
