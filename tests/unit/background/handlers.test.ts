import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle, respond } from '../../../lib/background/handlers';
import { database } from '../../../lib/db/schema';
import type { PageInfo } from '../../../lib/messages';

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
  it('extracts, stores and answers with the extraction and history from other pages', async () => {
    const text = 'Vladimir Putin has demanded that Ukraine withdraw its troops from Kursk.';
    await handle({ type: 'analysePage', page: info('one'), text, truncated: false });
    const reply = await handle({ type: 'analysePage', page: info('two'), text, truncated: false });
    if (!reply || !('extraction' in reply)) throw new Error('wrong reply');
    expect(reply.extraction.demands.map((d) => d.text)).toEqual(['withdraw its troops from Kursk']);
    const putin = reply.history.find((h) => h.key === 'person:vladimir-putin');
    expect(putin?.pageCount).toBe(1);
    expect(putin?.recentDemands[0]).toMatchObject({ text: 'withdraw its troops from Kursk', targetName: 'Ukraine' });
    expect(await database().pages.count()).toBe(2);
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
