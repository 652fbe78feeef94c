// The one protocol between content script, background and popup. Every message is a
// discriminated union member; `Reply<T>` gives the answer type for a request type.
import { browser } from 'wxt/browser';
import type { Extraction } from './extract/types';
import type { TextQuote } from './page/anchor';

export interface PageInfo {
  /** The address the reader is on. */
  url: string;
  /** Page identity: canonical link, og:url, else the URL without hash and tracking parameters. */
  canonicalUrl: string;
  title: string;
  /** Host name without `www.`. */
  site: string;
  /** ISO date when the page states one. */
  publishedAt: string | null;
}

/** What an actor did on pages other than the current one. */
export interface ActorHistory {
  key: string;
  pageCount: number;
  /** Distinct demands, newest first; `pages` counts the pages that repeat one. */
  recentDemands: {
    text: string;
    cue: string;
    targetName: string | null;
    site: string;
    visitedAt: number;
    url: string;
    pages: number;
  }[];
}

/**
 * Where a tab's page stands. `paused` and `site-off` are the reader's settings; `reading` waits
 * for the background; `failed` means it never answered, or answered with an error.
 */
export type PageState = 'paused' | 'site-off' | 'no-article' | 'reading' | 'read' | 'failed';

export interface PageStatus {
  /** The tab's host name without `www.`, the name the site switch uses. */
  site: string;
  state: PageState;
  /** The article's identity, once one was found. */
  canonicalUrl: string | null;
  truncated: boolean;
  /** Distinct demands on the page, once read. */
  demands: number;
  /** Why the page could not be read. */
  error: string | null;
}

/** Requests answered by the background. */
export type Request =
  /** Extracts the page and answers at once, so the page paints; storing it follows in the background. */
  | {
      type: 'analysePage';
      page: PageInfo;
      text: string;
      /** True when the page was longer than we annotate and `text` was cut. */
      truncated: boolean;
      /** The beginning of a long article, sent ahead so its first screens paint sooner: not stored. */
      partial?: boolean;
    }
  /**
   * Waits until the page the last analysePage sent for this canonical URL is stored, and answers
   * with the keys the store uses and the actors' history. A worker started since then holds no
   * such save and answers null: the page then sends its text again with the request.
   */
  | { type: 'storePage'; page: PageInfo; truncated: boolean; text?: string }
  | { type: 'actorHistory'; keys: string[]; excludeUrl: string }
  /** The sender's tab shows this: the toolbar icon says so. */
  | { type: 'showState'; status: PageStatus }
  /** Opens the extension's page in a tab, about the sender's tab, on an actor's history when given. */
  | { type: 'openHistory'; actorKey: string | null }
  /** Opens the board (board.html) in a tab, on an actor when given. */
  | { type: 'openBoard'; actorKey: string | null };

/** A page as stored: its actors' keys in the store (a page's "Putin" may be a known person), and their history. */
export interface StoredPage {
  /** The extraction's actor id → the key it was stored under. */
  keys: Record<string, string>;
  history: ActorHistory[];
}

/** Requests answered by the content script of a tab (the popup and the background ask them). */
export type TabRequest =
  | { type: 'pageStatus' }
  /** Read the page again, after it could not be read. */
  | { type: 'readAgain' }
  /** Move to the next (1) or previous (-1) highlight and open its card: the keyboard shortcut. */
  | { type: 'focusHighlight'; step: 1 | -1 }
  /** Scroll to a passage of the page, select and flash it: a demand the popup points at. */
  | { type: 'showPassage'; quote: TextQuote }
  /** The same for an actor's first mention. */
  | { type: 'showActor'; actorKey: string };

export interface Replies {
  /** `demands`: the distinct demands, as the popup lists them (one per demander, target and wording). */
  analysePage: { extraction: Extraction; demands: number };
  storePage: StoredPage | null;
  actorHistory: { history: ActorHistory[] };
  showState: null;
  openHistory: null;
  openBoard: null;
  pageStatus: PageStatus;
  readAgain: PageStatus;
  /** false when the page has no highlight to move to. */
  focusHighlight: boolean;
  /** false when the page does not hold it (any more). */
  showPassage: boolean;
  showActor: boolean;
}

export type Reply<T extends keyof Replies> = Replies[T];

export type Response<T extends keyof Replies> = { ok: true; value: Reply<T> } | { ok: false; error: string };

/**
 * How long one attempt may wait, and when to give up. Chromium stops an idle service worker
 * after about 30 s and starts it again on the next message; a message sent while it stops is
 * lost ("message channel closed", or no answer at all). That is normal, so it is retried.
 * Extracting a long page on a slow machine takes a few seconds: attempts wait longer than that.
 */
export const PATIENCE: Readonly<Record<Request['type'], { attemptMs: number; deadlineMs: number }>> = {
  analysePage: { attemptMs: 10_000, deadlineMs: 30_000 },
  storePage: { attemptMs: 10_000, deadlineMs: 30_000 },
  actorHistory: { attemptMs: 5_000, deadlineMs: 15_000 },
  showState: { attemptMs: 3_000, deadlineMs: 10_000 },
  openHistory: { attemptMs: 3_000, deadlineMs: 10_000 },
  openBoard: { attemptMs: 3_000, deadlineMs: 10_000 },
};

/** Waits before each retry: a starting worker needs a moment, not a burst of messages. */
export const RETRY_DELAYS_MS = [100, 300, 1000, 2000];

/** The content script outlived its extension (updated or removed): no retry can reach it. */
const ORPHANED = /Extension context invalidated/i;

class NoAnswer extends Error {}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswer(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Sends a request to the background and unwraps its answer. A lost message or a missed deadline
 * is tried again until the request's deadline; an error the background answers with is thrown
 * at once, as is an abort through `signal`.
 */
export async function send<R extends Request>(
  request: R,
  options: { signal?: AbortSignal } = {},
): Promise<Reply<R['type']>> {
  const { signal } = options;
  const { attemptMs, deadlineMs } = PATIENCE[request.type];
  const giveUpAt = Date.now() + deadlineMs;
  let lastProblem = 'no answer';
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    let res: Response<R['type']> | undefined;
    try {
      const left = Math.max(1, Math.min(attemptMs, giveUpAt - Date.now()));
      res = (await withDeadline(browser.runtime.sendMessage(request), left)) as Response<R['type']> | undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (ORPHANED.test(message)) throw error;
      lastProblem = message;
    }
    signal?.throwIfAborted();
    if (res) {
      if (!res.ok) throw new Error(res.error);
      return res.value;
    }
    const wait = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
    if (Date.now() + wait >= giveUpAt) {
      throw new Error(`The extension's background did not answer ${request.type} (${lastProblem})`);
    }
    await sleep(wait, signal);
  }
}

/** How long the popup waits for a tab's content script, which answers at once when it is there. */
export const TAB_ANSWER_MS = 2_000;

/** Asks the content script in a tab; null when the tab has none (not an http page, not loaded). */
export async function sendToTab<R extends TabRequest>(tabId: number, request: R): Promise<Reply<R['type']> | null> {
  try {
    const res = (await withDeadline(browser.tabs.sendMessage(tabId, request), TAB_ANSWER_MS)) as
      | Response<R['type']>
      | undefined;
    return res?.ok ? res.value : null;
  } catch {
    return null;
  }
}
