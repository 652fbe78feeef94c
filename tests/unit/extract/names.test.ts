// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/extract/names';
import { analyse, type Doc } from '../../../lib/nlp';
import { models } from './helpers';

/** The text analysed, with the recogniser's spans replaced by one ORG span over the given words. */
function withSpan(text: string, words: string): Doc {
  const doc = analyse(text, models);
  const charStart = text.indexOf(words);
  const start = doc.tokens.findIndex((t) => t.start === charStart);
  const end = doc.tokens.findIndex((t) => t.end === charStart + words.length) + 1;
  return { ...doc, entities: [{ type: 'ORG', start, end, charStart, charEnd: charStart + words.length, text: words }] };
}

describe('names', () => {
  it('takes no body out of a law’s name the recogniser cut short ("Freedom" of the Freedom of Information Act)', () => {
    const text = 'The Freedom of Information Act comes into force in January.';
    expect(findNames(withSpan(text, 'Freedom')).map((n) => n.text)).toEqual([]);
    // a body named before other words is still one
    const other = 'The Freedom Party of Austria won the vote in January.';
    expect(findNames(withSpan(other, 'Freedom Party')).map((n) => n.text)).toContain('Freedom Party');
  });

  it('reads a span run across commas after an office ("the Transport Secretary, Alan Birch,") as the person', () => {
    const text = 'Mary Dunn called on the Transport Secretary, Alan Birch, to publish the letters.';
    const names = findNames(withSpan(text, 'Transport Secretary, Alan Birch,'));
    expect(names.map((n) => [n.text, n.kind])).toEqual([['Alan Birch', 'person']]);
  });

  it('reads an office of two words and a name in one body’s span ("Transport Secretary Mark Harper") as the person', () => {
    const text = 'Transport Secretary Mark Harper said the strikes were unnecessary.';
    const names = findNames(withSpan(text, 'Transport Secretary Mark Harper'));
    expect(names.map((n) => [n.text, n.kind])).toEqual([['Mark Harper', 'person']]);
    // a body whose name starts with a title's word keeps it
    const body = 'General Electric Company said the strikes were unnecessary.';
    expect(findNames(withSpan(body, 'General Electric Company')).map((n) => n.text)).toEqual([
      'General Electric Company',
    ]);
  });

  it('reads a word with a capital inside it as a body where the recogniser found nothing, not a family name', () => {
    const bare = (text: string) => ({ ...analyse(text, models), entities: [] });
    expect(findNames(bare('On Monday ShareAction urged Barclays to act.')).map((n) => [n.text, n.kind])).toEqual([
      ['ShareAction', 'organization'],
      ['Barclays', 'organization'],
    ]);
    expect(findNames(bare('On Monday McCarthy and DeSantis met.')).map((n) => n.text)).toEqual([]);
  });
});
