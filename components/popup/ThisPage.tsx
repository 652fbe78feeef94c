import { Fragment } from 'preact';
import { deletePage, restore } from '@/lib/db/delete';
import { pageDetail } from '@/lib/db/queries';
import type { WwaDatabase } from '@/lib/db/schema';
import { KIND_LABEL, TINT } from '@/lib/kinds';
import { type PageStatus, sendToTab } from '@/lib/messages';
import { quoteFrom } from '@/lib/page/anchor';
import { settingsItem } from '@/lib/settings';
import { Legend } from '../legend/Legend';
import { DemandList } from './DemandList';
import { plural } from './format';
import type { Notice } from './Messages';
import { useLiveQuery } from './useLiveQuery';

interface Props {
  db: WwaDatabase;
  /** The current tab's page, as its content script tells it; null when the tab has none. */
  status: PageStatus | null;
  /** The tab the page is in, to show a demand or actor there. */
  tabId?: number | null;
  onOpen(key: string): void;
  /** Asks the tab to read its page again, after it could not be read. */
  onReadAgain(): void;
  say(notice: Notice | null): void;
}

async function turnOn(change: { paused?: false; site?: string }) {
  const settings = await settingsItem.getValue();
  await settingsItem.setValue({
    ...settings,
    paused: change.paused ?? settings.paused,
    disabledSites: settings.disabledSites.filter((s) => s !== change.site),
  });
}

/** The tab's page: its demands first, the actors in one line under them; or plainly why there are none. */
export function ThisPage({ db, status, tabId = null, onOpen, onReadAgain, say }: Props) {
  const read = status?.state === 'read' ? status.canonicalUrl : null;
  const detail = useLiveQuery(async () => (read ? pageDetail(db, read) : null), [read]);
  switch (status?.state) {
    case undefined:
    case 'no-article':
      return (
        <p class="empty">
          This tab shows no news article we annotate. Open an article, and the actors and demands in it appear here.
        </p>
      );
    case 'paused':
      return (
        <div class="state">
          <p>Who Wants What is paused: it highlights and remembers nothing, on any site.</p>
          <button type="button" onClick={() => turnOn({ paused: false })}>
            Resume
          </button>
        </div>
      );
    case 'site-off':
      return (
        <div class="state">
          <p>Who Wants What is turned off on {status.site}: pages there are not highlighted or remembered.</p>
          <button type="button" onClick={() => turnOn({ site: status.site })}>
            Turn on for {status.site}
          </button>
        </div>
      );
    case 'failed':
      return (
        <div class="state">
          <p role="alert">This page could not be read: {status.error}</p>
          <button type="button" onClick={onReadAgain}>
            Try again
          </button>
        </div>
      );
    case 'reading':
      return <p class="empty">Reading this article…</p>;
  }
  if (detail === undefined) return null;
  // read and saved, yet not in the store: the reader deleted it since
  if (detail === null) {
    return <p class="empty">This article is no longer in your history. Reload it to read it again.</p>;
  }
  const { page, actors, demands } = detail;
  return (
    <section aria-labelledby="page-title" class="this-page">
      <h2 id="page-title">{page.title || page.url}</h2>
      {status?.truncated && <p class="notice">This page is very long: only its beginning was read (partial).</p>}
      <h3>{demands.length ? plural(demands.length, 'demand') : 'Demands'}</h3>
      <DemandList
        demands={demands}
        show="both"
        empty="Nobody on this page demands anything."
        onShow={
          tabId === null
            ? undefined
            : (d) => void sendToTab(tabId, { type: 'showPassage', quote: quoteFrom(d.sentence, d.text) })
        }
      />
      {actors.length > 0 && (
        <p class="actor-line">
          <span class="label">{plural(actors.length, 'actor')}: </span>
          {actors.map((a, i) => (
            <Fragment key={a.key}>
              {/* a name and its "show in the page" stay on one line */}
              <span class="actor-pair">
                <button type="button" class="actor-link" onClick={() => onOpen(a.key)}>
                  <span class="dot" style={{ background: TINT[a.kind] }} aria-hidden="true" />
                  {a.name}
                  <span class="visually-hidden"> ({KIND_LABEL[a.kind]})</span>
                </button>
                {tabId !== null && (
                  <button
                    type="button"
                    class="locate"
                    aria-label={`Show ${a.name} in the page`}
                    title="Show in the page"
                    onClick={() => void sendToTab(tabId, { type: 'showActor', actorKey: a.key })}
                  >
                    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
                      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.6" />
                      <circle cx="8" cy="8" r="1.8" fill="currentColor" />
                    </svg>
                  </button>
                )}
              </span>
              {i < actors.length - 1 ? ' ' : ''}
            </Fragment>
          ))}
        </p>
      )}
      <Legend />
      <button
        type="button"
        class="quiet-button"
        onClick={async () => {
          const snapshot = await deletePage(db, page.id);
          say({
            tone: 'info',
            text: `Deleted “${page.title || page.url}” from your history.`,
            undo: () => restore(db, snapshot),
          });
        }}
      >
        Delete this page from history
      </button>
    </section>
  );
}
