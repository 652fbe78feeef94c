// Which annotation is under the pointer. With the Highlight API, `highlightsFromPoint` answers
// directly where the browser has it; otherwise (and for <wwa-mark> wrappers) the caret position
// under the pointer is tested against our ranges, then confirmed against the ranges' boxes,
// since a caret position is found even in the margin beside a line.
import type { Annotation } from './annotations';

export interface HitEntry {
  range: Range;
  annotation: Annotation;
}

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** Chromium answers with `{highlight, ranges}`; the first drafts answered with Highlight objects. */
type HighlightHit = Highlight | { highlight: Highlight; ranges: AbstractRange[] };

interface RegistryWithHitTest extends HighlightRegistry {
  highlightsFromPoint?(x: number, y: number): HighlightHit[];
}

function boxesContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const caretDoc = doc as Document & CaretDocument;
  if (caretDoc.caretPositionFromPoint) {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = caretDoc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A name inside a demand wins over the demand; the narrowest range wins among equals. */
function preferred(candidates: HitEntry[]): HitEntry | null {
  const rank = (entry: HitEntry) => (entry.annotation.type === 'actor' ? 0 : 1);
  const width = (entry: HitEntry) => entry.annotation.end - entry.annotation.start;
  return [...candidates].sort((a, b) => rank(a) - rank(b) || width(a) - width(b))[0] ?? null;
}

function fromHighlights(registry: RegistryWithHitTest, entries: readonly HitEntry[], x: number, y: number) {
  const hits = registry.highlightsFromPoint?.(x, y) ?? [];
  const ranges = new Set<AbstractRange>();
  const highlights = new Set<Highlight>();
  for (const hit of hits) {
    if ('ranges' in hit) for (const range of hit.ranges) ranges.add(range);
    else highlights.add(hit);
  }
  return entries.filter((entry) => {
    if (ranges.has(entry.range)) return true;
    if (highlights.size === 0) return false;
    const highlight = registry.get(entry.annotation.name);
    return !!highlight && highlights.has(highlight) && boxesContain(entry.range, x, y);
  });
}

export function hitTest(
  doc: Document,
  entries: readonly HitEntry[],
  x: number,
  y: number,
  options: { highlights: boolean },
): HitEntry | null {
  if (entries.length === 0) return null;
  const registry = doc.defaultView?.CSS?.highlights as RegistryWithHitTest | undefined;
  if (options.highlights && typeof registry?.highlightsFromPoint === 'function') {
    return preferred(fromHighlights(registry, entries, x, y));
  }
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  return preferred(
    entries.filter((entry) => entry.range.isPointInRange(caret.node, caret.offset) && boxesContain(entry.range, x, y)),
  );
}
