// @vitest-environment node
// The reader on the language core's trees, one construction per test, on sentences of our own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract';
import { nodeModels } from '../../../lib/nlp/node';
import { describe as linesOf } from './helpers';

const read = (text: string) => linesOf(extract(text, nodeModels()));

describe('the tree reader', () => {
  it('reads the object of a demand verb', () => {
    expect(read('Unite has demanded a 12% pay rise.')).toEqual(['Unite → ∅: a 12% pay rise']);
  });

  it('reads "called for" with its prepositional object', () => {
    expect(read('Oxfam called for a ceasefire in the region.')).toEqual(['Oxfam → ∅: a ceasefire in the region']);
  });

  it('keeps every recognised organization with its exact span', () => {
    const r = extract('The RMT union has demanded that Network Rail make a new offer.', nodeModels());
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual([
      ['RMT', 'organization'],
      ['Network Rail', 'organization'],
    ]);
  });
});
