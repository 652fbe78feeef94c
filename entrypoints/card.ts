// The hover card's code (Preact, floating-ui, the card and its stylesheet), loaded by the content
// script on the first hover or keyboard step, so a page that is only read never loads it. An
// unlisted script the content script imports from the extension's package: it hands over its one
// function through the global of the content script's isolated world, never the page's.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../components/card/card.css?inline';
import { CARD_GLOBAL, type CardModule } from '../components/card/card-module';
import { createCardUi } from '../components/card/card-ui';

export default defineUnlistedScript(() => {
  const module: CardModule = {
    createCardUi: (
      ctx: ContentScriptContext,
      onOpenHistory: (key: string) => void,
      onOpenBoard: (key: string) => void,
    ) => createCardUi(ctx, onOpenHistory, onOpenBoard, cardCss),
  };
  (globalThis as Record<string, unknown>)[CARD_GLOBAL] = module;
});
