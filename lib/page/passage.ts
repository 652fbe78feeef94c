// Showing a passage the popup or the board points at: brought into view, its words selected
// (where eyes and screen readers both find them) and flashed for a moment with a highlight of
// its own. A demand is found by its text quote (lib/page/anchor.ts), an actor by its first
// mention; either way the page's DOM is not changed.
import { findQuote, type TextQuote } from './anchor';
import type { AnnotatedPage } from './annotator';
import type { HitEntry } from './hit-test';

export const PASSAGE_HIGHLIGHT = 'wwa-passage';
const FLASH_MS = 2500;
const STYLE_MARKER = 'data-wwa-passage';

let unflash: ReturnType<typeof setTimeout> | undefined;

function flash(doc: Document, range: Range): void {
  const view = doc.defaultView as (Window & { CSS?: typeof CSS; Highlight?: typeof Highlight }) | null;
  const registry = view?.CSS?.highlights;
  if (!registry || typeof view?.Highlight !== 'function') return;
  if (!doc.head?.querySelector(`style[${STYLE_MARKER}]`)) {
    const style = doc.createElement('style');
    style.setAttribute(STYLE_MARKER, '');
    style.textContent = `::highlight(${PASSAGE_HIGHLIGHT}) { background-color: rgb(255 200 0 / 0.6); color: inherit; }`;
    (doc.head ?? doc.documentElement).append(style);
  }
  const highlight = new view.Highlight(range);
  highlight.priority = 10;
  registry.set(PASSAGE_HIGHLIGHT, highlight);
  clearTimeout(unflash);
  unflash = setTimeout(() => registry.delete(PASSAGE_HIGHLIGHT), FLASH_MS);
}

export function showRange(doc: Document, range: Range): void {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range.cloneRange());
  flash(doc, range);
}

/** Finds the quote in the page's text and shows it; false when the page no longer holds it. */
export function showQuote(doc: Document, page: AnnotatedPage, entries: readonly HitEntry[], quote: TextQuote): boolean {
  const found = findQuote(page.map.text, quote);
  if (!found) return false;
  // the painted range when it is a demand we painted: it survives the <wwa-mark> fallback's moves
  const painted = entries.find((e) => e.annotation.start === found.start && e.annotation.end === found.end);
  const range = painted?.range ?? page.map.range(found.start, found.end);
  if (!range) return false;
  showRange(doc, range);
  return true;
}

/** Shows the actor's first mention on the page; false when it has none here. */
export function showActor(doc: Document, page: AnnotatedPage, entries: readonly HitEntry[], key: string): boolean {
  const painted = entries.find((e) => e.annotation.type === 'actor' && e.annotation.actor.key === key);
  const mention = page.extraction.actors.find((a) => a.key === key)?.mentions[0];
  const range = painted?.range ?? (mention ? page.map.range(mention.start, mention.end) : null);
  if (!range) return false;
  showRange(doc, range);
  return true;
}
