import { describe, expect, test } from 'vitest';
import { strengthOf } from '../../../lib/board/strength';

describe('strengthOf', () => {
  test.each([
    ['asked', 1, 'asks'],
    ['is calling for', 1, 'asks'],
    ['urged', 2, 'urges'],
    ['is pushing for', 2, 'urges'],
    ['has demanded that', 3, 'demands'],
    ['insisted', 3, 'demands'],
    ['must', 3, 'demands'],
    ['threatened to strike unless', 4, 'threatens'],
    ['warned that it would cut rations unless', 4, 'threatens'],
  ])('%s reads as %s', (cue, level, label) => {
    expect(strengthOf(cue)).toEqual({ level, label });
  });

  test('a cue of no known word reads as the weakest, and a word only starting like one does not match', () => {
    expect(strengthOf('said').level).toBe(1);
    expect(strengthOf('callously dismissed').level).toBe(1);
    expect(strengthOf('pressure grew').level).toBe(1);
  });
});
