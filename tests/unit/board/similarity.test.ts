import { describe, expect, test } from 'vitest';
import { sameDemand, termsOf } from '../../../lib/board/similarity';

const same = (a: string, b: string) => sameDemand(termsOf(a), termsOf(b));

describe('sameDemand', () => {
  test('the same demand in other words', () => {
    expect(same("raise drivers' pay by 9% this year", "Northgate Council raise drivers' pay by 9 per cent")).toBe(true);
    expect(same('a 9% pay rise', 'a pay rise of nine per cent')).toBe(true);
    expect(same('release the hostages', 'release all hostages')).toBe(true);
    expect(same('withdraw its troops', 'withdraw troops from the border')).toBe(true);
  });

  test('different demands stay apart', () => {
    expect(same('a pay rise', 'a pay cut')).toBe(false);
    expect(same('a 9% pay rise', 'a 12% pay rise')).toBe(false);
    expect(same('call off the strike', 'return to talks')).toBe(false);
  });

  test('words that carry no meaning are left out; plurals meet', () => {
    expect([...termsOf("The drivers' new contracts").words]).toEqual(['driver', 'new', 'contract']);
    expect([...termsOf('9 per cent').numbers]).toEqual(['9']);
  });
});
