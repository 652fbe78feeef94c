import { describe, expect, test } from 'vitest';
import { findQuote, quoteFrom, quoteOfUrl, quoteUrl, withoutQuote } from '../../../lib/page/anchor';

const SENTENCE = "A week after talks ended, the union demanded that the council raise drivers' pay by 9 per cent.";

describe('text-quote anchoring', () => {
  test('a quote from a sentence holds the demanded words and the text around them', () => {
    const quote = quoteFrom(SENTENCE, "raise drivers' pay by 9 per cent");
    expect(quote.exact).toBe("raise drivers' pay by 9 per cent");
    expect(SENTENCE.endsWith(`${quote.prefix}${quote.exact}${quote.suffix}`)).toBe(true);
    expect(quote.prefix.length).toBeLessThanOrEqual(32);
    // words the sentence does not hold as they are: the sentence is the quote
    expect(quoteFrom(SENTENCE, 'not in it')).toEqual({ exact: SENTENCE, prefix: '', suffix: '' });
  });

  test('found again in the page text, at the place whose surroundings match', () => {
    const text = `The union wants to raise drivers' pay by 9 per cent, it said.\n${SENTENCE}\nMore text.`;
    const quote = quoteFrom(SENTENCE, "raise drivers' pay by 9 per cent");
    const found = findQuote(text, quote);
    expect(found).not.toBeNull();
    expect(found && text.slice(found.start, found.end)).toBe(quote.exact);
    expect(found?.start).toBeGreaterThan(text.indexOf('\n'));
  });

  test('whitespace and curly quotes that changed since do not lose it', () => {
    const text = 'Intro.\nthe council   raise\ndrivers\u2019 pay by 9 per cent.';
    const found = findQuote(text, { exact: "raise drivers' pay", prefix: 'the council ', suffix: ' by 9' });
    expect(found && text.slice(found.start, found.end)).toBe('raise\ndrivers\u2019 pay');
  });

  test('words the page no longer holds are not found', () => {
    expect(findQuote('Nothing here.', { exact: 'raise pay', prefix: '', suffix: '' })).toBeNull();
    expect(findQuote('Nothing here.', { exact: '  ', prefix: '', suffix: '' })).toBeNull();
  });

  test('the address carries the quote in its fragment, replacing one it had', () => {
    const quote = quoteFrom(SENTENCE, "raise drivers' pay by 9 per cent");
    const url = quoteUrl('https://news.example/a?id=1#top', quote);
    expect(url.startsWith('https://news.example/a?id=1#wwa-quote=')).toBe(true);
    expect(quoteOfUrl(url)).toEqual(quote);
    expect(quoteOfUrl('https://news.example/a#top')).toBeNull();
    // what is stored of a page opened so: its address without our fragment, any other kept
    expect(withoutQuote(url)).toBe('https://news.example/a?id=1');
    expect(withoutQuote('https://news.example/a#top')).toBe('https://news.example/a#top');
  });
});
