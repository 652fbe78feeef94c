// Mounts the hover card in a shadow root (WXT's shadow-root UI, host <wwa-card>) so page CSS
// cannot restyle it, and places it next to the highlighted text with floating-ui. Opened from the
// keyboard, the card takes focus and gives it back when it closes.
import { computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CardModel } from '../../lib/page/card-model';
import { Card } from './Card';

export const CARD_TAG = 'wwa-card';

export interface ShowOptions {
  /** Move focus into the card (the keyboard shortcut opened it). */
  focus?: boolean;
}

export interface CardUi {
  /** Shows the card; the returned function re-renders it with news, unless it was hidden since. */
  show(model: CardModel, anchor: Range, options?: ShowOptions): (model: CardModel) => void;
  hide(): void;
  isCard(target: EventTarget | null): boolean;
}

/** The focused element, looking into shadow roots. */
function activeElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

export async function createCardUi(
  ctx: ContentScriptContext,
  onOpenHistory: (key: string) => void,
  onOpenBoard: (key: string) => void,
  /** The card's stylesheet, put in its shadow root. */
  css: string,
): Promise<CardUi> {
  const ui = await createShadowRootUi(ctx, {
    name: CARD_TAG,
    css,
    position: 'inline',
    anchor: () => document.body ?? document.documentElement,
    append: 'last',
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  let mounted = false;
  let showing = 0;
  /** Where focus was before the keyboard opened the card: it goes back there. */
  let returnFocus: HTMLElement | null = null;

  const hide = () => {
    showing++;
    if (!mounted) return;
    const hadFocus = !!ui.shadow.activeElement;
    ui.remove();
    mounted = false;
    if (hadFocus) returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  };

  ui.uiContainer.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    hide();
  });

  return {
    show(model, anchor, options = {}) {
      if (!mounted) {
        ui.mount();
        mounted = true;
      }
      const container = ui.uiContainer;
      const shown = ++showing;
      const about = anchor.toString().replace(/\s+/g, ' ').trim();
      if (options.focus) returnFocus ??= activeElement(document);
      const reference = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
      };
      const place = (next: CardModel) => {
        render(
          <Card
            model={next}
            about={about}
            focused={!!options.focus}
            onOpenHistory={onOpenHistory}
            onOpenBoard={onOpenBoard}
          />,
          container,
        );
        const card = container.querySelector<HTMLElement>('.card');
        if (!card) return;
        void computePosition(reference, card, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [inline(), offset(6), flip(), shift({ padding: 8 })],
        }).then(({ x, y }) => {
          if (shown !== showing) return;
          card.style.left = `${x}px`;
          card.style.top = `${y}px`;
          card.style.visibility = 'visible';
          if (options.focus) card.focus({ preventScroll: true });
        });
      };
      place(model);
      // Hidden until placed, so it never flashes at the corner of the page.
      container.querySelector<HTMLElement>('.card')?.style.setProperty('visibility', 'hidden');
      return (next) => {
        if (shown === showing) place(next);
      };
    },
    hide,
    isCard: (target) => target === ui.shadowHost,
  };
}
