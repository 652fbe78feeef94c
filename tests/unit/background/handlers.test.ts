import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle, respond } from '../../../lib/background/handlers';
import { database } from '../../../lib/db/schema';
import { extract } from '../../../lib/extract';
import type { PageInfo } from '../../../lib/messages';
import { modelPath, nodeModels } from '../../../lib/nlp/node';

// the background reads the models from its own package: here, from disk
beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = /\/models\/([a-z]+\.bin)$/.exec(url)?.[1];
    return new Response(readFileSync(modelPath(name as 'tagger.bin')));
  });
});

const info = (path: string): PageInfo => ({
  url: `https://news.example/${path}?utm_source=x`,
  canonicalUrl: `https://news.example/${path}`,
  title: path,
  site: 'news.example',
  publishedAt: null,
});

beforeEach(async () => {
  fakeBrowser.reset();
  await database().delete();
  await database().open();
});

describe('background handlers', () => {
  it('answers with the tree reader’s extraction, then with the stored keys and the history from other pages', async () => {
    const text = 'Vladimir Putin has demanded that Ukraine withdraw its troops from Kursk.';
    await handle({ type: 'analysePage', page: info('one'), text, truncated: false });
    await handle({ type: 'storePage', page: info('one'), truncated: false });
    const reply = await handle({ type: 'analysePage', page: info('two'), text, truncated: false });
    if (!reply || !('extraction' in reply)) throw new Error('wrong reply');
    expect(reply.extraction).toEqual(extract(text, nodeModels()));
    // the badge's count, counted where the words' rules live: one demand
    expect(reply.demands).toBe(1);
    const stored = await handle({ type: 'storePage', page: info('two'), truncated: false });
    if (!stored || !('keys' in stored)) throw new Error('wrong reply');
    const putin = reply.extraction.actors.find((a) => a.name === 'Vladimir Putin');
    expect(stored.keys[putin?.id ?? '']).toBe('person:vladimir-putin');
    const history = stored.history.find((h) => h.key === 'person:vladimir-putin');
    expect(history?.pageCount).toBe(1);
    expect(history?.recentDemands[0]).toMatchObject({ text: 'withdraw its troops from Kursk', targetName: 'Ukraine' });
    expect(await database().pages.count()).toBe(2);
  });

  it('a page it holds no save of is asked for its text, and stored from it', async () => {
    const text = 'The union demanded a 12% pay rise.';
    expect(await handle({ type: 'storePage', page: info('unseen'), truncated: false })).toBeNull();
    expect(await database().pages.count()).toBe(0);
    const stored = await handle({ type: 'storePage', page: info('unseen'), truncated: false, text });
    expect(stored).toMatchObject({ history: expect.any(Array) });
    expect(await database().pages.count()).toBe(1);
  });

  it('answers errors inside the envelope', async () => {
    const bad = { type: 'analysePage', page: info('x'), text: null, truncated: false } as unknown as Parameters<
      typeof respond
    >[0];
    const res = await respond(bad);
    expect(res.ok).toBe(false);
  });

  it('opens the board in a tab, on the actor the card asked about', async () => {
    await handle({ type: 'openBoard', actorKey: 'org:rcn' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/board.html?actor=org%3Arcn'));
  });
});
