// Keyboard reading of the highlights: the shortcut steps through them in reading order, brings
// each into view, selects its words (where screen readers and eyes both find it) and opens its
// card. Highlights are ranges, not elements, so they cannot take focus themselves.
import type { HitEntry } from './hit-test';

/** Reading order: by where they start; a name before the demand that starts with it. */
export function readingOrder(entries: readonly HitEntry[]): HitEntry[] {
  const rank = (e: HitEntry) => (e.annotation.type === 'actor' ? 0 : 1);
  return [...entries].sort((a, b) => a.annotation.start - b.annotation.start || rank(a) - rank(b));
}

export class HighlightCursor {
  /** Offset and type of the stop last visited, which survives a repaint of the same text. */
  private at: { start: number; type: string } | null = null;

  /** The next (1) or previous (-1) stop, wrapping around; null when nothing is highlighted. */
  step(entries: readonly HitEntry[], step: 1 | -1): HitEntry | null {
    const order = readingOrder(entries);
    if (!order.length) return null;
    const at = this.at;
    const index = at ? order.findIndex((e) => e.annotation.start === at.start && e.annotation.type === at.type) : -1;
    const next =
      index >= 0
        ? order[(index + step + order.length) % order.length]
        : step === 1
          ? (order.find((e) => at === null || e.annotation.start > at.start) ?? order[0])
          : order[order.length - 1];
    this.at = { start: next.annotation.start, type: next.annotation.type };
    return next;
  }

  reset(): void {
    this.at = null;
  }
}

/** Brings the highlight into view and selects its words. */
export function reveal(doc: Document, entry: HitEntry): void {
  const element = entry.range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(entry.range.cloneRange());
}
