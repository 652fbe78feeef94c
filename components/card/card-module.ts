// How the content script gets the card's code, which it loads on first use (entrypoints/card.ts):
// the card's script leaves its module here, on the global of the content script's isolated world.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardUi } from './card-ui';

export const CARD_GLOBAL = '__wwaCard';

export interface CardModule {
  createCardUi(
    ctx: ContentScriptContext,
    onOpenHistory: (key: string) => void,
    onOpenBoard: (key: string) => void,
  ): Promise<CardUi>;
}
