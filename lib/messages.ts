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

export type Request =
  | {
      type: 'analysePage';
      page: PageInfo;
      text: string;
      /** True when the page was longer than we annotate and `text` was cut. */
      truncated: boolean;
    }
  | { type: 'actorHistory'; keys: string[]; excludeUrl: string };

export interface Replies {
  analysePage: { extraction: Extraction; history: ActorHistory[] };
  actorHistory: { history: ActorHistory[] };
}

export type Reply<T extends Request['type']> = Replies[T];

export type Response<T extends Request['type']> = { ok: true; value: Reply<T> } | { ok: false; error: string };

/** Sends a request to the background and unwraps its answer, throwing its error. */
export async function send<R extends Request>(request: R): Promise<Reply<R['type']>> {
  const res = (await browser.runtime.sendMessage(request)) as Response<R['type']> | undefined;
  if (!res) throw new Error(`No answer to ${request.type}`);
  if (!res.ok) throw new Error(res.error);
  return res.value;
}
