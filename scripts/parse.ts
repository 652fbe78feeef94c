// The parse CLI: CoNLL-U in, the same sentences and words out with our UPOS, HEAD and DEPREL.
//   parse FILE.conllu
// Comments, multiword ranges, empty nodes and every other column pass through unchanged.

import { readFileSync } from 'node:fs';
import { ConlluError, formatConllu, parseConllu } from '../lib/nlp/conllu';
import { tagWords } from '../lib/nlp/headlines';
import { nodeModels } from '../lib/nlp/node';
import { UPOS } from '../lib/nlp/tagger';

function main(argv: string[]): void {
  if (argv.length !== 1 || argv[0].startsWith('-')) throw new ConlluError('usage: parse FILE.conllu');
  const file = argv[0];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConlluError(
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ? 'cannot be read' : 'not valid UTF-8'}`,
    );
  }
  const sentences = parseConllu(text);
  if (!sentences.length) throw new ConlluError(`${file}: no sentences`);
  const { tagger, parser } = nodeModels();
  const out: string[] = [];
  for (const sentence of sentences) {
    const { lex, tags } = tagWords(
      tagger,
      sentence.words.map((w) => w.form),
    );
    const tree = parser.parse({ lex, tags });
    out.push(
      formatConllu(
        sentence,
        sentence.words.map((_, i) => ({
          upos: UPOS[tags[i]],
          head: tree.heads[i] + 1,
          deprel: parser.labels[tree.labels[i]],
        })),
      ),
    );
  }
  process.stdout.write(out.join(''));
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof ConlluError)) throw e;
  process.stderr.write(`parse: ${e.message.replace(/\s+/g, ' ')}\n`);
  process.exitCode = 1;
}
