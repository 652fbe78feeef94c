// What the DOM side treats as blocks, as clutter and as article signals. Data, not logic:
// adding a site or a clutter pattern is an edit here.

/** Elements whose start and end break the text into separate lines. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Elements never read, wherever they are: not prose, not ours, or not the reader's to see. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'ASIDE',
  'AUDIO',
  'BUTTON',
  'CANVAS',
  'CODE',
  'DIALOG',
  'EMBED',
  'FOOTER',
  'FORM',
  'IFRAME',
  'INPUT',
  'KBD',
  'MATH',
  'NAV',
  'NOSCRIPT',
  'OBJECT',
  'OPTION',
  'PRE',
  'SAMP',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'VIDEO',
  'WWA-CARD',
]);

/** Selectors for clutter that sits inside article containers on real sites. */
export const SKIPPED_SELECTORS: readonly string[] = [
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[contenteditable="plaintext-only"]',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="form"]',
  '[role="search"]',
  '[style*="display:none"]',
  '[style*="display: none"]',
];

/**
 * Words in class names and ids that mark clutter, including text only screen readers get
 * (`sr-only`, `visually-hidden`, `offscreen`): not what the reader sees. Matched as whole words of the name, split at
 * `-`, `_`, spaces and camelCase humps, so `related-stories` and `commentList` match but
 * `shadow` or `loaded` do not.
 */
export const CLUTTER_WORDS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'author',
  'banner',
  'byline',
  'comment',
  'comments',
  'consent',
  'cookie',
  'cookies',
  'dateline',
  'credit',
  'credits',
  'disqus',
  'footer',
  'masthead',
  'meta',
  'menu',
  'modal',
  'newsletter',
  'offscreen',
  'outbrain',
  'paywall',
  'popular',
  'popup',
  'promo',
  'recirculation',
  'recommended',
  'related',
  'share',
  'sharing',
  'sidebar',
  'sr',
  'signup',
  'social',
  'sponsored',
  'subscribe',
  'subscription',
  'taboola',
  'toolbar',
  'trending',
  'visually',
]);

/** schema.org types that make a page an article. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
]);

/** Article body selectors tried before any scoring, most specific first. Per-site rules go first. */
export const BODY_SELECTORS: readonly string[] = [
  '[itemprop="articleBody"]',
  '[data-component="text-block"]',
  '.article-body',
  '.article__body',
  '.story-body',
  '.entry-content',
  '.post-content',
];

/** Site-specific article roots, by host without `www.`. */
export const SITE_BODY_SELECTORS: Readonly<Record<string, string>> = {
  'bbc.co.uk': 'article',
  'bbc.com': 'article',
  'theguardian.com': '#maincontent',
  'reuters.com': '[data-testid="ArticleBody"]',
  'apnews.com': '.RichTextStoryBody',
};

/** Query parameters that track the visit rather than name the page. */
export const TRACKING_PARAMS: readonly (string | RegExp)[] = [
  /^utm_/i,
  /^mc_/i,
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'ref_src',
  'cmpid',
  'ocid',
  'smid',
];
