// The parse CLI as outside checks call it: CoNLL-U in, the same lines out with our UPOS, HEAD and
// DEPREL, everything else untouched.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/parse.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
const dir = mkdtempSync(join(tmpdir(), 'wwa-parse-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const row = (...c: string[]) => c.join('\t');

const INPUT = [
  '# newdoc id = ours',
  '# sent_id = 1',
  '# text = The union doesn’t want talks.',
  row('1', 'The', 'the', '_', '_', '_', '_', '_', '_', '_'),
  row('2', 'union', 'union', '_', '_', '_', '_', '_', '_', '_'),
  row('3-4', 'doesn’t', '_', '_', '_', '_', '_', '_', '_', '_'),
  row('3', 'does', 'do', '_', '_', '_', '_', '_', '_', '_'),
  row('4', 'n’t', 'not', '_', '_', '_', '_', '_', '_', 'Keep=this'),
  row('5', 'want', 'want', '_', '_', '_', '_', '_', '_', '_'),
  row('5.1', 'have', 'have', 'VERB', '_', '_', '_', '_', '0:root', '_'),
  row('6', 'talks', 'talk', '_', '_', '_', '_', '_', '_', 'SpaceAfter=No'),
  row('7', '.', '.', '_', '_', '_', '_', '_', '_', '_'),
  '',
  '# sent_id = 2',
  row('1', 'Stop', 'stop', 'X', 'VB', 'Mood=Imp', '2', 'dep', '_', '_'),
  row('2', '!', '!', '_', '_', '_', '_', '_', '_', '_'),
  '',
].join('\n');

describe('parse CLI', () => {
  it('keeps every line and column but UPOS, HEAD and DEPREL, which it fills in', () => {
    const res = run(file('in.conllu', INPUT));
    expect(res.status).toBe(0);
    const inLines = INPUT.trimEnd().split('\n');
    const outLines = res.stdout.trimEnd().split('\n');
    expect(outLines).toHaveLength(inLines.length);
    outLines.forEach((line, i) => {
      const a = inLines[i].split('\t');
      const b = line.split('\t');
      if (a.length < 10 || !/^\d+$/.test(a[0])) {
        expect(line).toBe(inLines[i]);
        return;
      }
      // FORM, LEMMA, XPOS, FEATS, DEPS and MISC as given
      for (const c of [0, 1, 2, 4, 5, 8, 9]) expect(b[c]).toBe(a[c]);
      expect(b[3]).toMatch(/^[A-Z]+$/);
      expect(b[6]).toMatch(/^\d+$/);
      expect(b[7]).toMatch(/^[a-z]+(:[a-z]+)?$/);
    });
    // one root per sentence, and heads inside the sentence
    const words = outLines.filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
    expect(words.filter((w) => w[6] === '0')).toHaveLength(2);
    expect(words.slice(0, 7).every((w) => Number(w[6]) <= 7)).toBe(true);
  }, 30_000);

  it('reads the sentence as people do', () => {
    const words = run(file('in2.conllu', INPUT))
      .stdout.split('\n')
      .filter((l) => /^\d+\t/.test(l))
      .map((l) => l.split('\t'));
    const get = (form: string) => words.find((w) => w[1] === form)!;
    expect(get('want')[7]).toBe('root');
    expect(get('union')).toEqual(expect.arrayContaining(['NOUN', '5', 'nsubj']));
    expect(get('talks')).toEqual(expect.arrayContaining(['NOUN', '5', 'obj']));
  }, 30_000);

  it.each([
    ['a line with 9 columns', `${row('1', 'a', 'a', '_', '_', '_', '_', '_', '_')}\n`, /line 1: expected 10/],
    ['ids out of order', `${row('2', 'a', 'a', '_', '_', '_', '_', '_', '_', '_')}\n`, /line 1: expected word id 1/],
    ['a head beyond the sentence', `${row('1', 'a', 'a', '_', '_', '_', '5', 'dep', '_', '_')}\n`, /head 5/],
    ['an empty file', '', /no sentences/],
  ])('refuses %s with one line and a non-zero exit', (_, text, message) => {
    const res = run(file('bad.conllu', text));
    expect(res.status).not.toBe(0);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(message);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says so when the file is missing', () => {
    const res = run(join(dir, 'nothing.conllu'));
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/no such file/);
  });
});
