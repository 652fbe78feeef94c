// Node only (CLI, evaluation, bench, tests): the models read from lib/nlp/models on disk.
// The extension loads the same files through loadModels with its own reader.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_FILES, type ModelName, type Models, modelsFromBytes } from './models';

let cached: Models | null = null;

export function modelPath(name: ModelName): string {
  return join(import.meta.dirname, 'models', name);
}

/** The models, read once per process. */
export function nodeModels(): Models {
  cached ??= modelsFromBytes(
    Object.fromEntries(MODEL_FILES.map((name) => [name, new Uint8Array(readFileSync(modelPath(name)))])) as Record<
      ModelName,
      Uint8Array
    >,
  );
  return cached;
}
