// Where the training corpora live (../shared/corpora, never copied into the project) and how the
// trainers read them.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConlluSentence, parseConllu } from '../../lib/nlp/conllu';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPORA = resolve(process.env.WWA_CORPORA ?? join(root, '../shared/corpora'));
export const MODELS = join(root, 'lib/nlp/models');

export function corpusPath(relative: string): string {
  const path = join(CORPORA, relative);
  if (!existsSync(path)) {
    throw new Error(`${path} not found: the corpora are in ../shared/corpora (or set WWA_CORPORA)`);
  }
  return path;
}

export const UD_TRAIN = ['ud-english/en_ewt-train.conllu', 'ud-english/en_gum-train.conllu'];
export const UD_DEV = ['ud-english/en_ewt-dev.conllu', 'ud-english/en_gum-dev.conllu'];

export function readTreebank(relative: string): ConlluSentence[] {
  return parseConllu(readFileSync(corpusPath(relative), 'utf8'));
}

/** A seeded generator (mulberry32), so training runs repeat exactly. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** A numeric command-line option: `--name VALUE`. */
export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Training scratch (jackknifed tags and the like), outside git. */
export const CACHE = join(root, '.train-cache');
