import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { WwaDatabase } from '@/lib/db/schema';
import { sendToTab } from '@/lib/messages';
import { ActorList } from './ActorList';
import { ActorView } from './ActorView';
import { ExportButton } from './ExportButton';
import { ImportButton } from './ImportButton';
import { SettingsPanel } from './SettingsPanel';
import { ThisPage } from './ThisPage';
import { useLiveQuery } from './useLiveQuery';

type Tab = 'page' | 'actors' | 'settings';
type Status = { canonicalUrl: string; truncated: boolean } | null;

const TABS: [Tab, string][] = [
  ['page', 'This page'],
  ['actors', 'Actors'],
  ['settings', 'Settings'],
];

/** The current tab's page, asked of its content script (no "tabs" permission needed). */
async function currentPage(): Promise<Status> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : sendToTab(tab.id, { type: 'pageStatus' });
}

export function App({ db }: { db: WwaDatabase }) {
  const [tab, setTab] = useState<Tab>('actors');
  const [actorKey, setActorKey] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const pageCount = useLiveQuery(() => db.pages.count(), []);

  useEffect(() => {
    currentPage().then((s) => {
      setStatus(s);
      if (s) setTab('page');
    });
  }, []);

  const open = (key: string) => {
    setActorKey(key);
    setTab('actors');
  };
  const site = status ? new URL(status.canonicalUrl).hostname.replace(/^www\./, '') : null;

  return (
    <>
      <header>
        <h1>Who Wants What</h1>
        <div class="exchange">
          <ExportButton db={db} />
          <ImportButton db={db} />
        </div>
      </header>
      <nav role="tablist" aria-label="Views">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            onClick={() => {
              setTab(id);
              if (id === 'actors') setActorKey(null);
            }}
          >
            {label}
          </button>
        ))}
      </nav>
      <main>
        {pageCount === 0 && tab !== 'settings' ? (
          <div class="welcome">
            <h2>Nothing read yet</h2>
            <p>
              Open a news article. Who Wants What highlights the people, countries and organizations in it, and what
              they demand. Hover a highlighted name for details; come back here to see each actor's history across every
              page you read.
            </p>
            <p>Everything stays in this browser. Import a file exported earlier to bring your history here.</p>
          </div>
        ) : tab === 'page' ? (
          <ThisPage db={db} status={status} onOpen={open} />
        ) : tab === 'actors' ? (
          actorKey ? (
            <ActorView db={db} actorKey={actorKey} onBack={() => setActorKey(null)} onOpen={open} />
          ) : (
            <ActorList db={db} onOpen={open} />
          )
        ) : (
          <SettingsPanel db={db} site={site} />
        )}
      </main>
    </>
  );
}
