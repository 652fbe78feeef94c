// @vitest-environment node
// A headline's verb: the present-tense word after the name that the tagger, used to running
// text, reads as a plural noun.
import { describe, expect, it } from 'vitest';
import { tagWords } from '../../../lib/nlp/headlines';
import { nodeModels } from '../../../lib/nlp/node';
import { UPOS } from '../../../lib/nlp/tagger';

const { tagger } = nodeModels();
const tagsOf = (sentence: string) => {
  const forms = sentence.split(' ');
  const { tags } = tagWords(tagger, forms);
  return Object.fromEntries(forms.map((f, i) => [f, UPOS[tags[i]]]));
};

describe('headline verbs', () => {
  it('reads "urges", "calls" after a name in a sentence with no other verb as the verb', () => {
    expect(tagsOf('Trump urges Russia to end war').urges).toBe('VERB');
    expect(tagsOf('Macron calls on Israel to halt Gaza offensive').calls).toBe('VERB');
  });

  it('reads the "-s" word after "the" and a capitalised noun the same way ("The Commission calls on …")', () => {
    expect(tagsOf('The Commission calls on all sides to find a solution .').calls).toBe('VERB');
    // a capitalised word opening a list item is no name: "- Duty cuts on goods"
    expect(tagsOf('- Duty cuts on capital goods').cuts).toBe('NOUN');
  });

  it('reads a plural noun and a bare word after "as" as a clause’s subject and verb ("as talks resume")', () => {
    expect(tagsOf('Iran demands sanctions relief as nuclear talks resume in Oman').resume).toBe('VERB');
    expect(tagsOf('Iran demands sanctions relief as sales tax rises').tax).toBe('NOUN');
  });

  it('leaves a plural noun alone where a verb is written, or where "to" follows it', () => {
    expect(tagsOf('Macron calls on Israel were ignored').calls).toBe('NOUN');
    expect(tagsOf('Rail workers to strike over Christmas').workers).toBe('NOUN');
  });
});
