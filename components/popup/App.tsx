import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { WwaDatabase } from '@/lib/db/schema';
import { boardUrl, type PageParams } from '@/lib/extension-page';
import { type PageStatus, sendToTab } from '@/lib/messages';
import { ActorList } from './ActorList';
import { ActorView } from './ActorView';
import { ExportButton } from './ExportButton';
import { ImportButton } from './ImportButton';
import { ImportPanel } from './ImportPanel';
import { Messages, type Notice, UNDO_MS } from './Messages';
import { SettingsPanel } from './SettingsPanel';
import { ThisPage } from './ThisPage';
import { useLiveQuery } from './useLiveQuery';

type Tab = 'page' | 'actors' | 'settings';

const TABS: [Tab, string][] = [
  ['page', 'This page'],
  ['actors', 'Actors'],
  ['settings', 'Settings'],
];

interface Props {
  db: WwaDatabase;
  /** Set when the page was opened in a tab (popup.html?tab=…); null in the toolbar popup. */
  params?: PageParams | null;
  /** Firefox closes its toolbar popup when a file picker opens: Import goes to a tab there. */
  importInTab?: boolean;
}

/** The tab the popup is about: the one named in the address, else the active tab behind the popup. */
async function aboutTab(params: PageParams | null): Promise<number | null> {
  if (params) return params.tab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App({ db, params = null, importInTab = false }: Props) {
  const [tab, setTab] = useState<Tab>('actors');
  const [actorKey, setActorKey] = useState<string | null>(params?.actor ?? null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const tabButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const pageCount = useLiveQuery(() => db.pages.count(), []);

  // The tab's content script says what the page is (no "tabs" permission needed for that).
  useEffect(() => {
    void aboutTab(params).then(async (id) => {
      setTabId(id);
      const s = id === null ? null : await sendToTab(id, { type: 'pageStatus' });
      setStatus(s);
      // an article, or a page the reader turned off, opens on This page; otherwise on the history
      if (!params?.actor && s && s.state !== 'no-article') setTab('page');
    });
  }, []);

  // An Undo is offered for a while, then the snapshot it holds goes.
  useEffect(() => {
    if (!notice?.undo) return;
    const timer = setTimeout(() => setNotice(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const open = (key: string) => {
    setActorKey(key);
    setTab('actors');
  };
  const select = (id: Tab) => {
    setTab(id);
    if (id === 'actors') setActorKey(null);
  };
  const readAgain = async () => {
    if (tabId === null) return;
    setStatus((s) => s && { ...s, state: 'reading' });
    setStatus(await sendToTab(tabId, { type: 'readAgain' }));
  };
  // arrow keys move between tabs, as in any tab list
  const onTabKey = (event: KeyboardEvent, index: number) => {
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const i = (next + TABS.length) % TABS.length;
    select(TABS[i][0]);
    tabButtons.current[i]?.focus();
  };

  return (
    <>
      <header>
        <h1>Who Wants What</h1>
        <div class="exchange">
          <ExportButton db={db} />
          <ImportButton db={db} say={setNotice} openInTabFor={importInTab ? tabId : undefined} />
        </div>
      </header>
      <Messages notice={notice} onDone={() => setNotice(null)} />
      {params?.importing ? (
        <main>
          <ImportPanel db={db} say={setNotice} />
        </main>
      ) : (
        <>
          <nav aria-label="Views" class="tabs">
            <div role="tablist" aria-label="Views">
              {TABS.map(([id, label], i) => (
                <button
                  key={id}
                  ref={(el) => {
                    tabButtons.current[i] = el;
                  }}
                  type="button"
                  role="tab"
                  id={`tab-${id}`}
                  aria-controls="panel"
                  aria-selected={tab === id}
                  tabIndex={tab === id ? 0 : -1}
                  onClick={() => select(id)}
                  onKeyDown={(e) => onTabKey(e, i)}
                >
                  {label}
                </button>
              ))}
            </div>
            <a class="board-link" href={boardUrl()} target="_blank" rel="noreferrer">
              Board<span aria-hidden="true"> ↗</span>
              <span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          </nav>
          <main>
            <div role="tabpanel" id="panel" aria-labelledby={`tab-${tab}`}>
              {pageCount === 0 && tab === 'actors' ? (
                <div class="welcome">
                  <h2>Nothing read yet</h2>
                  <p>
                    Open a news article. Who Wants What highlights the people, countries and organizations in it, and
                    what they demand. Hover or tap a highlighted name for details, or press the shortcut (Alt+Shift+J)
                    to move through them; come back here to see each actor's history across every page you read.
                  </p>
                  <p>Everything stays in this browser. Import a file exported earlier to bring your history here.</p>
                </div>
              ) : tab === 'page' ? (
                <ThisPage db={db} status={status} tabId={tabId} onOpen={open} onReadAgain={readAgain} say={setNotice} />
              ) : tab === 'actors' ? (
                actorKey ? (
                  <ActorView
                    db={db}
                    actorKey={actorKey}
                    onBack={() => setActorKey(null)}
                    onOpen={open}
                    say={setNotice}
                  />
                ) : (
                  <ActorList db={db} onOpen={open} />
                )
              ) : (
                <SettingsPanel db={db} site={status?.site ?? null} say={setNotice} />
              )}
            </div>
          </main>
        </>
      )}
    </>
  );
}
