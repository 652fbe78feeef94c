// Whatever a file holds, import either merges a valid export or refuses with a message and
// leaves the store exactly as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savePage } from '../../../lib/db/save';
import { openDatabase, type WwaDatabase } from '../../../lib/db/schema';
import { exportData } from '../../../lib/exchange/export';
import { importText } from '../../../lib/exchange/import';
import { actor, demand, extraction, page } from '../db/fixtures';

let db: WwaDatabase;
let valid: Record<string, unknown>;
beforeAll(async () => {
  db = openDatabase(`robust-${Math.random()}`);
  await savePage(
    db,
    page('one'),
    'x',
    extraction([actor('a1', 'org:nato', 'Nato', 'organization')], [demand('a1', null, 'more spending')]),
  );
  valid = (await exportData(db)) as unknown as Record<string, unknown>;
});
afterAll(() => db.delete());

const counts = async () => [
  await db.pages.count(),
  await db.actors.count(),
  await db.demands.count(),
  (await db.pages.toArray()).flatMap((p) => p.actors).length,
];

/** A valid export with one field somewhere replaced by an arbitrary JSON value. */
const corrupted = fc
  .tuple(
    fc.constantFrom('format', 'version', 'exportedAt', 'pages', 'actors', 'appearances', 'demands'),
    fc.jsonValue(),
  )
  .map(([key, value]) => JSON.stringify({ ...valid, [key]: value }));

describe('import of hostile files', () => {
  it('refuses random text and JSON with a message, changing nothing', async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), corrupted), async (input) => {
        const res = await importText(db, input);
        if (res.ok) return; // a corruption that happens to be valid (e.g. the same value) may merge
        expect(res.error.length).toBeGreaterThan(0);
        expect(res.error).not.toContain('\n');
      }),
      { numRuns: 200 },
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const res = await importText(db, ' '.repeat(50 * 1024 * 1024 + 1));
    expect(res).toEqual({ ok: false, error: 'The file is larger than 50 MB.' });
  });
});
