// @vitest-environment node
// Which sentences the reader has parsed: parsing is most of its time, so a sentence gets a tree
// only when a cue in it can read something.
import { describe, expect, it } from 'vitest';
import { needsTree } from '../../../lib/extract/reader/cues';
import { analyse } from '../../../lib/nlp';
import { models } from './helpers';

const needs = (text: string) => needsTree(analyse(text, models, { parse: () => false }).tokens);

describe('needsTree', () => {
  it('parses a sentence whose cue has what its entry needs after it', () => {
    expect(needs('The union called for calm.')).toBe(true);
    expect(needs('The mayor told them to leave.')).toBe(true);
    expect(needs('The minister has to resign.')).toBe(true);
    expect(needs('Iran demanded guarantees.')).toBe(true);
  });

  it('leaves a sentence unparsed when its cue word cannot read anything there', () => {
    expect(needs('She called him a liar in public.')).toBe(false);
    expect(needs('He told reporters the plan would work.')).toBe(false);
    expect(needs('The bank has said little about the deal.')).toBe(false);
    expect(needs('Talks resumed on Monday.')).toBe(false);
  });
});
