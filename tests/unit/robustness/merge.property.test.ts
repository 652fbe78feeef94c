// Whatever two readers visited, merging their exports keeps every page and every appearance of
// both, in whichever order the files are imported, and importing a file again changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { savePage } from '../../../lib/db/save';
import { openDatabase, type WwaDatabase } from '../../../lib/db/schema';
import { exportData } from '../../../lib/exchange/export';
import { importText } from '../../../lib/exchange/import';
import { actor, demand, extraction, page } from '../db/fixtures';

const ACTORS = [
  ['person:vladimir-putin', 'Vladimir Putin', 'person'],
  ['country:UKR', 'Ukraine', 'country'],
  ['org:nato', 'Nato', 'organization'],
  ['org:hamas', 'Hamas', 'group'],
] as const;
const DEMANDS = ['withdraw troops', 'a ceasefire', 'more spending'];

const visit = fc.record({
  reader: fc.constantFrom('a', 'b'),
  page: fc.constantFrom('one', 'two', 'three'),
  actors: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
  mentions: fc.integer({ min: 1, max: 4 }),
  demands: fc.array(fc.record({ by: fc.nat(3), of: fc.option(fc.nat(3)), text: fc.constantFrom(...DEMANDS) }), {
    maxLength: 3,
  }),
});

type Visit = typeof visit extends fc.Arbitrary<infer T> ? T : never;

async function read(db: WwaDatabase, v: Visit, at: number) {
  const actors = v.actors.map((i) => actor(`a${i}`, ACTORS[i][0], ACTORS[i][1], ACTORS[i][2], v.mentions));
  const present = new Set(v.actors);
  const demands = v.demands
    .filter((d) => present.has(d.by) && (d.of === null || present.has(d.of)))
    .map((d) => demand(`a${d.by}`, d.of === null ? null : `a${d.of}`, d.text));
  await savePage(db, page(v.page), 'x', extraction(actors, demands), at);
}

/** What a store holds, without local ids. */
async function contents(db: WwaDatabase) {
  const pages = await db.pages.toArray();
  const url = new Map(pages.map((p) => [p.id, p.canonicalUrl]));
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    pages: sorted(pages.map(({ id: _, actors: __, actorKeys: ___, ...p }) => p)),
    appearances: sorted(pages.flatMap((p) => p.actors.map((a) => [p.canonicalUrl, a.key, a.count]))),
    demands: sorted((await db.demands.toArray()).map((d) => [url.get(d.pageId), d.actorKey, d.targetKey, d.text])),
    actors: sorted(await db.actors.toArray()),
  };
}

describe('merging exports', () => {
  it('keeps both sides, ends the same in either order, and is idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(visit, { minLength: 1, maxLength: 6 }), async (visits) => {
        const id = Math.random();
        const [a, b, ab, ba] = ['a', 'b', 'ab', 'ba'].map((n) => openDatabase(`merge-${n}-${id}`));
        try {
          for (const [i, v] of visits.entries()) await read(v.reader === 'a' ? a : b, v, Date.UTC(2026, 0, 1 + i));
          const fileA = JSON.stringify(await exportData(a));
          const fileB = JSON.stringify(await exportData(b));
          for (const [db, first, second] of [
            [ab, fileA, fileB],
            [ba, fileB, fileA],
          ] as const) {
            expect((await importText(db, first)).ok).toBe(true);
            expect((await importText(db, second)).ok).toBe(true);
          }
          const merged = await contents(ab);
          expect(await contents(ba)).toEqual(merged);
          // every page and every appearance of either side is there
          for (const side of [await contents(a), await contents(b)]) {
            const pageUrls = side.pages.map((p) => JSON.parse(p).canonicalUrl);
            for (const u of pageUrls) expect(merged.pages.some((p) => JSON.parse(p).canonicalUrl === u)).toBe(true);
            const held = (rows: string[]) => rows.map((r) => JSON.parse(r).slice(0, 2).join(' '));
            for (const row of held(side.appearances)) expect(held(merged.appearances)).toContain(row);
          }
          const again = await importText(ab, fileA);
          expect(again).toEqual({
            ok: true,
            summary: { pagesAdded: 0, pagesUpdated: 0, actorsAdded: 0, demandsAdded: 0 },
          });
          expect(await contents(ab)).toEqual(merged);
        } finally {
          await Promise.all([a, b, ab, ba].map((db) => db.delete()));
        }
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
