// The one protocol between content script, background and popup. Every message is a
// discriminated union member; `Reply<T>` gives the answer type for a request type.
import { browser } from 'wxt/browser';
import type { Extraction } from './extract/types';

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
  recentDemands: { text: string; targetName: string | null; site: string; visitedAt: number; url: string }[];
}

/** Requests answered by the background. */
export type Request =
  | {
      type: 'analysePage';
      page: PageInfo;
      text: string;
      /** True when the page was longer than we annotate and `text` was cut. */
      truncated: boolean;
    }
  | { type: 'actorHistory'; keys: string[]; excludeUrl: string };

/** Requests answered by the content script of a tab (the popup asks what the tab shows). */
export type TabRequest = { type: 'pageStatus' };

export interface Replies {
  analysePage: { extraction: Extraction; history: ActorHistory[] };
  actorHistory: { history: ActorHistory[] };
  /** null when the tab's page is not an article or annotation is off there. */
  pageStatus: { canonicalUrl: string; truncated: boolean } | null;
}

export type Reply<T extends keyof Replies> = Replies[T];

export type Response<T extends keyof Replies> = { ok: true; value: Reply<T> } | { ok: false; error: string };

/** Sends a request to the background and unwraps its answer, throwing its error. */
export async function send<R extends Request>(request: R): Promise<Reply<R['type']>> {
  const res = (await browser.runtime.sendMessage(request)) as Response<R['type']> | undefined;
  if (!res) throw new Error(`No answer to ${request.type}`);
  if (!res.ok) throw new Error(res.error);
  return res.value;
}

/** Asks the content script in a tab; null when the tab has none (not an http page, not loaded). */
export async function sendToTab<R extends TabRequest>(tabId: number, request: R): Promise<Reply<R['type']> | null> {
  try {
    const res = (await browser.tabs.sendMessage(tabId, request)) as Response<R['type']> | undefined;
    return res?.ok ? res.value : null;
  } catch {
    return null;
  }
}
