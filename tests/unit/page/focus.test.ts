import { expect, test } from 'vitest';
import type { Annotation } from '../../../lib/page/annotations';
import { HighlightCursor, readingOrder } from '../../../lib/page/focus';
import type { HitEntry } from '../../../lib/page/hit-test';

const entry = (type: 'actor' | 'demand', start: number) =>
  ({ annotation: { type, start, end: start + 5 } as Annotation, range: {} as Range }) as HitEntry;

const at = (e: HitEntry | null) => e && `${e.annotation.type}@${e.annotation.start}`;

test('stops come in reading order, a name before a demand starting at the same place', () => {
  const entries = [entry('demand', 10), entry('actor', 40), entry('actor', 10), entry('actor', 0)];
  expect(readingOrder(entries).map(at)).toEqual(['actor@0', 'actor@10', 'demand@10', 'actor@40']);
});

test('the cursor steps forward and back, wrapping around, and keeps its place across a repaint', () => {
  const cursor = new HighlightCursor();
  const entries = [entry('actor', 0), entry('demand', 10), entry('actor', 40)];
  expect(at(cursor.step(entries, 1))).toBe('actor@0');
  expect(at(cursor.step(entries, 1))).toBe('demand@10');
  // the same text painted again: new entries, same places
  const repainted = entries.map((e) => entry(e.annotation.type, e.annotation.start));
  expect(at(cursor.step(repainted, 1))).toBe('actor@40');
  expect(at(cursor.step(repainted, 1))).toBe('actor@0');
  expect(at(cursor.step(repainted, -1))).toBe('actor@40');
  expect(cursor.step([], 1)).toBeNull();
});
