import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActorList } from '../../../components/popup/ActorList';
import { ActorView } from '../../../components/popup/ActorView';
import { App } from '../../../components/popup/App';
import { ImportButton } from '../../../components/popup/ImportButton';
import { ThisPage } from '../../../components/popup/ThisPage';
import { savePage } from '../../../lib/db/save';
import { openDatabase, type WwaDatabase } from '../../../lib/db/schema';
import { actor, demand, extraction, page } from '../../unit/db/fixtures';

let db: WwaDatabase;
const day = (d: number) => Date.UTC(2026, 2, d);

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`popup-${Math.random()}`);
  const putin = actor('a1', 'person:vladimir-putin', 'Vladimir Putin');
  const ukraine = actor('a2', 'country:UKR', 'Ukraine', 'country');
  const nato = actor('a3', 'org:nato', 'Nato', 'organization');
  await savePage(
    db,
    page('one'),
    'x',
    extraction([putin, ukraine], [demand('a1', 'a2', 'withdraw its troops')]),
    day(12),
  );
  await savePage(
    db,
    page('two', 'other.example'),
    'x',
    extraction([putin, ukraine, nato], [demand('a1', 'a2', 'withdraw its troops')]),
    day(14),
  );
  await savePage(
    db,
    page('three'),
    'x',
    extraction([putin, ukraine, nato], [demand('a2', 'a1', 'stop the shelling')]),
    day(15),
  );
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('ActorList', () => {
  it('lists actors with their counts and narrows by search and kind', async () => {
    render(<ActorList db={db} onOpen={() => {}} />);
    await screen.findByText('Vladimir Putin');
    // the same demand on two pages counts once
    expect(screen.getByText(/Person · 3 pages · 1 demand ·/)).toBeTruthy();

    fireEvent.input(screen.getByRole('searchbox', { name: 'Search actors' }), { target: { value: 'vlad' } });
    await waitFor(() => expect(screen.queryByText('Nato')).toBeNull());
    expect(screen.getByText('Vladimir Putin')).toBeTruthy();

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'country' } });
    await waitFor(() => expect(screen.queryByText('Vladimir Putin')).toBeNull());
    expect(screen.getByText('Ukraine')).toBeTruthy();
  });

  it('says so when nothing matches', async () => {
    render(<ActorList db={db} onOpen={() => {}} />);
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'zzz' } });
    expect(await screen.findByText('No actor matches “zzz”.')).toBeTruthy();
  });
});

describe('ActorView', () => {
  it('merges the same demand seen on several pages and lists demands made of the actor', async () => {
    render(<ActorView db={db} actorKey="person:vladimir-putin" onBack={() => {}} onOpen={() => {}} />);
    await screen.findByRole('heading', { name: 'Vladimir Putin' });
    expect(screen.getAllByText('withdraw its troops')).toHaveLength(1);
    expect(screen.getByText(/2 pages since/)).toBeTruthy();
    expect(screen.getByText('stop the shelling')).toBeTruthy();
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });
});

describe('ImportButton', () => {
  it('names the first problem of an invalid file and changes nothing', async () => {
    render(<ImportButton db={db} />);
    const file = new File([JSON.stringify({ format: 'who-wants-what', version: 2 })], 'old.json', {
      type: 'application/json',
    });
    fireEvent.change(screen.getByLabelText('Import'), { target: { files: [file] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/version: must be 1/);
    expect(await db.pages.count()).toBe(3);
  });
});

describe('App', () => {
  it('shows a welcome to a new reader, and an Export button and search box once there is history', async () => {
    const empty = openDatabase(`empty-${Math.random()}`);
    const { unmount } = render(<App db={empty} />);
    expect(await screen.findByText('Nothing read yet')).toBeTruthy();
    unmount();
    await empty.delete();

    render(<App db={db} />);
    expect(await screen.findByRole('searchbox')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export' })).toBeTruthy();
  });
});

describe('ThisPage', () => {
  it('shows the current page’s actors and demands, and says when the page was read only in part', async () => {
    render(
      <ThisPage db={db} status={{ canonicalUrl: 'https://news.example/three', truncated: true }} onOpen={() => {}} />,
    );
    await screen.findByRole('heading', { name: 'Story three' });
    expect(screen.getByText(/only its beginning was read \(partial\)/)).toBeTruthy();
    expect(screen.getByText('stop the shelling')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Nato/ })).toBeTruthy();
  });

  it('tells the reader when the tab shows no article', async () => {
    render(<ThisPage db={db} status={null} onOpen={() => {}} />);
    expect(screen.getByText(/This tab shows no news article/)).toBeTruthy();
  });
});
