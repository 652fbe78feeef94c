// The background's answers to the message protocol: extraction runs here, where the engine
// stays warm, and the database lives here, in the extension's origin.

import { browser } from 'wxt/browser';
import { actorHistory, savePage } from '../db/save';
import { database } from '../db/schema';
import { boardUrl, extensionPageUrl } from '../extension-page';
import { extract } from '../extract';
import type { Reply, Request, Response } from '../messages';
import { showTabStatus } from './badge';

/** Who sent a request: content scripts send from a tab. */
export interface Sender {
  tab?: { id?: number };
}

export async function handle(request: Request, sender: Sender = {}): Promise<Reply<Request['type']>> {
  switch (request.type) {
    case 'analysePage': {
      const db = database();
      // the rule-based reader until the tree reader beats it on both development sets (README)
      const extraction = extract(request.text);
      const { keys } = await savePage(db, { ...request.page, truncated: request.truncated }, request.text, extraction);
      // the page sees the keys the store uses, so the card's history lines up with the popup
      for (const actor of extraction.actors) actor.key = keys.get(actor.id) ?? actor.key;
      const history = await actorHistory(
        db,
        extraction.actors.map((a) => a.key),
        request.page.canonicalUrl,
      );
      return { extraction, history };
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
