// Page identity and the facts a page states about itself: the canonical URL (so a reload, a
// share link and a tracking link are one page), title, site and publication date.

import type { PageInfo } from '../messages';
import { withoutQuote } from './anchor';
import { TRACKING_PARAMS } from './data/dom-rules';

function isTracking(param: string): boolean {
  return TRACKING_PARAMS.some((rule) => (typeof rule === 'string' ? rule === param.toLowerCase() : rule.test(param)));
}

function paramName(pair: string): string {
  const name = pair.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The URL without its hash and tracking parameters; the parameters kept stay as written. */
export function cleanUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  // The query is read as text, not through searchParams: in a Firefox content script the
  // iterators URLSearchParams returns cannot be iterated ("keys() is not iterable").
  const pairs = parsed.search.slice(1).split('&').filter(Boolean);
  const kept = pairs.filter((pair) => !isTracking(paramName(pair)));
  if (kept.length !== pairs.length) parsed.search = kept.length ? `?${kept.join('&')}` : '';
  return parsed.href;
}

/** An absolute http(s) URL from a page-stated link, or null when it is missing or unusable. */
function statedUrl(value: string | null | undefined, base: string): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? cleanUrl(url.href) : null;
  } catch {
    return null;
  }
}

/** Page identity: `link[rel=canonical]`, else `og:url`, else the address without hash and trackers. */
export function canonicalUrl(doc: Document, url: string = doc.URL): string {
  return (
    statedUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), url) ??
    statedUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), url) ??
    cleanUrl(url)
  );
}

function isoDate(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function jsonLdDatePublished(doc: Document): string | null {
  const find = (value: unknown): string | null => {
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = find(item);
        if (found) return found;
      }
      return null;
    }
    if (!value || typeof value !== 'object') return null;
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === 'string') return record.datePublished;
    return find(record['@graph']);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = find(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // Broken JSON-LD states nothing.
    }
  }
  return null;
}

/** The publication date the page states, as an ISO string, or null. */
export function publishedAt(doc: Document, article: Element | null = null): string | null {
  return (
    isoDate(doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content')) ??
    isoDate(jsonLdDatePublished(doc)) ??
    isoDate(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content')) ??
    isoDate((article ?? doc).querySelector('time[datetime]')?.getAttribute('datetime'))
  );
}

function pageTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  return og || doc.title.trim() || doc.querySelector('h1')?.textContent?.trim() || '';
}

export function pageInfo(doc: Document, article: Element | null = null, url: string = doc.URL): PageInfo {
  return {
    // opened from the board at a passage: the page's address is kept without that fragment
    url: withoutQuote(url),
    canonicalUrl: canonicalUrl(doc, url),
    title: pageTitle(doc),
    site: new URL(url).hostname.replace(/^www\./, ''),
    publishedAt: publishedAt(doc, article),
  };
}
