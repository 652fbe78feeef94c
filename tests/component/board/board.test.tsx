import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { DemandMap } from '../../../components/board/DemandMap';
import { GroupCard } from '../../../components/board/GroupCard';
import type { ActorInfo } from '../../../lib/board/filter';
import { groupDemands, type Sighting } from '../../../lib/board/group';

afterEach(cleanup);

const row = (id: number, actorKey: string, targetKey: string, text: string, cue: string, day: number): Sighting => ({
  id,
  pageId: id,
  actorKey,
  targetKey,
  text,
  cue,
  sentence: `They ${cue} ${text}.`,
  date: Date.UTC(2026, 9, day),
  site: 'news.example',
  url: `https://news.example/${id}`,
  title: `Story ${id}`,
});
const groups = groupDemands([
  row(1, 'org:union', 'org:council', "raise drivers' pay by 9%", 'asked', 5),
  row(2, 'org:union', 'org:council', "raise drivers' pay by 9 per cent", 'demanded that', 12),
  row(3, 'org:council', 'org:union', 'call off the strike', 'urged', 14),
]);
const actors = new Map<string, ActorInfo>([
  ['org:union', { name: 'Transport Workers Union', kind: 'organization', words: [] }],
  ['org:council', { name: 'Northgate Council', kind: 'organization', words: [] }],
]);

test('the map is one tab stop; arrow keys move between edges and Enter picks one', () => {
  const onSelect = vi.fn();
  render(<DemandMap groups={groups} actors={actors} selected={null} onSelect={onSelect} />);
  const edges = screen.getAllByRole('button');
  expect(edges.map((e) => e.getAttribute('tabindex'))).toEqual(['0', '-1']);
  edges[0].focus();
  fireEvent.keyDown(edges[0], { key: 'ArrowRight' });
  expect(document.activeElement).toBe(edges[1]);
  fireEvent.keyDown(edges[1], { key: 'Enter' });
  expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ from: edges[1].getAttribute('data-from') }));
  fireEvent.keyDown(edges[1], { key: 'Escape' });
  expect(onSelect).toHaveBeenLastCalledWith(null);
});

test("a group's demand opens onto its course, with each sighting's verb and strength", () => {
  const pay = groups.find((g) => g.actorKey === 'org:union');
  if (!pay) throw new Error('no group');
  render(<GroupCard group={pay} actors={actors} />);
  const toggle = screen.getByRole('button', { expanded: false });
  expect(toggle.textContent).toContain('seen 2 times');
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  const course = screen.getByRole('list', { name: /^Course of/ });
  expect([...course.querySelectorAll('.verb')].map((v) => v.textContent)).toEqual(['asked', 'demanded']);
  expect([...course.querySelectorAll('.strength .label')].map((v) => v.textContent)).toEqual(['asks', 'demands']);
  expect(screen.getAllByRole('link', { name: /Open at passage/ })[1].getAttribute('href')).toMatch(
    /^https:\/\/news\.example\/2#wwa-quote=/,
  );
});
