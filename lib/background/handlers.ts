// The background's answers to the message protocol: extraction runs here, where the engine
// stays warm, and the database lives here, in the extension's origin.

import { actorHistory, savePage } from '../db/save';
import { database } from '../db/schema';
import { extract } from '../extract';
import type { Reply, Request, Response } from '../messages';

export async function handle(request: Request): Promise<Reply<Request['type']>> {
  const db = database();
  switch (request.type) {
    case 'analysePage': {
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
      return { history: await actorHistory(db, request.keys, request.excludeUrl) };
  }
}

const REQUEST_TYPES = new Set<string>(['analysePage', 'actorHistory']);

export function isRequest(message: unknown): message is Request {
  return (
    typeof message === 'object' && message !== null && REQUEST_TYPES.has((message as { type?: string }).type ?? '')
  );
}

/** Wraps `handle` in the Response envelope, so errors reach the sender as text, not as silence. */
export async function respond(request: Request): Promise<Response<Request['type']>> {
  try {
    return { ok: true, value: await handle(request) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
