import { expect, test } from 'vitest';
import { badgeFor } from '../../../lib/background/badge';
import type { PageStatus } from '../../../lib/messages';

const status = (change: Partial<PageStatus>): PageStatus => ({
  site: 'news.example',
  state: 'read',
  canonicalUrl: 'https://news.example/a',
  truncated: false,
  demands: 0,
  error: null,
  ...change,
});

test.each([
  [{ demands: 4 }, '4', 'Who Wants What: 4 demands on this page'],
  [{ demands: 1 }, '1', 'Who Wants What: 1 demand on this page'],
  [{ demands: 0 }, '', 'Who Wants What: no demands on this page'],
  [{ demands: 1234 }, '999+', 'Who Wants What: 1234 demands on this page'],
  [{ state: 'paused' }, 'off', 'Who Wants What is paused everywhere'],
  [{ state: 'site-off' }, 'off', 'Who Wants What is turned off on news.example'],
  [{ state: 'failed' }, '!', 'Who Wants What could not read this page'],
  [{ state: 'no-article' }, '', 'Who Wants What'],
] as [Partial<PageStatus>, string, string][])('%o shows "%s", titled "%s"', (change, text, title) => {
  expect(badgeFor(status(change))).toMatchObject({ text, title });
});
