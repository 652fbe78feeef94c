import { expect, test } from 'vitest';
import type { Extraction } from '../../../lib/extract/types';
import { actorCard, demandCard } from '../../../lib/page/card-model';

const mention = (text: string, start: number) => ({ start, end: start + text.length, text });

const EXTRACTION: Extraction = {
  actors: [
    {
      id: 'a1',
      key: 'person:vladimir-putin',
      name: 'Vladimir Putin',
      kind: 'person',
      aliases: ['Vladimir Putin', 'Putin'],
      mentions: [mention('Vladimir Putin', 0), mention('Putin', 100), mention('the Russian president', 200)],
    },
    { id: 'a2', key: 'country:UKR', name: 'Ukraine', kind: 'country', aliases: ['Ukraine'], mentions: [] },
    { id: 'a3', key: 'org:nato', name: 'NATO', kind: 'organization', aliases: ['NATO'], mentions: [] },
  ],
  demands: [
    {
      actor: 'a1',
      target: 'a2',
      text: 'withdraw',
      start: 1,
      end: 2,
      cue: 'demanded that',
      sentence: { start: 0, end: 9 },
    },
    { actor: 'a1', target: null, text: 'talks', start: 3, end: 4, cue: 'called for', sentence: { start: 0, end: 9 } },
    { actor: 'a2', target: 'a1', text: 'a ceasefire', start: 5, end: 6, cue: 'urged', sentence: { start: 0, end: 9 } },
  ],
};

test('an actor card holds its other names, its demands and the demands made of it', () => {
  const history = { key: 'person:vladimir-putin', pageCount: 2, recentDemands: [] };
  const [putin] = EXTRACTION.actors;
  expect(actorCard(EXTRACTION, putin as Extraction['actors'][number], history)).toEqual({
    type: 'actor',
    key: 'person:vladimir-putin',
    name: 'Vladimir Putin',
    kind: 'person',
    otherNames: ['Putin', 'the Russian president'],
    demands: [
      { verb: 'demanded', other: 'Ukraine', text: 'withdraw', count: 1 },
      { verb: 'called for', other: null, text: 'talks', count: 1 },
    ],
    demandedOf: [{ verb: 'urged', other: 'Ukraine', text: 'a ceasefire', count: 1 }],
    history,
  });
});

test('an actor without demands has empty lists', () => {
  const nato = EXTRACTION.actors[2] as Extraction['actors'][number];
  expect(actorCard(EXTRACTION, nato, null)).toMatchObject({
    otherNames: [],
    demands: [],
    demandedOf: [],
    history: null,
  });
});

test('a demand card says who demands it of whom', () => {
  expect(demandCard(EXTRACTION, EXTRACTION.demands[0] as Extraction['demands'][number])).toEqual({
    type: 'demand',
    verb: 'demanded',
    text: 'withdraw',
    by: { name: 'Vladimir Putin', kind: 'person' },
    of: { name: 'Ukraine', kind: 'country' },
  });
  expect(demandCard(EXTRACTION, EXTRACTION.demands[1] as Extraction['demands'][number]).of).toBeNull();
});

test('a demand the page repeats is one line, counted', () => {
  const [putin] = EXTRACTION.actors;
  const again = { ...EXTRACTION.demands[0], text: 'Withdraw!', start: 7, end: 8 } as Extraction['demands'][number];
  const model = actorCard(
    { ...EXTRACTION, demands: [...EXTRACTION.demands, again] },
    putin as Extraction['actors'][number],
    null,
  );
  expect(model.demands[0]).toEqual({ verb: 'demanded', other: 'Ukraine', text: 'withdraw', count: 2 });
  expect(model.demands).toHaveLength(2);
});

test('the card of a state a speaker spoke for, or of one named jointly, lists the demand too', () => {
  const nato = EXTRACTION.actors[2] as Extraction['actors'][number];
  const [putin] = EXTRACTION.actors;
  const forNato = { ...EXTRACTION.demands[1], onBehalfOf: 'a3' } as Extraction['demands'][number];
  const withNato = { ...EXTRACTION.demands[1], text: 'a summit', alsoBy: ['a3'] } as Extraction['demands'][number];
  for (const d of [forNato, withNato]) {
    const page = { ...EXTRACTION, demands: [d] };
    expect(actorCard(page, nato, null).demands).toEqual([{ verb: 'called for', other: null, text: d.text, count: 1 }]);
    expect(actorCard(page, putin as Extraction['actors'][number], null).demands).toHaveLength(1);
  }
});
