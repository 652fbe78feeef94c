// Mounts the hover card in a shadow root (WXT's shadow-root UI, host <wwa-card>) so page CSS
// cannot restyle it, and places it next to the hovered text with floating-ui.
import { computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CardModel } from '../../lib/page/card-model';
import { Card } from './Card';

export const CARD_TAG = 'wwa-card';

export interface CardUi {
  /** Shows the card; the returned function re-renders it with news, unless it was hidden since. */
  show(model: CardModel, anchor: Range): (model: CardModel) => void;
  hide(): void;
  isCard(target: EventTarget | null): boolean;
}

export async function createCardUi(ctx: ContentScriptContext): Promise<CardUi> {
  const ui = await createShadowRootUi(ctx, {
    name: CARD_TAG,
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

  return {
    show(model, anchor) {
      if (!mounted) {
        ui.mount();
        mounted = true;
      }
      const container = ui.uiContainer;
      const shown = ++showing;
      const reference = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
      };
      const place = (next: CardModel) => {
        render(<Card model={next} />, container);
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
        });
      };
      place(model);
      // Hidden until placed, so it never flashes at the corner of the page.
      container.querySelector<HTMLElement>('.card')?.style.setProperty('visibility', 'hidden');
      return (next) => {
        if (shown === showing) place(next);
      };
    },
    hide() {
      showing++;
      if (!mounted) return;
      ui.remove();
      mounted = false;
    },
    isCard: (target) => target === ui.shadowHost,
  };
}
