import { describe, expect, test } from 'vitest';
import { plural } from '../../../../components/popup/format';

describe('plural', () => {
  test('writes the count with thousands separated, and the word in the plural unless one', () => {
    expect(plural(1, 'page')).toBe('1 page');
    expect(plural(0, 'page')).toBe('0 pages');
    expect(plural(12_345, 'demand')).toBe('12,345 demands');
  });
});
