import { describe, expect, it } from 'vitest';
import { carryTargets } from '../../../../lib/extract/reader/carried-targets';
import type { Demand } from '../../../../lib/extract/types';
import { demandLines } from '../helpers';

describe('targets carried between one demander’s demands', () => {
  it('gives a demand that names no one the party its demander addressed elsewhere in the story', () => {
    expect(
      demandLines(
        'The Kestrel Fund urged Halden Mining to replace its chairman. The fund also wants a seat on the board for one of its own partners.',
      ),
    ).toEqual([
      'Kestrel Fund → Halden Mining: replace its chairman',
      'Kestrel Fund → Halden Mining: a seat on the board for one of its own partners',
    ]);
  });

  it('carries nothing when the demander addressed two parties, or asked people the page does not name', () => {
    expect(
      demandLines(
        'The Kestrel Fund urged Halden Mining to replace its chairman and asked Norvik Bank to sell its stake. The fund also wants a seat on the board.',
      ),
    ).toContain('Kestrel Fund → ∅: a seat on the board');
    expect(
      demandLines(
        'Halden Mining urged retail investors to back the merger. It also asked the Ostmark regulator Finanzaufsicht to approve the deal quickly.',
      ),
    ).toContain('Halden Mining → ∅: back the merger');
  });

  it('never makes the body a speaker stands for their target, and leaves other demanders alone', () => {
    const demand = (actor: string, target: string | null, onBehalfOf?: string): Demand => ({
      actor,
      target,
      text: 'x',
      start: 0,
      end: 1,
      cue: 'urged',
      sentence: { start: 0, end: 1 },
      ...(onBehalfOf && { onBehalfOf }),
    });
    const carried = carryTargets(
      [demand('a1', 'a2'), demand('a1', null, 'a2'), demand('a1', null), demand('a3', null)],
      new Set(),
    );
    expect(carried.map((d) => d.target)).toEqual(['a2', null, 'a2', null]);
  });
});
