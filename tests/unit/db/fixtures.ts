import type { Actor, Demand, Extraction } from '../../../lib/extract/types';
import type { PageInfo } from '../../../lib/messages';

let n = 0;
/** A page as the content script describes it. */
export function page(path: string, site = 'news.example'): PageInfo & { truncated: boolean } {
  const url = `https://${site}/${path}`;
  return { url, canonicalUrl: url, title: `Story ${path}`, site, publishedAt: null, truncated: false };
}

export function actor(id: string, key: string, name: string, kind: Actor['kind'] = 'person', mentions = 1): Actor {
  return {
    id,
    key,
    name,
    kind,
    aliases: [name],
    mentions: Array.from({ length: mentions }, (_, i) => ({ start: i * 10, end: i * 10 + name.length, text: name })),
  };
}

export function demand(actorId: string, targetId: string | null, text: string): Demand {
  n++;
  return {
    actor: actorId,
    target: targetId,
    text,
    start: n,
    end: n + text.length,
    cue: 'demanded',
    sentence: { start: 0, end: 5 },
  };
}

export const extraction = (actors: Actor[], demands: Demand[] = []): Extraction => ({ actors, demands });
