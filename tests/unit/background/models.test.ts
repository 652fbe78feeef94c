// The background reads the models from the extension's own package, once per worker life, and
// tries again after a failed read instead of keeping the failure.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { modelPath } from '../../../lib/nlp/node';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const packaged = (url: string) => {
  const name = /\/models\/([a-z]+\.bin)$/.exec(url)?.[1];
  return name ? new Response(readFileSync(modelPath(name as 'tagger.bin'))) : new Response('missing', { status: 404 });
};

describe('background models', () => {
  it('fetches each packaged model file once and builds a working pipeline', async () => {
    const fetch = vi.fn(async (url: string) => packaged(url));
    vi.stubGlobal('fetch', fetch);
    const { backgroundModels } = await import('../../../lib/background/models');
    const [a, b] = await Promise.all([backgroundModels(), backgroundModels()]);
    expect(a).toBe(b);
    expect(fetch.mock.calls.map(([url]) => url.replace(/^.*\/models\//, '')).sort()).toEqual([
      'lemmas.bin',
      'ner.bin',
      'parser.bin',
      'punct.bin',
      'tagger.bin',
    ]);
    expect(fetch.mock.calls.every(([url]) => url.startsWith('chrome-extension://'))).toBe(true);
    const { analyse } = await import('../../../lib/nlp');
    expect(analyse('The union wants talks.', a).tokens.map((t) => t.upos)).toEqual([
      'DET',
      'NOUN',
      'VERB',
      'NOUN',
      'PUNCT',
    ]);
  });

  it('says which file is missing, and reads again on the next call', async () => {
    let broken = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        broken && url.endsWith('parser.bin') ? new Response('', { status: 404 }) : packaged(url),
      ),
    );
    const { backgroundModels } = await import('../../../lib/background/models');
    await expect(backgroundModels()).rejects.toThrow(/parser\.bin is missing/);
    broken = false;
    await expect(backgroundModels()).resolves.toHaveProperty('parser');
  });
});
