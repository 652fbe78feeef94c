import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { Card } from '../../../components/card/Card';
import type { ActorCardModel } from '../../../lib/page/card-model';

afterEach(cleanup);

const line = (verb: string, other: string | null, text: string, count = 1) => ({ verb, other, text, count });

const PUTIN: ActorCardModel = {
  type: 'actor',
  key: 'person:vladimir-putin',
  name: 'Vladimir Putin',
  kind: 'person',
  otherNames: ['Putin', 'the Russian president'],
  demands: [
    line('has demanded', 'Ukraine', 'withdraw its troops from four regions', 5),
    line('called for', null, 'an end to sanctions'),
  ],
  demandedOf: [line('urged', 'NATO', 'stop expanding east')],
  history: {
    key: 'person:vladimir-putin',
    pageCount: 3,
    recentDemands: [
      {
        text: 'recognise the annexation',
        cue: 'insisted that',
        targetName: 'Ukraine',
        site: 'example.com',
        visitedAt: Date.UTC(2026, 10, 2),
        url: 'https://example.com/a',
        pages: 2,
      },
    ],
  },
};

const items = (heading: string) =>
  [...(screen.getByText(heading).parentElement as HTMLElement).querySelectorAll('li')].map((li) => li.textContent);

test('an actor card shows name, kind, other names, demands both ways with their verbs, and history', () => {
  render(<Card model={PUTIN} about="Putin" />);
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vladimir Putin');
  expect(screen.getByText('Person')).toBeTruthy();
  expect(screen.getByText('Also called: Putin, the Russian president')).toBeTruthy();
  expect(items('Demands on this page')).toEqual([
    'has demanded → Ukraine: withdraw its troops from four regions ×5',
    'called for: an end to sanctions',
  ]);
  expect(screen.getByLabelText('5 times')).toBeTruthy();
  expect(items('Demanded of Vladimir Putin')).toEqual(['NATO urged: stop expanding east']);
  expect(items('Earlier: 3 pages')).toEqual([
    'insisted → Ukraine: recognise the annexation example.com, 2026-11-02 and 1 other page',
  ]);
});

test('the card is tied to the highlighted words, a tooltip on hover and a dialog from the keyboard', () => {
  const { rerender } = render(<Card model={PUTIN} about="Putin" />);
  expect(screen.getByRole('tooltip', { name: 'About “Putin” in the text: Vladimir Putin' })).toBeTruthy();
  rerender(<Card model={PUTIN} about="Putin" focused />);
  expect(screen.getByRole('dialog', { name: 'About “Putin” in the text: Vladimir Putin' })).toBeTruthy();
});

test('an actor with nothing demanded says so, and shows no history it does not have', () => {
  render(<Card model={{ ...PUTIN, otherNames: [], demands: [], demandedOf: [], history: null }} about="Putin" />);
  expect(screen.getByText('No demands by or of Vladimir Putin on this page.')).toBeTruthy();
  expect(screen.queryByText(/Earlier/)).toBeNull();
  expect(screen.queryByText(/Also called/)).toBeNull();
});

test('earlier pages without demands make a plain line, never an empty heading', () => {
  const history = { key: PUTIN.key, pageCount: 1, recentDemands: [] };
  render(<Card model={{ ...PUTIN, history }} about="Putin" />);
  expect(screen.queryByRole('heading', { name: /Earlier/ })).toBeNull();
  expect(screen.getByText('Seen on 1 earlier page, demanding nothing there.')).toBeTruthy();
});

test('long lists are cut and counted', () => {
  const demands = Array.from({ length: 8 }, (_, i) => line('urged', null, `demand ${i}`));
  render(<Card model={{ ...PUTIN, demands }} about="Putin" />);
  expect(screen.getByText('and 3 more')).toBeTruthy();
  expect(screen.queryByText('demand 5')).toBeNull();
});

test('page text is rendered as text, never as markup', () => {
  const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
  const { container } = render(
    <Card
      model={{ ...PUTIN, name: hostile, otherNames: [hostile], demands: [line(hostile, hostile, hostile)] }}
      about={hostile}
    />,
  );
  expect(container.querySelector('img, b')).toBeNull();
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hostile);
});

test('a demand card reads "verb → target: text"', () => {
  render(
    <Card
      model={{
        type: 'demand',
        verb: 'is pushing for',
        text: 'a 9% pay rise',
        by: { name: 'RMT', kind: 'organization' },
        of: { name: 'Network Rail', kind: 'organization' },
      }}
      about="a 9% pay rise"
    />,
  );
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('RMT');
  expect(screen.getByText('a 9% pay rise').parentElement?.textContent).toBe(
    'is pushing for → Network Rail: a 9% pay rise',
  );
  expect(screen.getByText('Demand')).toBeTruthy();
});

test('the colour key opens from the card, and the actor’s whole history is one button away', () => {
  const onOpenHistory = vi.fn();
  render(<Card model={PUTIN} about="Putin" onOpenHistory={onOpenHistory} />);
  const key = screen.getByRole('button', { name: 'Colour key' });
  expect(key.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(key);
  expect(screen.getByRole('list', { name: 'What the colours mean' }).textContent).toBe(
    'PersonCountryOrganizationGroupdemanded text',
  );
  fireEvent.click(screen.getByRole('button', { name: 'All about Vladimir Putin' }));
  expect(onOpenHistory).toHaveBeenCalledWith('person:vladimir-putin');
});

test('the card opens the board on its actor', () => {
  const onOpenBoard = vi.fn();
  render(<Card model={PUTIN} about="Putin" onOpenBoard={onOpenBoard} />);
  fireEvent.click(screen.getByRole('button', { name: 'On the board' }));
  expect(onOpenBoard).toHaveBeenCalledWith('person:vladimir-putin');
});
