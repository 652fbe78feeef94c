// Wiring only: settings, messages, the card UI and page events, around lib/page's Annotator.
import '../../components/card/card.css';
import { browser } from 'wxt/browser';
import { type CardUi, createCardUi } from '../../components/card/card-ui';
import { type Response, send, type TabRequest } from '../../lib/messages';
import { Annotator } from '../../lib/page/annotator';
import { actorCard, demandCard } from '../../lib/page/card-model';
import { injectHighlightStyles } from '../../lib/page/highlight-styles';
import { type HitEntry, hitTest } from '../../lib/page/hit-test';
import { watchHover } from '../../lib/page/hover';
import { watchLiveChanges } from '../../lib/page/live';
import { createPainter } from '../../lib/page/painter';
import { settingsItem } from '../../lib/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const signal = ctx.signal;
    const settings = await settingsItem.getValue();
    const removeStyles = injectHighlightStyles(document);
    const live = watchLiveChanges({
      doc: document,
      signal,
      onChange: () => annotate(),
      // Once an article is read, only changes in it (or replacing it) matter: not tickers, ads or menus.
      watches: (node) => {
        const root = annotator.page?.map.root;
        return !root?.isConnected || root.contains(node) || node.contains(root);
      },
    });
    const painter = createPainter(document, { onDomEdit: () => live.discardPending() });
    const annotator = new Annotator({
      doc: document,
      painter,
      settings,
      analyse: (request) => send(request),
      fetchHistory: async (keys, excludeUrl) => (await send({ type: 'actorHistory', keys, excludeUrl })).history,
    });
    const annotate = () =>
      annotator.annotate().catch((error: unknown) => {
        if (!signal.aborted && (error as Error)?.name !== 'AbortError') console.debug('[who-wants-what]', error);
      });

    // The card's UI (a shadow root and its stylesheet) is built on the first hover, not at load.
    let cardUi: Promise<CardUi> | null = null;
    let card: CardUi | null = null;
    let hovers = 0;
    watchHover({
      doc: document,
      signal,
      hitTest: (x, y) => hitTest(document, annotator.hitEntries, x, y, { highlights: painter.kind === 'highlights' }),
      show: (entry) => {
        const hover = ++hovers;
        cardUi ??= createCardUi(ctx).then((ui) => (card = ui));
        void cardUi.then((ui) => {
          if (hover === hovers) return showCard(ui, annotator, entry);
        });
      },
      hide: () => {
        hovers++;
        card?.hide();
      },
      isCard: (target) => !!card?.isCard(target),
    });

    const unwatch = settingsItem.watch((settings) => {
      void annotator.updateSettings(settings).catch(() => {});
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // Nothing annotated yet (not an article, or still reading): read the new address afresh.
      if (!annotator.navigated() && annotator.page) return;
      live.reset();
      void annotate();
    });
    const onMessage = (message: TabRequest, _sender: unknown, sendResponse: (r: Response<'pageStatus'>) => void) => {
      if (message?.type !== 'pageStatus') return undefined;
      sendResponse({ ok: true, value: annotator.status() });
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      annotator.dispose();
      removeStyles();
    });

    await annotate();
  },
});

async function showCard(card: CardUi, annotator: Annotator, entry: HitEntry): Promise<void> {
  const page = annotator.page;
  if (!page) return;
  const { annotation } = entry;
  if (annotation.type === 'demand') {
    card.show(demandCard(page.extraction, annotation.demand), entry.range);
    return;
  }
  const model = actorCard(page.extraction, annotation.actor, page.history.get(annotation.actor.key) ?? null);
  const update = card.show(model, entry.range);
  if (model.history) return;
  const history = await annotator.historyOf(annotation.actor.key);
  if (history) update({ ...model, history });
}
