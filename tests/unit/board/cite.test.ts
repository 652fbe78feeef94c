import { expect, test } from 'vitest';
import { citation } from '../../../lib/board/cite';

test('a demand with its source reads as one line', () => {
  expect(
    citation({
      actorName: 'Iran',
      targetName: null,
      cue: 'demands',
      text: 'sanctions relief',
      site: 'dailyledger.example',
      date: Date.UTC(2026, 9, 14, 9),
      url: 'https://dailyledger.example/iran',
    }),
  ).toBe('Iran demands: sanctions relief — dailyledger.example, 14 Oct 2026, https://dailyledger.example/iran');
  expect(
    citation({
      actorName: 'Transport Workers Union',
      targetName: 'Northgate Council',
      cue: 'demanded that',
      text: "Northgate Council raise drivers' pay",
      site: 'news.example',
      date: Date.UTC(2026, 9, 12),
      url: 'https://news.example/a',
    }),
  ).toBe(
    "Transport Workers Union demanded → Northgate Council: raise drivers' pay — news.example, 12 Oct 2026, https://news.example/a",
  );
});
