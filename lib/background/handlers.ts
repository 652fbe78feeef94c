// The background's answers to the message protocol: extraction runs here, where the engine
// stays warm, and the database lives here, in the extension's origin. A page is answered as soon
// as it is extracted, so it paints; storing it and looking up its actors' history follow.

import { browser } from 'wxt/browser';
import { actorHistory, savePage } from '../db/save';
import { database, type WwaDatabase } from '../db/schema';
import { distinctDemands } from '../db/words';
import { boardUrl, extensionPageUrl } from '../extension-page';
import { extract } from '../extract';
import type { Extraction } from '../extract/types';
import type { PageInfo, Reply, Request, Response, StoredPage } from '../messages';
import { showTabStatus } from './badge';
import { backgroundModels } from './models';
import { PendingSaves } from './pending-saves';

/** Who sent a request: content scripts send from a tab. */
export interface Sender {
  tab?: { id?: number };
}

const saves = new PendingSaves<StoredPage>();

/**
 * The models load on the first request of a worker's life (not at its start) and stay for its
 * life; the database opens meanwhile, so a cold worker pays for the slower of the two, not both.
 */
function readyModels() {
  void database()
    .open()
    .catch(() => {});
  return backgroundModels();
}

async function store(
  db: WwaDatabase,
  page: PageInfo,
  truncated: boolean,
  text: string,
  extraction: Extraction,
): Promise<StoredPage> {
  const { keys } = await savePage(db, { ...page, truncated }, text, extraction);
  // the card's history is under the keys the store uses, so it lines up with the popup
  const stored = [...new Set(extraction.actors.map((a) => keys.get(a.id) ?? a.key))];
  return { keys: Object.fromEntries(keys), history: await actorHistory(db, stored, page.canonicalUrl) };
}

/** Extracts the text and starts storing it; the save is found again by the page's storePage. */
async function extractAndStore(request: { page: PageInfo; truncated: boolean; text: string }) {
  const extraction = extract(request.text, await readyModels());
  const saved = saves.start(request.page.canonicalUrl, () =>
    store(database(), request.page, request.truncated, request.text, extraction),
  );
  return { extraction, saved };
}

export async function handle(request: Request, sender: Sender = {}): Promise<Reply<Request['type']>> {
  switch (request.type) {
    case 'analysePage': {
      // the page's first request: the models load for it (the database opening meanwhile)
      const extraction = request.partial
        ? extract(request.text, await readyModels())
        : (await extractAndStore(request)).extraction;
      // counted here, where the words' rules are loaded anyway, not on the page's main thread
      return { extraction, demands: distinctDemands(extraction) };
    }
    case 'storePage': {
      const pending = saves.find(request.page.canonicalUrl);
      if (pending) return pending;
      if (request.text === undefined) return null;
      return (await extractAndStore({ ...request, text: request.text })).saved;
    }
    case 'actorHistory':
      return { history: await actorHistory(database(), request.keys, request.excludeUrl) };
    case 'showState':
      if (sender.tab?.id !== undefined) await showTabStatus(sender.tab.id, request.status);
      return null;
    case 'openHistory':
      // an extension page is not web-accessible: only the background may open one for a tab
      await browser.tabs.create({ url: extensionPageUrl({ tab: sender.tab?.id ?? null, actor: request.actorKey }) });
      return null;
    case 'openBoard':
      await browser.tabs.create({ url: boardUrl(request.actorKey) });
      return null;
  }
}

const REQUEST_TYPES = new Set<string>([
  'analysePage',
  'storePage',
  'actorHistory',
  'showState',
  'openHistory',
  'openBoard',
] satisfies Request['type'][]);

export function isRequest(message: unknown): message is Request {
  return (
    typeof message === 'object' && message !== null && REQUEST_TYPES.has((message as { type?: string }).type ?? '')
  );
}

/** Wraps `handle` in the Response envelope, so errors reach the sender as text, not as silence. */
export async function respond(request: Request, sender: Sender = {}): Promise<Response<Request['type']>> {
  try {
    return { ok: true, value: await handle(request, sender) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
