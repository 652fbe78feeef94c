import { describe, expect, test } from 'vitest';
import { canonicalUrl, cleanUrl, pageInfo, publishedAt } from '../../../lib/page/page-info';
import { fixtureDocument, htmlDocument } from './fixture-document';

describe('canonicalUrl', () => {
  test('prefers link[rel=canonical], resolved against the page', () => {
    const doc = htmlDocument(
      '<head><link rel="canonical" href="/world/story?utm_source=x"><meta property="og:url" content="https://other.example/og"></head>',
      'https://www.news.example/world/story?id=7#top',
    );
    expect(canonicalUrl(doc)).toBe('https://www.news.example/world/story');
  });

  test('falls back to og:url, then to the address without hash and trackers', () => {
    const og = htmlDocument('<head><meta property="og:url" content="https://news.example/og"></head>');
    expect(canonicalUrl(og)).toBe('https://news.example/og');
    const bare = htmlDocument(
      '<head><link rel="canonical" href="javascript:alert(1)"></head>',
      'https://news.example/a?id=7&utm_medium=social&fbclid=abc&gclid=x&page=2#comments',
    );
    expect(canonicalUrl(bare)).toBe('https://news.example/a?id=7&page=2');
  });

  test('a reload, a share link and a tracking link are one page', () => {
    const urls = [
      'https://news.example/a?id=7',
      'https://news.example/a?id=7#section-2',
      'https://news.example/a?utm_campaign=nl&id=7&mc_eid=1',
    ];
    expect(new Set(urls.map(cleanUrl))).toEqual(new Set(['https://news.example/a?id=7']));
  });

  test('the parameters kept stay as written; an encoded tracking name still goes', () => {
    expect(cleanUrl('https://news.example/a?q=a%20b+c&utm%5Fsource=x&tag=%E2%9C%93#top')).toBe(
      'https://news.example/a?q=a%20b+c&tag=%E2%9C%93',
    );
    expect(cleanUrl('https://news.example/a?utm_source=x&fbclid=y')).toBe('https://news.example/a');
  });
});

describe('publishedAt', () => {
  test.each([
    [
      'article:published_time',
      '<head><meta property="article:published_time" content="2026-11-20T08:30:00+01:00"></head>',
    ],
    [
      'JSON-LD',
      '<head><script type="application/ld+json">[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2026-11-20T07:30:00Z"}]</script></head>',
    ],
    ['<time datetime>', '<body><article><time datetime="2026-11-20T07:30:00Z">Thursday</time></article></body>'],
  ])('reads %s', (_source, html) => {
    expect(publishedAt(htmlDocument(html))).toBe('2026-11-20T07:30:00.000Z');
  });

  test('states nothing when the page states nothing usable', () => {
    expect(
      publishedAt(htmlDocument('<head><meta property="article:published_time" content="soon"></head>')),
    ).toBeNull();
  });
});

test('pageInfo describes the fixture article', () => {
  const doc = fixtureDocument('ceasefire.html', 'https://www.news.example.org/world/putin?utm_source=feed');
  expect(pageInfo(doc)).toEqual({
    url: 'https://www.news.example.org/world/putin?utm_source=feed',
    canonicalUrl: 'https://news.example.org/world/2026/11/putin-ceasefire-demands',
    title: 'Putin demands Ukraine withdraw from four regions before talks',
    site: 'news.example.org',
    publishedAt: '2026-11-20T08:30:00.000Z',
  });
});
