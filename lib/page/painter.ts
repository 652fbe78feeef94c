// Paints named ranges. With the CSS Custom Highlight API the page's DOM is never touched: ranges
// go into `CSS.highlights`. Without it, text is wrapped in inline <wwa-mark> elements, and
// clearing puts back the very text nodes that were there (split nodes are joined again).
import { HIGHLIGHT_NAMES, type HighlightName } from './highlight-names';
import { Slices } from './slices';

export interface Mark {
  name: HighlightName;
  range: Range;
}

export interface Painter {
  readonly kind: 'highlights' | 'wrappers';
  /**
   * Replaces what is painted with `marks`, in slices that yield to the page. Returns, for each
   * mark, the range that covers it now (the wrapper path moves text into new elements, so the
   * given ranges may no longer fit). Rejects when aborted. `slices`: the slice the caller's task
   * has begun, which the painting continues rather than starting a task of its own.
   */
  paint(marks: readonly Mark[], signal?: AbortSignal, slices?: Slices): Promise<Range[]>;
  clear(): void;
}

/** Names are painted in this order of precedence: a name inside a demand shows as a name. */
const PRIORITY: Readonly<Record<HighlightName, number>> = {
  'wwa-demand': 0,
  'wwa-person': 1,
  'wwa-country': 1,
  'wwa-organization': 1,
  'wwa-group': 1,
};

function highlightRegistry(doc: Document): HighlightRegistry | null {
  const view = doc.defaultView as (Window & { CSS?: typeof CSS; Highlight?: typeof Highlight }) | null;
  return view?.CSS?.highlights && typeof view.Highlight === 'function' ? view.CSS.highlights : null;
}

function highlightPainter(doc: Document, registry: HighlightRegistry, beforePaint: () => void): Painter {
  const HighlightClass = (doc.defaultView as Window & { Highlight: typeof Highlight }).Highlight;
  const clear = () => {
    for (const name of HIGHLIGHT_NAMES) registry.delete(name);
  };
  return {
    kind: 'highlights',
    async paint(marks, signal, begun) {
      // Registering thousands of ranges at once holds the page for tens of milliseconds: the
      // highlights are filled in slices, into fresh Highlight objects swapped in when complete.
      const slices = begun ?? new Slices(signal);
      const fresh = new Map<HighlightName, Highlight>();
      for (const { name, range } of marks) {
        if (slices.due) await slices.next();
        let highlight = fresh.get(name);
        if (!highlight) {
          highlight = new HighlightClass();
          highlight.priority = PRIORITY[name];
          fresh.set(name, highlight);
        }
        highlight.add(range);
      }
      clear();
      if (fresh.size > 0) beforePaint();
      for (const [name, highlight] of fresh) registry.set(name, highlight);
      return marks.map((mark) => mark.range);
    },
    clear,
  };
}

interface Piece {
  start: number;
  end: number;
  mark: number;
}

/** The text nodes a range covers, with the covered offsets of each; whitespace-only parts left out. */
function piecesOf(range: Range, mark: number, into: Map<Text, Piece[]>): void {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  const first = range.commonAncestorContainer.nodeType === 3 ? (range.commonAncestorContainer as Text) : null;
  for (let node = first ?? (walker.nextNode() as Text | null); node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start || !node.data.slice(start, end).trim()) continue;
    into.set(node, [...(into.get(node) ?? []), { start, end, mark }]);
    if (first) break;
  }
}

function documentOrder(a: Node, b: Node): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

function wrapperPainter(doc: Document, onDomEdit: () => void, beforePaint: () => void): Painter {
  let wrappers: Element[] = [];
  let splits: { original: Text; added: Text }[] = [];

  const clear = () => {
    for (const wrapper of wrappers.reverse()) wrapper.replaceWith(...wrapper.childNodes);
    for (const { original, added } of splits.reverse()) {
      if (added.previousSibling !== original) continue;
      original.appendData(added.data);
      added.remove();
    }
    wrappers = [];
    splits = [];
    onDomEdit();
  };

  return {
    kind: 'wrappers',
    async paint(marks) {
      clear();
      if (marks.length > 0) beforePaint();
      const pieces = new Map<Text, Piece[]>();
      marks.forEach((mark, i) => {
        piecesOf(mark.range, i, pieces);
      });
      const wrappersOfMark: Element[][] = marks.map(() => []);
      for (const [node, nodePieces] of pieces) {
        const cuts = [...new Set(nodePieces.flatMap((p) => [p.start, p.end]))]
          .filter((cut) => cut > 0 && cut < node.data.length)
          .sort((a, b) => b - a);
        // Split from the end so the offsets still to cut stay valid in `node`.
        const segments: { text: Text; start: number }[] = [];
        for (const cut of cuts) {
          const added = node.splitText(cut);
          splits.push({ original: node, added });
          segments.unshift({ text: added, start: cut });
        }
        segments.unshift({ text: node, start: 0 });
        for (const { text, start } of segments) {
          const covering = nodePieces.filter((p) => p.start <= start && start < p.end);
          if (covering.length === 0 || !text.data.trim()) continue;
          const wrapper = doc.createElement('wwa-mark');
          wrapper.setAttribute('data-wwa', [...new Set(covering.map((p) => marks[p.mark]?.name))].join(' '));
          text.replaceWith(wrapper);
          wrapper.append(text);
          wrappers.push(wrapper);
          for (const piece of covering) wrappersOfMark[piece.mark]?.push(wrapper);
        }
      }
      onDomEdit();
      return marks.map((mark, i) => {
        const own = (wrappersOfMark[i] ?? []).sort(documentOrder);
        const first = own[0];
        const last = own[own.length - 1];
        if (!first || !last) return mark.range;
        const range = doc.createRange();
        range.setStartBefore(first);
        range.setEndAfter(last);
        return range;
      });
    },
    clear,
  };
}

export interface PainterOptions {
  /** Use wrappers even where the Highlight API exists. */
  forceWrappers?: boolean;
  /**
   * Called synchronously right after the wrapper path edits the DOM, so a MutationObserver can
   * drop the records of our own edits before they are delivered.
   */
  onDomEdit?: () => void;
  /**
   * Called before anything is first painted, and again before each later paint: the content
   * script adds the highlights' stylesheet then, so a page with nothing to paint never has its
   * styles recalculated for it, and one that has recalculates them in the frame that paints.
   */
  beforePaint?: () => void;
}

/** The Highlight API painter where the browser has it, else the wrapper fallback. */
export function createPainter(doc: Document, options: PainterOptions = {}): Painter {
  const registry = options.forceWrappers ? null : highlightRegistry(doc);
  const beforePaint = options.beforePaint ?? (() => {});
  return registry
    ? highlightPainter(doc, registry, beforePaint)
    : wrapperPainter(doc, options.onDomEdit ?? (() => {}), beforePaint);
}
