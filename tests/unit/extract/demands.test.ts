import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract';
import { demandLines, models } from './helpers';

describe('demands', () => {
  it('splits a coordinated list of verb phrases but keeps a coordinated object whole', () => {
    expect(
      demandLines(
        'Vladimir Putin has demanded that Ukraine recognise Russia’s annexation of four regions and the Crimean peninsula, withdraw its troops from those areas and pledge to never join Nato.',
      ),
    ).toEqual([
      'Vladimir Putin → Ukraine: recognise Russia’s annexation of four regions and the Crimean peninsula',
      'Vladimir Putin → Ukraine: withdraw its troops from those areas',
      'Vladimir Putin → Ukraine: pledge to never join Nato',
    ]);
  });

  it('gives reported "needed to" to the speaker, with the subject as target', () => {
    expect(
      demandLines(
        'Donald Trump met reporters. Trump then said Moscow needed to agree to a pause, warning of sanctions.',
      ),
    ).toEqual(['Donald Trump → Russia: agree to a pause']);
  });

  it('attributes an unattributed quote paragraph to the previous speaker', () => {
    expect(
      demandLines('“We have waited long enough,” Labour leader Keir Starmer said.\n“We need a general election now.”'),
    ).toEqual(['Keir Starmer → ∅: a general election now']);
  });

  it('does not take rejections or other senses of cue words as demands', () => {
    const text = [
      'Iran does not want a temporary truce, Tehran said.',
      'Arsenal threatened a big upset in a must-win game against Chelsea.',
      'The demands of the job are high, Mikel Arteta said.',
      'Germany rejected calls for a windfall tax.',
    ].join('\n');
    expect(extract(text, models).demands).toEqual([]);
  });

  it('reads the subject of a quoted modal and skips a cue word used in another sense', () => {
    expect(
      demandLines(
        'Jon Holden said Boeing "needs to come back with a better offer". The operator FBB said it would press charges and wants the activists to pay for the damage.',
      ),
    ).toEqual(['Jon Holden → Boeing: come back with a better offer', 'FBB → ∅: pay for the damage']);
  });

  it('does not read "to" before a thing as what someone must do', () => {
    expect(demandLines('The RMT demanded amendments to the bill.')).toEqual(['RMT → ∅: amendments to the bill']);
  });

  it('gives a quoted demand of a people to the one quoting them', () => {
    expect(
      demandLines('"The American people want us to stop the reckless spending," Mike Johnson told reporters.'),
    ).toEqual(['Mike Johnson → ∅: stop the reckless spending']);
  });

  it('keeps the subject across "and", and never reads an object pronoun as the one speaking', () => {
    expect(demandLines('The European Commission fined Apple and told it to remove restrictions on payments.')).toEqual([
      'European Commission → Apple: remove restrictions on payments',
    ]);
  });

  it('does not give a state the demands of people from it', () => {
    expect(demandLines('Kenya protesters demand the president’s resignation. Kenya said no.')).toEqual([]);
  });

  it('does not give a state the demands of its people rallying', () => {
    expect(
      demandLines('Thousands of Israelis rallied, calling on Benjamin Netanyahu to agree to a deal. Israel said no.'),
    ).toEqual([]);
  });

  it('takes the named person of an apposition as the subject, and a list after an infinitive as one demand', () => {
    expect(
      demandLines(
        'Fifa rejected the criticism. Its president, Gianni Infantino, urged the unions to work together. The Alliance of Small Island States reiterated its demand for a fund to cover loss and damage from rising seas.',
      ),
    ).toEqual([
      'Gianni Infantino → ∅: work together',
      'Alliance of Small Island States → ∅: a fund to cover loss and damage from rising seas',
    ]);
  });

  it('keeps the pronoun subject across "and asked", and reads "his call for" as the speaker\'s', () => {
    expect(
      demandLines(
        'Volodymyr Zelensky spoke on Tuesday. He urged the United States to approve the sale and asked Germany to send more systems. Hungary’s prime minister, Viktor Orbán, repeated his call for an immediate ceasefire.',
      ),
    ).toEqual([
      'Volodymyr Zelensky → United States: approve the sale',
      'Volodymyr Zelensky → Germany: send more systems',
      'Viktor Orbán → ∅: an immediate ceasefire',
    ]);
  });

  it('gives every demand an exact substring inside its sentence', () => {
    const text =
      'The European Commission said Apple must allow rival app stores and remove its fees. Apple seeks a delay.';
    const r = extract(text, models);
    expect(r.demands.length).toBeGreaterThan(0);
    for (const d of r.demands) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.start).toBeGreaterThanOrEqual(d.sentence.start);
      expect(d.end).toBeLessThanOrEqual(d.sentence.end);
    }
  });
});
