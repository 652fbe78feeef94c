// Markdown text that shows as written, inside a line (never at its start): the characters that
// open inline markup there are escaped, and line breaks become spaces, so one demand stays one
// list item.
const MARKUP = /[\\`*_[\]<~]/g;

export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MARKUP, '\\$&');
}

/** A link whose address cannot close the link early. */
export function mdLink(label: string, url: string): string {
  return `[${mdText(label)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}
