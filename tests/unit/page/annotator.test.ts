import { describe, expect, test, vi } from 'vitest';
import { distinctDemands } from '../../../lib/db/words';
import type { Extraction } from '../../../lib/extract/types';
import type { Reply, Request } from '../../../lib/messages';
import { Annotator } from '../../../lib/page/annotator';
import { createPainter } from '../../../lib/page/painter';
import type { Settings } from '../../../lib/settings';
import { paintedTexts, withHighlightRegistry } from './fake-highlights';
import { fixtureDocument, htmlDocument } from './fixture-document';

type AnalyseRequest = Extract<Request, { type: 'analysePage' }>;
type StoreRequest = Extract<Request, { type: 'storePage' }>;

/** A background that has stored the page under the keys the page gave, with no history. */
const stored = async (_request: StoreRequest): Promise<Reply<'storePage'>> => ({ keys: {}, history: [] });

const SETTINGS: Settings = { paused: false, highlightActors: true, highlightDemands: true, disabledSites: [] };
const CANONICAL = 'https://news.example.org/world/2026/11/putin-ceasefire-demands';

/** Finds Putin, NATO and one demand in whatever text it is given, as an engine would. */
function extractionOf(text: string): Extraction {
  const at = (s: string) => text.indexOf(s);
  const mention = (s: string) => ({ start: at(s), end: at(s) + s.length, text: s });
  const demand = 'withdraw its troops from four regions';
  return {
    actors: [
      {
        id: 'a1',
        key: 'person:vladimir-putin',
        name: 'Vladimir Putin',
        kind: 'person',
        aliases: [],
        mentions: [mention('Vladimir Putin')],
      },
      { id: 'a2', key: 'org:nato', name: 'NATO', kind: 'organization', aliases: [], mentions: [mention('NATO')] },
    ],
    demands: [
      {
        actor: 'a1',
        target: null,
        text: demand,
        start: at(demand),
        end: at(demand) + demand.length,
        cue: 'has demanded that',
        sentence: { start: 0, end: 1 },
      },
    ],
  };
}

/** The background's answer: the extraction, and its demands counted as the popup counts them. */
function replyFor(text: string): Reply<'analysePage'> {
  const extraction = extractionOf(text);
  return { extraction, demands: distinctDemands(extraction) };
}

function setUp(settings: Settings = SETTINGS, file = 'ceasefire.html') {
  const doc = fixtureDocument(file, 'https://www.news.example.org/world/putin?utm_source=x');
  const registry = withHighlightRegistry(doc);
  const analyse = vi.fn(async (request: AnalyseRequest): Promise<Reply<'analysePage'>> => replyFor(request.text));
  const annotator = new Annotator({ doc, painter: createPainter(doc), settings, analyse, store: stored });
  return { doc, registry, analyse, annotator };
}

const ALL = {
  'wwa-person': ['Vladimir Putin'],
  'wwa-organization': ['NATO'],
  'wwa-demand': ['withdraw its troops from four regions'],
};

describe('Annotator', () => {
  test('sends the article once per version and paints the answer', async () => {
    const { doc, registry, analyse, annotator } = setUp();
    await annotator.annotate();
    expect(analyse).toHaveBeenCalledTimes(1);
    const request = analyse.mock.calls[0]?.[0];
    expect(request).toMatchObject({ type: 'analysePage', truncated: false, page: { canonicalUrl: CANONICAL } });
    expect(paintedTexts(registry)).toEqual(ALL);
    expect(annotator.status()).toEqual({
      site: 'news.example.org',
      state: 'read',
      canonicalUrl: CANONICAL,
      truncated: false,
      demands: 1,
      error: null,
    });
    expect(annotator.hitEntries.map((e) => e.range.toString())).toEqual([
      'Vladimir Putin',
      'NATO',
      'withdraw its troops from four regions',
    ]);

    await annotator.annotate();
    expect(analyse).toHaveBeenCalledTimes(1);

    const p = doc.createElement('p');
    p.textContent = 'A new paragraph arrived.';
    doc.querySelector('.story-body')?.append(p);
    await annotator.annotate();
    expect(analyse).toHaveBeenCalledTimes(2);
    expect(analyse.mock.calls[1]?.[0].text).toContain('A new paragraph arrived.');
  });

  test('cuts long articles and says so', async () => {
    const doc = fixtureDocument('ceasefire.html');
    withHighlightRegistry(doc);
    const analyse = vi.fn(async (_request: AnalyseRequest) => ({
      extraction: { actors: [], demands: [] },
      demands: 0,
    }));
    const annotator = new Annotator({
      doc,
      painter: createPainter(doc),
      settings: SETTINGS,
      analyse,
      store: stored,
      maxChars: 100,
    });
    await annotator.annotate();
    expect(analyse.mock.calls[0]?.[0]).toMatchObject({ truncated: true });
    expect(annotator.status()?.truncated).toBe(true);
  });

  test('a page that is not an article is neither sent nor painted', async () => {
    const { analyse, annotator, registry } = setUp(SETTINGS, 'front.html');
    await annotator.annotate();
    expect(analyse).not.toHaveBeenCalled();
    expect(registry.size).toBe(0);
    expect(annotator.status()).toMatchObject({ site: 'news.example.org', state: 'no-article', canonicalUrl: null });
  });

  test('a disabled site or a pause sends nothing; turning it back on paints', async () => {
    const { analyse, annotator, registry } = setUp({ ...SETTINGS, disabledSites: ['news.example.org'] });
    await annotator.annotate();
    expect(analyse).not.toHaveBeenCalled();
    // the site is still named, so the popup can offer to turn it back on
    expect(annotator.status()).toMatchObject({ site: 'news.example.org', state: 'site-off', canonicalUrl: null });
    await annotator.updateSettings(SETTINGS);
    expect(paintedTexts(registry)).toEqual(ALL);
    await annotator.updateSettings({ ...SETTINGS, paused: true });
    expect(registry.size).toBe(0);
    expect(annotator.status()).toMatchObject({ state: 'paused', canonicalUrl: null });
    await annotator.updateSettings(SETTINGS);
    expect(paintedTexts(registry)).toEqual(ALL);
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  test('highlight options repaint at once without asking the background again', async () => {
    const { analyse, annotator, registry } = setUp();
    await annotator.annotate();
    await annotator.updateSettings({ ...SETTINGS, highlightDemands: false });
    expect(paintedTexts(registry)).toEqual({ 'wwa-person': ALL['wwa-person'], 'wwa-organization': ['NATO'] });
    await annotator.updateSettings({ ...SETTINGS, highlightActors: false });
    expect(paintedTexts(registry)).toEqual({ 'wwa-demand': ALL['wwa-demand'] });
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  test('after a client-side navigation that leaves the canonical link stale, the address is the identity', async () => {
    const { doc, analyse, annotator } = setUp();
    await annotator.annotate();
    doc.defaultView?.history.pushState({}, '', '/world/putin?utm_source=x#comments');
    expect(annotator.navigated()).toBe(false);
    expect(annotator.status()).toMatchObject({ state: 'read', canonicalUrl: CANONICAL });
    doc.defaultView?.history.pushState({}, '', '/world/another-story?utm_medium=x');
    expect(annotator.navigated()).toBe(true);
    expect(annotator.status()).toMatchObject({ state: 'no-article', canonicalUrl: null });
    const story = doc.querySelector('.story-body') as Element;
    story.innerHTML = `<p>${'A different story about NATO and its members, long enough to be read as one. '.repeat(4)}</p>`;
    await annotator.annotate();
    expect(analyse.mock.calls[1]?.[0].page.canonicalUrl).toBe('https://www.news.example.org/world/another-story');
    doc.defaultView?.history.pushState({}, '', '/world/third-story');
    story.innerHTML = `<p>${'A third story about Germany and its neighbours, long enough to be read as one. '.repeat(4)}</p>`;
    await annotator.annotate();
    expect(analyse.mock.calls[2]?.[0].page.canonicalUrl).toBe('https://www.news.example.org/world/third-story');
  });

  test('new text noticed at a new address, before the location change, is a new page', async () => {
    const { doc, analyse, annotator } = setUp();
    await annotator.annotate();
    doc.defaultView?.history.pushState({}, '', '/world/another-story');
    const story = doc.querySelector('.story-body') as Element;
    story.innerHTML = `<p>${'A different story about NATO and its members, long enough to be read as one. '.repeat(4)}</p>`;
    await annotator.annotate();
    expect(analyse.mock.calls[1]?.[0].page.canonicalUrl).toBe('https://www.news.example.org/world/another-story');
    expect(annotator.navigated()).toBe(false);
  });

  test('history comes from the answer, else is asked for once per actor', async () => {
    const doc = fixtureDocument('ceasefire.html');
    withHighlightRegistry(doc);
    const putin = { key: 'person:vladimir-putin', pageCount: 2, recentDemands: [] };
    const nato = { key: 'org:nato', pageCount: 5, recentDemands: [] };
    const fetchHistory = vi.fn(async (_keys: string[], _excludeUrl: string) => [nato]);
    const annotator = new Annotator({
      doc,
      painter: createPainter(doc),
      settings: SETTINGS,
      analyse: async (request) => replyFor(request.text),
      store: async () => ({ keys: {}, history: [putin] }),
      fetchHistory,
    });
    expect(await annotator.historyOf({ key: 'org:nato' })).toBeNull();
    await annotator.annotate();
    expect(await annotator.historyOf({ key: 'person:vladimir-putin' })).toEqual(putin);
    expect(fetchHistory).not.toHaveBeenCalled();
    expect(await annotator.historyOf({ key: 'org:nato' })).toEqual(nato);
    expect(await annotator.historyOf({ key: 'org:nato' })).toEqual(nato);
    expect(fetchHistory.mock.calls).toEqual([[['org:nato'], CANONICAL]]);
  });

  test('re-reading unchanged text repaints only when the page re-rendered it into new nodes', async () => {
    const { doc, annotator, registry } = setUp();
    const painter = createPainter(doc);
    const paint = vi.spyOn(painter, 'paint');
    const spied = new Annotator({
      doc,
      painter,
      settings: SETTINGS,
      analyse: async (request) => replyFor(request.text),
      store: stored,
    });
    annotator.dispose();
    await spied.annotate();
    await spied.annotate();
    expect(paint).toHaveBeenCalledTimes(1);
    const body = doc.querySelector('.story-body') as Element;
    body.innerHTML = body.innerHTML;
    await spied.annotate();
    expect(paint).toHaveBeenCalledTimes(2);
    expect(paintedTexts(registry)).toEqual(ALL);
    expect(spied.hitEntries.every((entry) => entry.range.commonAncestorContainer.isConnected)).toBe(true);
  });

  test('dispose takes every highlight off', async () => {
    const { annotator, registry } = setUp();
    await annotator.annotate();
    annotator.dispose();
    expect(registry.size).toBe(0);
    expect(annotator.hitEntries).toEqual([]);
  });
});

describe('Annotator status', () => {
  test('says it is reading while the background works, then read; each change reported once', async () => {
    const doc = fixtureDocument('ceasefire.html', 'https://www.news.example.org/world/putin');
    withHighlightRegistry(doc);
    let answer: (reply: Reply<'analysePage'>) => void = () => {};
    const reported: string[] = [];
    const annotator = new Annotator({
      doc,
      painter: createPainter(doc),
      settings: SETTINGS,
      analyse: () => new Promise((resolve) => (answer = resolve)),
      store: stored,
      onStatus: (status) => reported.push(status.state),
    });
    const reading = annotator.annotate();
    await vi.waitFor(() => expect(annotator.status().state).toBe('reading'));
    answer(replyFor(doc.body.textContent ?? ''));
    await reading;
    expect(reported).toEqual(['reading', 'read']);
  });

  test('a page the background never answered for says why, and reads again when asked', async () => {
    const doc = fixtureDocument('ceasefire.html', 'https://www.news.example.org/world/putin');
    const registry = withHighlightRegistry(doc);
    const analyse = vi
      .fn<(request: AnalyseRequest) => Promise<Reply<'analysePage'>>>()
      .mockRejectedValueOnce(new Error("The extension's background did not answer analysePage"))
      .mockImplementation(async (request) => replyFor(request.text));
    const annotator = new Annotator({ doc, painter: createPainter(doc), settings: SETTINGS, analyse, store: stored });
    await expect(annotator.annotate()).rejects.toThrow();
    expect(annotator.status()).toMatchObject({
      state: 'failed',
      error: "The extension's background did not answer analysePage",
    });
    expect(registry.size).toBe(0);
    await annotator.annotate();
    expect(annotator.status()).toMatchObject({ state: 'read', error: null });
    expect(paintedTexts(registry)).toEqual(ALL);
  });
});

describe('Annotator: paint before store', () => {
  test('paints from the extraction while the store has not answered; the history comes with the store', async () => {
    const doc = fixtureDocument('ceasefire.html', 'https://www.news.example.org/world/putin');
    const registry = withHighlightRegistry(doc);
    let storeAnswer: (reply: Reply<'storePage'>) => void = () => {};
    const putin = { key: 'person:vladimir-putin', pageCount: 3, recentDemands: [] };
    const annotator = new Annotator({
      doc,
      painter: createPainter(doc),
      settings: SETTINGS,
      analyse: async (request) => replyFor(request.text),
      store: () => new Promise((resolve) => (storeAnswer = resolve)),
    });
    const reading = annotator.annotate();
    await vi.waitFor(() => expect(paintedTexts(registry)).toEqual(ALL));
    expect(annotator.status().state).toBe('read');
    const history = annotator.historyOf({ key: 'person:vladimir-putin' });
    storeAnswer({ keys: {}, history: [putin] });
    await reading;
    expect(await history).toEqual(putin);
  });

  test('takes the keys the store chose, and the history under them', async () => {
    const doc = fixtureDocument('ceasefire.html');
    withHighlightRegistry(doc);
    const known = { key: 'org:north-atlantic', pageCount: 7, recentDemands: [] };
    const annotator = new Annotator({
      doc,
      painter: createPainter(doc),
      settings: SETTINGS,
      analyse: async (request) => replyFor(request.text),
      store: async () => ({ keys: { a2: 'org:north-atlantic' }, history: [known] }),
    });
    await annotator.annotate();
    const nato = annotator.page?.extraction.actors.find((a) => a.id === 'a2');
    expect(nato?.key).toBe('org:north-atlantic');
    expect(await annotator.historyOf(nato as { key: string })).toEqual(known);
  });

  test('a background that holds no save of the page (it restarted) is sent the text', async () => {
    const doc = fixtureDocument('ceasefire.html');
    withHighlightRegistry(doc);
    const store = vi
      .fn<(request: StoreRequest) => Promise<Reply<'storePage'>>>()
      .mockResolvedValueOnce(null)
      .mockResolvedValueOnce({ keys: {}, history: [] });
    const annotator = new Annotator({
      doc,
      painter: createPainter(doc),
      settings: SETTINGS,
      analyse: async (request) => replyFor(request.text),
      store,
    });
    await annotator.annotate();
    expect(store.mock.calls.map(([r]) => r.text === undefined)).toEqual([true, false]);
    expect(store.mock.calls[1]?.[0].text).toContain('Vladimir Putin');
  });

  test('a page painted but not stored says so, and the next read sends it again', async () => {
    const doc = fixtureDocument('ceasefire.html', 'https://www.news.example.org/world/putin');
    const registry = withHighlightRegistry(doc);
    const analyse = vi.fn(async (request: AnalyseRequest) => replyFor(request.text));
    const store = vi
      .fn<(request: StoreRequest) => Promise<Reply<'storePage'>>>()
      .mockRejectedValueOnce(new Error('QuotaExceededError'))
      .mockResolvedValue({ keys: {}, history: [] });
    const annotator = new Annotator({ doc, painter: createPainter(doc), settings: SETTINGS, analyse, store });
    await expect(annotator.annotate()).rejects.toThrow('QuotaExceededError');
    expect(annotator.status()).toMatchObject({ state: 'failed', error: 'QuotaExceededError' });
    expect(paintedTexts(registry)).toEqual(ALL);
    await annotator.annotate();
    expect(analyse).toHaveBeenCalledTimes(2);
    expect(annotator.status()).toMatchObject({ state: 'read', error: null });
  });
});

/** An article page of `count` paragraphs of about 115 characters each. */
function articleOf(count: number): Document {
  const paragraphs = Array.from(
    { length: count },
    (_, i) =>
      `<p>Paragraph ${i}: NATO met again, and Vladimir Putin has demanded that Ukraine withdraw its troops from four regions.</p>`,
  ).join('');
  return htmlDocument(
    `<html><head><title>Long</title><meta property="og:type" content="article"></head><body><article><h1>Long</h1>${paragraphs}</article></body></html>`,
    'https://news.example.org/long',
  );
}

describe('Annotator: an article of a few thousand words', () => {
  test('is sent once, whole, and painted once: no beginning ahead of it', async () => {
    // about 12,000 characters, a 2,000-word article
    const doc = articleOf(100);
    const registry = withHighlightRegistry(doc);
    const requests: AnalyseRequest[] = [];
    const analyse = async (request: AnalyseRequest) => {
      requests.push(request);
      return replyFor(request.text);
    };
    const annotator = new Annotator({ doc, painter: createPainter(doc), settings: SETTINGS, analyse, store: stored });
    await annotator.annotate();
    expect(annotator.page?.map.text.length).toBeGreaterThan(10_000);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.partial).toBeUndefined();
    expect(requests[0]?.text).toBe(annotator.page?.map.text);
    expect(paintedTexts(registry)).toEqual(ALL);
  });
});

describe('Annotator: a long article', () => {
  test('its beginning is extracted and painted first, unstored; then the whole, which is stored', async () => {
    // about 46,000 characters
    const doc = articleOf(400);
    const registry = withHighlightRegistry(doc);
    const requests: AnalyseRequest[] = [];
    let answerWhole: (reply: Reply<'analysePage'>) => void = () => {};
    const analyse = (request: AnalyseRequest) => {
      requests.push(request);
      if (request.partial) return Promise.resolve(replyFor(request.text));
      return new Promise<Reply<'analysePage'>>((resolve) => (answerWhole = resolve));
    };
    const store = vi.fn(stored);
    const annotator = new Annotator({ doc, painter: createPainter(doc), settings: SETTINGS, analyse, store });
    const reading = annotator.annotate();
    await vi.waitFor(() => expect(paintedTexts(registry)).toEqual(ALL));
    // (the whole is asked for after the beginning is painted, later on a loaded machine)
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    const [beginning, whole] = requests;
    expect(beginning.partial).toBe(true);
    expect(whole.partial).toBeUndefined();
    expect(whole.text.startsWith(beginning.text)).toBe(true);
    expect(beginning.text.length).toBeLessThan(whole.text.length / 4);
    expect(store).not.toHaveBeenCalled();
    answerWhole(replyFor(whole.text));
    await reading;
    expect(store).toHaveBeenCalledTimes(1);
    expect(annotator.page?.map.text).toBe(whole.text);
    expect(annotator.status().state).toBe('read');
  });
});
