#!/usr/bin/env bash
# Trains every model of the language core from ../shared/corpora into lib/nlp/models/, in order:
# the parser and the entity recogniser read the tagger's output. Seeded: a rerun gives the same files.
set -euo pipefail
cd "$(dirname "$0")/../.."
npx tsx scripts/train/train-tagger.ts
npx tsx scripts/train/train-lemmas.ts
npx tsx scripts/train/train-parser.ts
npx tsx scripts/train/ship-parser.ts
npx tsx scripts/train/train-punctuation.ts
npx tsx scripts/train/train-ner.ts
