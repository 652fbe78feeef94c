// Pointer → annotation → card, at most once per animation frame. The card appears after the
// pointer rests on an annotation for `delayMs`, and goes on pointer leave, Escape or scroll. A
// touch screen has no hover: a tap on an annotation opens its card at once, a tap elsewhere
// closes it. A name that is also a link opens its card on the first tap; the next tap follows
// the link.
import type { HitEntry } from './hit-test';

export interface HoverOptions {
  doc: Document;
  hitTest(x: number, y: number): HitEntry | null;
  show(entry: HitEntry): void;
  hide(): void;
  /** Whether an event target is the card itself: pointing at the card keeps it open. */
  isCard(target: EventTarget | null): boolean;
  signal: AbortSignal;
  delayMs?: number;
}

export const HOVER_DELAY_MS = 250;

export function watchHover(options: HoverOptions): void {
  const { doc, signal } = options;
  const view = doc.defaultView;
  if (!view) return;
  const delayMs = options.delayMs ?? HOVER_DELAY_MS;
  let point: { x: number; y: number; target: EventTarget | null } | null = null;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pointed: HitEntry | null = null;
  let shown: HitEntry | null = null;
  /** Dismissed with Escape: stays closed until the pointer leaves it. */
  let dismissed: HitEntry | null = null;

  const close = () => {
    clearTimeout(timer);
    if (shown) options.hide();
    shown = null;
  };

  const check = () => {
    frame = 0;
    if (!point || signal.aborted) return;
    if (shown && options.isCard(point.target)) return;
    const hit = options.hitTest(point.x, point.y);
    if (hit?.range === pointed?.range) return;
    pointed = hit;
    if (dismissed && hit?.range !== dismissed.range) dismissed = null;
    close();
    if (!hit || dismissed) return;
    timer = setTimeout(() => {
      if (signal.aborted || pointed !== hit) return;
      shown = hit;
      options.show(hit);
    }, delayMs);
  };

  const listen = { signal, passive: true, capture: true } as const;
  doc.addEventListener(
    'pointermove',
    (event) => {
      point = { x: event.clientX, y: event.clientY, target: event.target };
      if (!frame) frame = view.requestAnimationFrame(check);
    },
    listen,
  );
  /** The tap just opened a card: the click it makes is not the reader following a link yet. */
  let tapOpened = false;
  doc.addEventListener(
    'pointerup',
    (event) => {
      tapOpened = false;
      if (event.pointerType === 'mouse' || (shown && options.isCard(event.target))) return;
      const hit = options.hitTest(event.clientX, event.clientY);
      if (hit && hit.range === shown?.range) return;
      close();
      pointed = hit;
      dismissed = null;
      if (!hit) return;
      shown = hit;
      tapOpened = true;
      options.show(hit);
    },
    listen,
  );
  doc.addEventListener(
    'click',
    (event) => {
      if (!tapOpened) return;
      tapOpened = false;
      event.preventDefault();
    },
    { signal, capture: true },
  );
  doc.addEventListener(
    'pointerout',
    (event) => {
      // Leaving the window: nothing is pointed at any more. (A finger lifted leaves too: a tapped
      // card stays until the next tap.)
      if (event.relatedTarget === null && event.pointerType === 'mouse') {
        pointed = null;
        point = null;
        close();
      }
    },
    listen,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !pointed) return;
      dismissed = pointed;
      close();
    },
    listen,
  );
  doc.addEventListener(
    'scroll',
    () => {
      pointed = null;
      close();
    },
    listen,
  );
  signal.addEventListener('abort', () => {
    view.cancelAnimationFrame(frame);
    close();
  });
}
