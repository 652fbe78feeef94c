// Wiring only: settings, messages, the card UI and page events, around lib/page's Annotator.
import { browser } from 'wxt/browser';
import { CARD_GLOBAL, type CardModule } from '../../components/card/card-module';
import type { CardUi, ShowOptions } from '../../components/card/card-ui';
import { type PageStatus, type Response, send, type TabRequest } from '../../lib/messages';
import { quoteOfUrl } from '../../lib/page/anchor';
import { Annotator } from '../../lib/page/annotator';
import { actorCard, demandCard } from '../../lib/page/card-model';
import { HighlightCursor, reveal } from '../../lib/page/focus';
import { injectHighlightStyles } from '../../lib/page/highlight-styles';
import { type HitEntry, hitTest } from '../../lib/page/hit-test';
import { watchHover } from '../../lib/page/hover';
import { watchLiveChanges } from '../../lib/page/live';
import { createPainter } from '../../lib/page/painter';
import { showActor, showQuote } from '../../lib/page/passage';
import { settingsItem } from '../../lib/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // the card's stylesheet comes with its code (entrypoints/card.ts), into its shadow root
  cssInjectionMode: 'manual',
  // WXT tells an older copy of this script to stop through a DOM event; its extra postMessage to
  // the page's own listeners (2 ms of the page's main thread at start, measured) is left out
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const signal = ctx.signal;
    const settings = await settingsItem.getValue();
    let removeStyles: (() => void) | null = null;
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
    const painter = createPainter(document, {
      onDomEdit: () => live.discardPending(),
      // the stylesheet goes in with the first highlights, not at load
      beforePaint: () => {
        removeStyles ??= injectHighlightStyles(document);
      },
    });
    // The toolbar icon shows what this tab's page is. A page with nothing to show says nothing
    // (pausing shows on every tab's icon at once), unless it has shown something before: a count
    // to take back, or a single-page site moving on from an article.
    let badgeShown = false;
    const showState = (status: PageStatus) => {
      const quiet = status.state === 'no-article' || status.state === 'paused';
      if (status.state === 'reading' || (quiet && !badgeShown)) return;
      badgeShown = status.state !== 'no-article';
      void send({ type: 'showState', status }, { signal }).catch(() => {});
    };
    const annotator = new Annotator({
      doc: document,
      painter,
      settings,
      analyse: (request, runSignal) => send(request, { signal: AbortSignal.any([signal, runSignal]) }),
      store: (request, runSignal) => send(request, { signal: AbortSignal.any([signal, runSignal]) }),
      fetchHistory: async (keys, excludeUrl) =>
        (await send({ type: 'actorHistory', keys, excludeUrl }, { signal })).history,
      onStatus: showState,
    });
    const annotate = () =>
      annotator.annotate().catch((error: unknown) => {
        if (!signal.aborted && (error as Error)?.name !== 'AbortError') console.debug('[who-wants-what]', error);
      });

    // The card's code and UI (a shadow root and its stylesheet) are loaded on first use, not at load.
    let cardUi: Promise<CardUi> | null = null;
    let card: CardUi | null = null;
    let shows = 0;
    const openCard = (entry: HitEntry, options?: ShowOptions) => {
      const show = ++shows;
      cardUi ??= loadCard()
        .then((module) =>
          module.createCardUi(
            ctx,
            (actorKey) => {
              void send({ type: 'openHistory', actorKey }, { signal }).catch(() => {});
            },
            (actorKey) => {
              void send({ type: 'openBoard', actorKey }, { signal }).catch(() => {});
            },
          ),
        )
        .then((ui) => (card = ui));
      void cardUi.then((ui) => {
        if (show === shows) return showCard(ui, annotator, entry, options);
      });
    };
    watchHover({
      doc: document,
      signal,
      hitTest: (x, y) => hitTest(document, annotator.hitEntries, x, y, { highlights: painter.kind === 'highlights' }),
      show: (entry) => openCard(entry),
      hide: () => {
        shows++;
        card?.hide();
      },
      isCard: (target) => !!card?.isCard(target),
    });
    const cursor = new HighlightCursor();

    const unwatch = settingsItem.watch((settings) => {
      void annotator.updateSettings(settings).catch(() => {});
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // Nothing annotated yet (not an article, or still reading): read the new address afresh.
      if (!annotator.navigated() && annotator.page) return;
      live.reset();
      cursor.reset();
      void annotate();
    });
    const answer = async (message: TabRequest): Promise<Response<TabRequest['type']>> => {
      switch (message.type) {
        case 'pageStatus':
          return { ok: true, value: annotator.status() };
        case 'readAgain':
          await annotate();
          return { ok: true, value: annotator.status() };
        case 'focusHighlight': {
          const entry = cursor.step(annotator.hitEntries, message.step);
          if (!entry) return { ok: true, value: false };
          reveal(document, entry);
          openCard(entry, { focus: true });
          return { ok: true, value: true };
        }
        case 'showPassage': {
          const page = annotator.page;
          return { ok: true, value: !!page && showQuote(document, page, annotator.hitEntries, message.quote) };
        }
        case 'showActor': {
          const page = annotator.page;
          return { ok: true, value: !!page && showActor(document, page, annotator.hitEntries, message.actorKey) };
        }
      }
    };
    const onMessage = (message: TabRequest, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (!['pageStatus', 'readAgain', 'focusHighlight', 'showPassage', 'showActor'].includes(message?.type)) {
        return undefined;
      }
      answer(message).then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      annotator.dispose();
      removeStyles?.();
    });

    await annotate();
    // opened from the board at a passage (popup.html or board.html link): show it once read
    const quote = quoteOfUrl(location.href);
    if (quote && annotator.page) showQuote(document, annotator.page, annotator.hitEntries, quote);
  },
});

/** The card's script, imported from the extension's package (web-accessible: see wxt.config.ts). */
async function loadCard(): Promise<CardModule> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/card.js'));
  return (globalThis as unknown as Record<string, CardModule>)[CARD_GLOBAL];
}

async function showCard(card: CardUi, annotator: Annotator, entry: HitEntry, options?: ShowOptions): Promise<void> {
  const page = annotator.page;
  if (!page) return;
  const { annotation } = entry;
  if (annotation.type === 'demand') {
    card.show(demandCard(page.extraction, annotation.demand), entry.range, options);
    return;
  }
  const model = actorCard(page.extraction, annotation.actor, page.history.get(annotation.actor.key) ?? null);
  const update = card.show(model, entry.range, options);
  if (model.history) return;
  const history = await annotator.historyOf(annotation.actor);
  if (history) update({ ...model, history });
}
