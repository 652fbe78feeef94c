import { expect, test } from 'vitest';
import { phrase } from '../../lib/demand-phrase';

test.each([
  ['has demanded that', 'withdraw its troops', 'has demanded', 'withdraw its troops'],
  ['insisted that', 'provide naval escorts', 'insisted', 'provide naval escorts'],
  ['urged', 'release €5 billion', 'urged', 'release €5 billion'],
  ['called on', 'deliver air defence', 'called on', 'deliver air defence'],
  ['is pushing for', 'a 12% pay rise', 'is pushing for', 'a 12% pay rise'],
  ['must', 'pay the fine', 'said', 'must pay the fine'],
  ['needs to', 'cut emissions', 'said', 'needs to cut emissions'],
  ['warned that it would have to cut rations by half next month unless', 'donors pay', 'warned unless', 'donors pay'],
  ['threatened to raise tariffs on cars unless', 'talks resume', 'threatened unless', 'talks resume'],
  ['calls from Republicans in Congress to', 'withdraw', 'calls', 'withdraw'],
  ['only if', 'Washington removes sanctions', 'only if', 'Washington removes sanctions'],
  ['"Without', 'more money', 'Without', 'more money'],
])('"%s" reads as "%s" with its text', (cue, text, verb, shown) => {
  expect(phrase(cue, text)).toEqual({ verb, text: shown });
});

test('a clause that starts with its target reads on from the verb after the arrow', () => {
  expect(phrase('demanded that', 'Ukraine withdraw its troops', ['Ukraine', 'Kyiv'])).toEqual({
    verb: 'demanded',
    text: 'withdraw its troops',
  });
  expect(phrase('demanded that', 'Kyiv withdraw its troops', ['Ukraine', 'Kyiv']).text).toBe('withdraw its troops');
  expect(phrase('said', 'Ukrainerama is a word', ['Ukraine']).text).toBe('Ukrainerama is a word');
});
