// The trained models, loaded from their files: how the extension (fetching its own packaged
// files), the CLI and the tests (reading them from disk) get one and the same pipeline.

import { Gazetteer } from './gazetteer';
import { Lemmatizer } from './lemmatizer';
import { LinearModel } from './linear-model';
import { type ModelArray, readModelFile } from './model-file';
import { EntityRecognizer, NER_LABELS } from './ner';
import { Parser } from './parser';
import { Punctuation } from './parser/punctuation';
import { Tagger, UPOS } from './tagger';

export const MODEL_FILES = ['tagger.bin', 'parser.bin', 'punct.bin', 'ner.bin', 'lemmas.bin'] as const;
export type ModelName = (typeof MODEL_FILES)[number];

export interface Models {
  tagger: Tagger;
  parser: Parser;
  ner: EntityRecognizer;
  lemmatizer: Lemmatizer;
}

/** Builds the models from their files' bytes; `read` fetches one file (in parallel). */
export async function loadModels(read: (name: ModelName) => Promise<Uint8Array>): Promise<Models> {
  const bytes = await Promise.all(MODEL_FILES.map(read));
  return modelsFromBytes(
    Object.fromEntries(MODEL_FILES.map((name, i) => [name, bytes[i]])) as Record<ModelName, Uint8Array>,
  );
}

export function modelsFromBytes(files: Record<ModelName, Uint8Array>): Models {
  const tagger = readModelFile(files['tagger.bin']);
  const parser = readModelFile<{ labels: string[] }>(files['parser.bin']);
  const punct = readModelFile(files['punct.bin']);
  const ner = readModelFile(files['ner.bin']);
  const lemmas = readModelFile(files['lemmas.bin']);
  const text = (a: ModelArray) => new TextDecoder().decode(a);
  return {
    tagger: new Tagger(LinearModel.fromArrays(tagger.arrays, UPOS.length)),
    parser: new Parser(
      LinearModel.fromArrays(parser.arrays, 1 + 2 * parser.meta.labels.length),
      parser.meta.labels,
      new Punctuation(LinearModel.fromArrays(punct.arrays, 1), parser.meta.labels),
    ),
    ner: new EntityRecognizer(
      LinearModel.fromArrays(ner.arrays, NER_LABELS.length),
      new Gazetteer(ner.arrays.gazetteerKeys as Uint32Array, ner.arrays.gazetteerBits as Uint8Array),
    ),
    lemmatizer: new Lemmatizer({ table: text(lemmas.arrays.table), rules: text(lemmas.arrays.rules) }),
  };
}
