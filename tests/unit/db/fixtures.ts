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

/**
 * A president's demand of a third state, made for his country and jointly with a neighbour
 * (onBehalfOf, alsoBy): one demand that belongs in three histories.
 */
export function spokenFor(text = 'withdraw its troops'): Extraction {
  return extraction(
    [
      actor('s1', 'person:volodymyr-zelensky', 'Volodymyr Zelensky'),
      actor('s2', 'country:UKR', 'Ukraine', 'country'),
      actor('s3', 'country:POL', 'Poland', 'country'),
      actor('s4', 'country:RUS', 'Russia', 'country'),
    ],
    [{ ...demand('s1', 's4', text), onBehalfOf: 's2', alsoBy: ['s3'] }],
  );
}
