// The annotate CLI: extraction in Node, for the evaluation and for anyone scripting.
//   annotate FILE                 prints the JSON for one file
//   annotate --out DIR FILE...    writes DIR/NAME.json for each input
// .txt is read as is; .html goes through the same article finding as the content script.
// Every input is read and checked before anything is written, so a bad file writes nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Window } from 'happy-dom';
import { extract } from '../lib/extract';
import { nodeModels } from '../lib/nlp/node';
import { findArticle } from '../lib/page/article';
import { buildTextMap } from '../lib/page/text-map';

class InputError extends Error {}

function usage(): never {
  throw new InputError('usage: annotate FILE | annotate --out DIR FILE...');
}

function parseArgs(argv: string[]): { out: string | null; files: string[] } {
  let out: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      out = argv[++i] ?? usage();
    } else if (argv[i].startsWith('-')) {
      throw new InputError(`unknown option ${argv[i]}`);
    } else files.push(argv[i]);
  }
  if (!files.length || (!out && files.length > 1)) usage();
  return { out, files };
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`,
    );
  }
  if (bytes.includes(0)) throw new InputError(`${file}: binary file, expected UTF-8 text or HTML`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) throw new InputError(`${file}: not valid UTF-8`);
  if (!text.trim()) throw new InputError(`${file}: empty file`);
  return text.replace(/\r\n?/g, '\n');
}

function articleText(html: string, file: string): string {
  const window = new Window({ url: 'https://localhost/' });
  window.document.write(html);
  const root = findArticle(window.document as unknown as Document);
  const text = root ? buildTextMap(root).text : '';
  void window.happyDOM.close();
  if (!text.trim()) throw new InputError(`${file}: no article text found in the HTML`);
  return text;
}

function main(argv: string[]): number {
  const { out, files } = parseArgs(argv);
  const texts = files.map((f) => {
    const raw = readText(f);
    return /\.html?$/i.test(f) ? articleText(raw, f) : raw;
  });
  const models = nodeModels();
  const results = texts.map((t) => extract(t, models));
  if (!out) {
    process.stdout.write(`${JSON.stringify(results[0], null, 2)}\n`);
    return 0;
  }
  mkdirSync(out, { recursive: true });
  files.forEach((f, i) => {
    writeFileSync(join(out, `${basename(f, extname(f))}.json`), `${JSON.stringify(results[i], null, 2)}\n`);
  });
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof InputError)) throw e;
  process.stderr.write(`annotate: ${e.message}\n`);
  process.exitCode = 1;
}
