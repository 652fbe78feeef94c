// Tokens back to running text (as the outside checks run our CLI over CoNLL-2003's prose):
// no space before closing punctuation and clitics, none after opening brackets and currency,
// straight double quotes alternating open and close. Returns each token's character span.

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'|\.\.\.)$/;
const NO_SPACE_AFTER = /^[([{$£€#]$/;

export function detokenize(tokens: string[]): { text: string; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  let quoteOpen = false;
  let glueNext = true;
  for (const t of tokens) {
    let glue = glueNext || NO_SPACE_BEFORE.test(t);
    glueNext = NO_SPACE_AFTER.test(t);
    if (t === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (!glue) text += ' ';
    spans.push([text.length, text.length + t.length]);
    text += t;
  }
  return { text, spans };
}
