// The annotate CLI as the evaluation calls it: a child process, files in, JSON out.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/annotate.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

const dir = mkdtempSync(join(tmpdir(), 'wwa-cli-'));
const article = join(dir, 'talks.txt');
writeFileSync(article, 'Talks stall\nThe Kremlin said Russia wants Ukraine to withdraw its troops from Kursk.\n');

describe('annotate CLI', () => {
  it('prints the scorer’s JSON shape for one file', () => {
    const res = run(article);
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout);
    const russia = out.actors.find((a: { name: string }) => a.name === 'Russia');
    expect(russia).toMatchObject({ id: expect.any(String), kind: 'country' });
    expect(russia.mentions[0]).toEqual({ start: 16, end: 23, text: 'Kremlin' });
    expect(out.demands).toEqual([
      expect.objectContaining({ actor: russia.id, text: 'withdraw its troops from Kursk', cue: 'wants' }),
    ]);
  }, 20_000);

  it('writes NAME.json per input with --out, for .txt and .html', () => {
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      '<html><head><meta property="og:type" content="article"></head><body><nav>Home · Boris Johnson</nav><article><h1>Strike</h1><p>The union Unite has demanded a 9% pay rise for bus drivers, its leader Sharon Graham said.</p><p>Graham told the operators to return to talks. Drivers at depots across the region voted by a large majority for the walkout, which is due to start next Monday and last for a week.</p></article></body></html>',
    );
    const out = join(dir, 'out');
    const res = run('--out', out, article, page);
    expect(res.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['page.json', 'talks.json']);
    const html = JSON.parse(readFileSync(join(out, 'page.json'), 'utf8'));
    expect(html.actors.map((a: { name: string }) => a.name)).not.toContain('Boris Johnson');
    expect(html.demands.map((d: { text: string }) => d.text)).toContain('a 9% pay rise for bus drivers');
  }, 20_000);

  it('refuses an unknown option with one line', () => {
    const res = run('--reader', 'rules', article);
    expect(res.status).not.toBe(0);
    expect(res.stderr.trim()).toBe('annotate: unknown option --reader');
  }, 20_000);

  it.each([
    ['missing', join(dir, 'nope.txt'), /no such file/],
    ['empty', join(dir, 'empty.txt'), /empty file/],
    ['binary', join(dir, 'blob.txt'), /binary file/],
  ])(
    'rejects a %s file with one line and writes nothing',
    (_, file, message) => {
      writeFileSync(join(dir, 'empty.txt'), '  \n');
      writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
      const out = join(dir, `bad-${_}`);
      const res = run('--out', out, article, file);
      expect(res.status).not.toBe(0);
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
      expect(res.stderr).toMatch(message);
      expect(existsSync(join(out, 'talks.json'))).toBe(false);
    },
    20_000,
  );
});
