#!/usr/bin/env bash
# Scores the extractor with the official scorer: npm run eval [-- CORPUS_DIR] [--verbose]
# CORPUS_DIR defaults to the shared development set; tests/fixtures/articles is our own.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash ../shared/eval/run.sh "$@"
