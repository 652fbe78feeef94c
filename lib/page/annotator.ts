// One page's annotation: find the article, read its text, have the background extract it, paint
// the answer at once, then wait for the background to store it (the card's history comes with
// that), and keep the index the hover card reads. Settings, new paragraphs and
// single-page navigation all come through here. Independent of WXT: the content script passes
// in how to talk to the background.
import type { Actor, Extraction } from '../extract/types';
import type { ActorHistory, PageInfo, PageState, PageStatus, Reply, Request, StoredPage } from '../messages';
import { isSiteEnabled, type Settings } from '../settings';
import { type Annotation, annotationsOf } from './annotations';
import { findArticle } from './article';
import type { HitEntry } from './hit-test';
import { cleanUrl, pageInfo } from './page-info';
import type { Painter } from './painter';
import { Slices } from './slices';

import { buildTextMapInSlices, DEFAULT_MAX_CHARS, type TextMap } from './text-map';

type AnalyseRequest = Extract<Request, { type: 'analysePage' }>;

/**
 * An article longer than this (in characters) has its first BEGINNING_CHARS, about a screen of
 * text, extracted and painted first: the reader sees highlights before the rest is extracted.
 * A shorter one (up to about 2,700 words) is extracted whole within the paint's budget, and is
 * sent and painted once: a beginning sent ahead would cost the page a second request and a second
 * paint, and delay the whole behind it in the background.
 */
export const LONG_ARTICLE_CHARS = 16_000;
const BEGINNING_CHARS = 3_000;
type StoreRequest = Extract<Request, { type: 'storePage' }>;

export interface AnnotatorOptions {
  doc: Document;
  painter: Painter;
  settings: Settings;
  /** Asks the background to extract the page; `signal` aborts when a newer read starts. */
  analyse(request: AnalyseRequest, signal: AbortSignal): Promise<Reply<'analysePage'>>;
  /** Asks the background for the page as stored (waiting for its save), the keys and history. */
  store(request: StoreRequest, signal: AbortSignal): Promise<Reply<'storePage'>>;
  /** Asks the background for actors' history on pages other than `excludeUrl`. */
  fetchHistory?(keys: string[], excludeUrl: string): Promise<ActorHistory[]>;
  maxChars?: number;
  /** Called whenever what `status()` says changes, so the toolbar icon can say it too. */
  onStatus?(status: PageStatus): void;
}

export interface AnnotatedPage {
  page: PageInfo;
  map: TextMap;
  extraction: Extraction;
  /** Distinct demands, as the background counted them. */
  demands: number;
  history: Map<string, ActorHistory>;
  /** Settles once the background has stored the page and the actors' keys and history are in. */
  stored: Promise<void>;
}

export class Annotator {
  private settings: Settings;
  private current: AnnotatedPage | null = null;
  private entries: HitEntry[] = [];
  /** The article being annotated, known before the background answers. */
  private reading: { canonicalUrl: string; truncated: boolean } | null = null;
  /** Where reading the page stands, settings aside. */
  private phase: Extract<PageState, 'no-article' | 'reading' | 'read' | 'failed'> = 'no-article';
  private failure: string | null = null;
  /** The status last reported through onStatus. */
  private reported = '';
  private run: AbortController | null = null;
  private painting: AbortController | null = null;
  /** The page as last painted completely. */
  private painted: AnnotatedPage | null = null;
  /** The last text sent per canonical URL: one save per page version. */
  private sent: {
    canonicalUrl: string;
    text: string;
    reply: Reply<'analysePage'>;
    stored: Promise<StoredPage>;
  } | null = null;
  /** Where each stated canonical URL was first seen, to catch sites that leave it stale. */
  private readonly canonicalPaths = new Map<string, string>();

  constructor(private readonly options: AnnotatorOptions) {
    this.settings = options.settings;
  }

  get page(): AnnotatedPage | null {
    return this.current;
  }

  /** What is annotated, for hit-testing: ranges as painted now. */
  get hitEntries(): readonly HitEntry[] {
    return this.entries;
  }

  status(): PageStatus {
    const state: PageState = this.settings.paused ? 'paused' : this.enabled() ? this.phase : 'site-off';
    const on = state === this.phase;
    return {
      site: this.site(),
      state,
      canonicalUrl: on ? (this.reading?.canonicalUrl ?? null) : null,
      truncated: on && !!this.reading?.truncated,
      demands: on && state === 'read' ? (this.current?.demands ?? 0) : 0,
      error: on ? this.failure : null,
    };
  }

  private setPhase(phase: Annotator['phase'], failure: string | null = null): void {
    this.phase = phase;
    this.failure = failure;
    this.report();
  }

  private report(): void {
    const status = this.status();
    const said = JSON.stringify(status);
    if (said === this.reported) return;
    this.reported = said;
    this.options.onStatus?.(status);
  }

  private site(): string {
    return new URL(this.options.doc.URL).hostname.replace(/^www\./, '');
  }

  private enabled(): boolean {
    return isSiteEnabled(this.settings, this.site());
  }

  /** Reads the page and paints it; a later call cancels an earlier one still running. */
  async annotate(): Promise<void> {
    // New paragraphs may be noticed before the location change is: a new address is a new page.
    this.navigated();
    this.run?.abort();
    const run = new AbortController();
    this.run = run;
    if (!this.enabled()) {
      this.clear();
      this.report();
      return;
    }
    const { doc } = this.options;
    // finding the article is part of the walk's first slice: a short article is found and read
    // in one task, not two (each hop waits behind whatever else the machine is doing)
    const slices = new Slices(run.signal);
    const root = findArticle(doc);
    if (!root) {
      this.current = null;
      this.reading = null;
      this.clear();
      this.setPhase('no-article');
      return;
    }
    const page = this.identify(pageInfo(doc, root));
    const whole = { answered: false };
    const map = await buildTextMapInSlices(root, {
      maxChars: this.options.maxChars ?? DEFAULT_MAX_CHARS,
      signal: run.signal,
      slices,
      // a long article's first screens are extracted and painted ahead of the rest of it
      // (not on a re-read: what is painted, or the answer already had, stays until the new one)
      beginning:
        this.painted || this.sent?.canonicalUrl === page.canonicalUrl
          ? undefined
          : {
              after: LONG_ARTICLE_CHARS,
              chars: BEGINNING_CHARS,
              found: (part) => void this.paintBeginning(page, part, run, whole),
            },
    });
    this.reading = { canonicalUrl: page.canonicalUrl, truncated: map.truncated };
    if (this.paintedIntact(page, map)) return;
    if (this.sent?.canonicalUrl !== page.canonicalUrl || this.sent.text !== map.text) {
      // What is painted stays until the answer comes: a page being re-read never looks broken.
      if (!this.painted) this.setPhase('reading');
      let reply: Reply<'analysePage'>;
      try {
        reply = await this.options.analyse(
          { type: 'analysePage', page, text: map.text, truncated: map.truncated },
          run.signal,
        );
      } catch (error) {
        this.fail(run, error);
        throw error;
      }
      // asked for at once: the background stores the page while this one paints
      const stored = this.storedPage(page, map, run.signal);
      stored.catch(() => {});
      this.sent = { canonicalUrl: page.canonicalUrl, text: map.text, reply, stored };
    }
    whole.answered = true;
    if (run.signal.aborted) return;
    const {
      reply: { extraction, demands },
      stored,
    } = this.sent;
    const history = new Map<string, ActorHistory>();
    const current: AnnotatedPage = {
      page,
      map,
      extraction,
      demands,
      history,
      stored: stored.then((s) => {
        // the store may have joined a name to an actor it knew ("Putin" to Vladimir Putin)
        for (const actor of extraction.actors) actor.key = s.keys[actor.id] ?? actor.key;
        for (const h of s.history) history.set(h.key, h);
      }),
    };
    current.stored.catch(() => {});
    this.current = current;
    await this.paint(run.signal);
    this.setPhase('read');
    try {
      await current.stored;
    } catch (error) {
      // painted but not stored: say so, and the next read sends the page again
      this.sent = null;
      this.painted = null;
      this.fail(run, error);
      throw error;
    }
  }

  /** Paints the beginning of a long article, unless the answer for all of it came first. */
  private async paintBeginning(
    page: PageInfo,
    part: TextMap,
    run: AbortController,
    whole: { answered: boolean },
  ): Promise<void> {
    this.setPhase('reading');
    try {
      const { extraction, demands } = await this.options.analyse(
        { type: 'analysePage', page, text: part.text, truncated: false, partial: true },
        run.signal,
      );
      if (whole.answered || run.signal.aborted) return;
      this.current = { page, map: part, extraction, demands, history: new Map(), stored: Promise.resolve() };
      await this.paint(run.signal);
    } catch {
      // the answer for the whole article paints it, or says why it could not be read
    }
  }

  private fail(run: AbortController, error: unknown): void {
    if (!run.signal.aborted) this.setPhase('failed', error instanceof Error ? error.message : String(error));
  }

  /** The page as stored; a worker started since the extraction holds no save of it and is sent the text. */
  private async storedPage(page: PageInfo, map: TextMap, signal: AbortSignal): Promise<StoredPage> {
    const request: StoreRequest = { type: 'storePage', page, truncated: map.truncated };
    const stored =
      (await this.options.store(request, signal)) ?? (await this.options.store({ ...request, text: map.text }, signal));
    if (!stored) throw new Error('The background did not store the page');
    return stored;
  }

  /**
   * Whether what is painted still stands for this text: same page, same text, and no range lost
   * its text (a framework re-rendering the same words into new nodes collapses our ranges).
   */
  private paintedIntact(page: PageInfo, map: TextMap): boolean {
    const painted = this.painted;
    if (!painted || painted.page.canonicalUrl !== page.canonicalUrl || painted.map.text !== map.text) return false;
    return this.entries.every(({ range }) => !range.collapsed && range.commonAncestorContainer.isConnected);
  }

  /**
   * An actor's history on earlier pages: from the store's answer (waited for), else asked for
   * once. The actor's key is read after that answer, which may have changed it.
   */
  async historyOf(actor: Pick<Actor, 'key'>): Promise<ActorHistory | null> {
    const current = this.current;
    if (!current) return null;
    await current.stored.catch(() => {});
    const { key } = actor;
    const known = current.history.get(key);
    if (known || !this.options.fetchHistory) return known ?? null;
    try {
      const found = (await this.options.fetchHistory([key], current.page.canonicalUrl)).find((h) => h.key === key);
      if (found) current.history.set(key, found);
      return found ?? null;
    } catch {
      // No history is a card without its history section, not a failure.
      return null;
    }
  }

  /**
   * Call on single-page navigation: forgets the page, so the next annotate starts fresh. Returns
   * false, changing nothing, when no page was annotated or only the hash or tracking parameters
   * changed.
   */
  navigated(): boolean {
    const current = this.current;
    if (!current || cleanUrl(current.page.url) === cleanUrl(this.options.doc.URL)) return false;
    this.run?.abort();
    this.current = null;
    this.reading = null;
    this.clear();
    this.setPhase('no-article');
    return true;
  }

  /**
   * A site that keeps the first article's canonical link after client-side navigations would make
   * every article one page: a stated canonical URL already seen at another path is stale, and
   * then the address, cleaned, is the identity.
   */
  private identify(page: PageInfo): PageInfo {
    const path = new URL(page.url).pathname;
    const seenAt = this.canonicalPaths.get(page.canonicalUrl);
    if (seenAt === undefined) this.canonicalPaths.set(page.canonicalUrl, path);
    return seenAt === undefined || seenAt === path ? page : { ...page, canonicalUrl: cleanUrl(page.url) };
  }

  async updateSettings(settings: Settings): Promise<void> {
    const wasEnabled = this.enabled();
    this.settings = settings;
    if (!this.enabled()) {
      this.run?.abort();
      this.clear();
      this.report();
    } else if (!wasEnabled || !this.current) {
      await this.annotate();
    } else {
      await this.paint();
    }
  }

  /** Paints the current page per the settings; a later paint or a clear cancels it. */
  private async paint(runSignal?: AbortSignal): Promise<void> {
    const current = this.current;
    if (!current) return;
    this.painting?.abort();
    const painting = new AbortController();
    this.painting = painting;
    runSignal?.addEventListener('abort', () => painting.abort(), { once: true });
    const annotations = annotationsOf(current.extraction, {
      actors: this.settings.highlightActors,
      demands: this.settings.highlightDemands,
    });
    const mapped: { annotation: Annotation; range: Range }[] = [];
    const slices = new Slices(painting.signal);
    for (const annotation of annotations) {
      if (slices.due) await slices.next();
      const range = current.map.range(annotation.start, annotation.end);
      if (range) mapped.push({ annotation, range });
    }
    const marks = mapped.map(({ annotation, range }) => ({ name: annotation.name, range }));
    // the painter goes on in the same slices: a short page maps and paints in one task, and a
    // long one yields whenever a slice has used its time
    const ranges = await this.options.painter.paint(marks, painting.signal, slices);
    painting.signal.throwIfAborted();
    this.entries = mapped.map(({ annotation }, i) => ({ annotation, range: ranges[i] as Range }));
    this.painted = current;
  }

  clear(): void {
    this.painting?.abort();
    this.options.painter.clear();
    this.entries = [];
    this.painted = null;
  }

  /** Stops everything and takes every highlight off the page. */
  dispose(): void {
    this.run?.abort();
    this.current = null;
    this.reading = null;
    this.clear();
  }
}
