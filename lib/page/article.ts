// Finds the article body of a page, or decides the page is not an article (home pages, section
// fronts, search results, web apps). Signals: og:type, schema.org JSON-LD or microdata,
// <article>, known body selectors, then a readability-style paragraph score. Works on any
// Document, with or without layout.

import { isInsideClutter } from './clutter';
import { ARTICLE_TYPES, BODY_SELECTORS, SITE_BODY_SELECTORS } from './data/dom-rules';

/** A paragraph this long is prose, not a caption, teaser or button label. */
const PROSE_PARAGRAPH = 80;
/** Least paragraph text for a body chosen on a page that declares itself an article. */
const DECLARED_MIN_TEXT = 200;
/** Least paragraph text, and long paragraphs, for an undeclared page to count as an article. */
const UNDECLARED_MIN_TEXT = 1000;
const UNDECLARED_MIN_PARAGRAPHS = 3;

const PARAGRAPHS = 'p, blockquote, li';

interface ProseScore {
  chars: number;
  longParagraphs: number;
}

/** Paragraph text under `el` that is not clutter. */
function proseScore(el: Element): ProseScore {
  let chars = 0;
  let longParagraphs = 0;
  for (const p of el.querySelectorAll('p')) {
    if (isInsideClutter(p, el)) continue;
    const length = (p.textContent ?? '').trim().length;
    chars += length;
    if (length >= PROSE_PARAGRAPH) longParagraphs++;
  }
  return { chars, longParagraphs };
}

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) collect(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const type = record['@type'];
    if (typeof type === 'string') types.push(type);
    else if (Array.isArray(type)) types.push(...type.filter((t): t is string => typeof t === 'string'));
    collect(record['@graph']);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on real sites; it just gives no signal.
    }
  }
  return types;
}

/** Whether the page says it is an article (metadata, not content). */
export function declaresArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return true;
  if (jsonLdTypes(doc).some((type) => ARTICLE_TYPES.has(type))) return true;
  if (doc.querySelector('[itemprop="articleBody"]')) return true;
  const itemTypes = [...doc.querySelectorAll('[itemscope][itemtype]')].map((el) => el.getAttribute('itemtype') ?? '');
  return itemTypes.some((itemType) => ARTICLE_TYPES.has(itemType.split('/').pop() ?? ''));
}

function siteOf(doc: Document): string {
  try {
    return new URL(doc.URL).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The best-scoring element among candidates by prose, ignoring those under the floor. */
function best(candidates: Iterable<Element>, minChars: number): Element | null {
  let winner: Element | null = null;
  let winnerChars = minChars - 1;
  for (const el of candidates) {
    const { chars } = proseScore(el);
    if (chars > winnerChars) {
      winner = el;
      winnerChars = chars;
    }
  }
  return winner;
}

/** Readability's core idea: the element whose own paragraphs hold the most prose. */
function densestParagraphParent(body: Element): Element | null {
  const scores = new Map<Element, number>();
  for (const p of body.querySelectorAll(PARAGRAPHS)) {
    if (isInsideClutter(p, body)) continue;
    const length = (p.textContent ?? '').trim().length;
    if (length < PROSE_PARAGRAPH / 2) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grandparent = parent.parentElement;
    if (grandparent && grandparent !== body.parentElement) {
      scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
    }
  }
  let winner: Element | null = null;
  let winnerScore = 0;
  for (const [el, score] of scores) {
    if (score > winnerScore) {
      winner = el;
      winnerScore = score;
    }
  }
  return winner;
}

/** Containers that hold one article: headline, captions and body. */
const ARTICLE_CONTAINERS = 'article, [role="article"], [itemscope][itemtype$="Article"]';

/** The article container around a body, which adds the headline and captions to it. */
function withEnclosingArticle(bodyEl: Element, body: HTMLElement): Element {
  const enclosing = bodyEl.parentElement?.closest(ARTICLE_CONTAINERS);
  return enclosing && !isInsideClutter(enclosing, body) ? enclosing : bodyEl;
}

function candidateRoot(doc: Document, minChars: number): Element | null {
  const body = doc.body;
  if (!body) return null;
  const siteSelector = SITE_BODY_SELECTORS[siteOf(doc)];
  const fromSite = siteSelector ? best(doc.querySelectorAll(siteSelector), minChars) : null;
  if (fromSite) return fromSite;
  for (const selector of BODY_SELECTORS) {
    const found = best(doc.querySelectorAll(selector), minChars);
    if (found) return withEnclosingArticle(found, body);
  }
  const articles = [...doc.querySelectorAll('article, [role="article"]')].filter((el) => !isInsideClutter(el, body));
  const fromArticle = best(articles, minChars);
  if (fromArticle) return fromArticle;
  const dense = densestParagraphParent(body);
  return dense && proseScore(dense).chars >= minChars ? dense : null;
}

/** The element holding the article body, or null when the page is not an article. */
export function findArticle(doc: Document): Element | null {
  if (declaresArticle(doc)) return candidateRoot(doc, DECLARED_MIN_TEXT);
  const root = candidateRoot(doc, UNDECLARED_MIN_TEXT);
  if (!root) return null;
  // Undeclared pages need the shape of an article, not a list of teasers that adds up.
  const { chars, longParagraphs } = proseScore(root);
  return chars >= UNDECLARED_MIN_TEXT && longParagraphs >= UNDECLARED_MIN_PARAGRAPHS ? root : null;
}
