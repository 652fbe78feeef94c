// Notices new article text (late hydration, "load more", live blogs) and asks for a re-read,
// debounced, and bounded per page so a page that never stops changing cannot keep us busy.
const OWN_ELEMENTS = 'wwa-card, wwa-mark';

export interface LiveOptions {
  doc: Document;
  /** Called, debounced, after text was added or changed on the page. */
  onChange(): void;
  signal: AbortSignal;
  debounceMs?: number;
  /** Most calls of onChange before the watcher stops, until `reset`. */
  maxChanges?: number;
  /** Whether a change at this node can matter (inside the article, say); everything by default. */
  watches?(node: Node): boolean;
}

export interface LiveWatcher {
  /** Forgets mutations already queued (our own <wwa-mark> wrapping, say). */
  discardPending(): void;
  /** A new page: the change budget starts again. */
  reset(): void;
}

export const LIVE_DEBOUNCE_MS = 600;
export const MAX_LIVE_CHANGES = 30;

function isOwn(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(OWN_ELEMENTS);
}

function addsText(record: MutationRecord): boolean {
  if (isOwn(record.target) || record.target.ownerDocument?.head?.contains(record.target)) return false;
  if (record.type === 'characterData') return !!record.target.textContent?.trim();
  for (const node of record.addedNodes) {
    if (node.nodeType === 1 && !isOwn(node) && node.textContent?.trim()) return true;
    if (node.nodeType === 3 && node.textContent?.trim()) return true;
  }
  return false;
}

export function watchLiveChanges(options: LiveOptions): LiveWatcher {
  const { doc, signal } = options;
  const debounceMs = options.debounceMs ?? LIVE_DEBOUNCE_MS;
  const maxChanges = options.maxChanges ?? MAX_LIVE_CHANGES;
  const MutationObserverClass = doc.defaultView?.MutationObserver ?? MutationObserver;
  let changes = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const watches = options.watches ?? (() => true);
  const observer = new MutationObserverClass((records) => {
    if (changes >= maxChanges || !records.some((record) => watches(record.target) && addsText(record))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (signal.aborted || changes >= maxChanges) return;
      changes++;
      options.onChange();
    }, debounceMs);
  });
  observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return {
    discardPending: () => void observer.takeRecords(),
    reset: () => {
      changes = 0;
    },
  };
}
