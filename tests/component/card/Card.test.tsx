import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Card } from '../../../components/card/Card';
import type { ActorCardModel } from '../../../lib/page/card-model';

afterEach(cleanup);

const PUTIN: ActorCardModel = {
  type: 'actor',
  key: 'person:vladimir-putin',
  name: 'Vladimir Putin',
  kind: 'person',
  otherNames: ['Putin', 'the Russian president'],
  demands: [
    { other: 'Ukraine', text: 'withdraw its troops from four regions' },
    { other: null, text: 'an end to sanctions' },
  ],
  demandedOf: [{ other: 'NATO', text: 'stop expanding east' }],
  history: {
    key: 'person:vladimir-putin',
    pageCount: 3,
    recentDemands: [
      {
        text: 'recognise the annexation',
        targetName: 'Ukraine',
        site: 'example.com',
        visitedAt: Date.UTC(2026, 10, 2),
        url: 'https://example.com/a',
      },
    ],
  },
};

test('an actor card shows name, kind, other names, demands both ways and history', () => {
  render(<Card model={PUTIN} />);
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vladimir Putin');
  expect(screen.getByText('Person')).toBeTruthy();
  expect(screen.getByText('Also called: Putin, the Russian president')).toBeTruthy();
  const demands = screen.getByText('Demands on this page').parentElement as HTMLElement;
  expect([...demands.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    '→ Ukraine: withdraw its troops from four regions',
    'an end to sanctions',
  ]);
  const demandedOf = screen.getByText('Demanded of Vladimir Putin').parentElement as HTMLElement;
  expect(demandedOf.querySelector('li')?.textContent).toBe('NATO: stop expanding east');
  expect(screen.getByText('Earlier: 3 pages')).toBeTruthy();
  expect(screen.getByText('example.com, 2026-11-02')).toBeTruthy();
});

test('an actor with nothing demanded says so, and shows no history it does not have', () => {
  render(<Card model={{ ...PUTIN, otherNames: [], demands: [], demandedOf: [], history: null }} />);
  expect(screen.getByText('No demands by or of Vladimir Putin on this page.')).toBeTruthy();
  expect(screen.queryByText(/Earlier/)).toBeNull();
  expect(screen.queryByText(/Also called/)).toBeNull();
});

test('long lists are cut and counted', () => {
  const demands = Array.from({ length: 8 }, (_, i) => ({ other: null, text: `demand ${i}` }));
  render(<Card model={{ ...PUTIN, demands }} />);
  expect(screen.getByText('and 3 more')).toBeTruthy();
  expect(screen.queryByText('demand 5')).toBeNull();
});

test('page text is rendered as text, never as markup', () => {
  const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
  const { container } = render(
    <Card model={{ ...PUTIN, name: hostile, otherNames: [hostile], demands: [{ other: hostile, text: hostile }] }} />,
  );
  expect(container.querySelector('img, b')).toBeNull();
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hostile);
});

test('a demand card says who demands it of whom', () => {
  render(
    <Card
      model={{
        type: 'demand',
        text: 'a 9% pay rise',
        cue: 'is pushing for',
        by: { name: 'RMT', kind: 'organization' },
        of: { name: 'Network Rail', kind: 'organization' },
      }}
    />,
  );
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('RMT → Network Rail');
  expect(screen.getByText('a 9% pay rise')).toBeTruthy();
  expect(screen.getByText('Demand')).toBeTruthy();
});
