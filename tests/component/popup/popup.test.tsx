import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActorList } from '../../../components/popup/ActorList';
import { ActorView } from '../../../components/popup/ActorView';
import { App } from '../../../components/popup/App';
import { ImportButton } from '../../../components/popup/ImportButton';
import type { Notice } from '../../../components/popup/Messages';
import { SettingsPanel } from '../../../components/popup/SettingsPanel';
import { ThisPage } from '../../../components/popup/ThisPage';
import { savePage } from '../../../lib/db/save';
import { openDatabase, type WwaDatabase } from '../../../lib/db/schema';
import type { PageStatus } from '../../../lib/messages';
import { DEFAULT_SETTINGS, settingsItem } from '../../../lib/settings';
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

const noop = () => {};
const status = (change: Partial<PageStatus> = {}): PageStatus => ({
  site: 'news.example',
  state: 'read',
  canonicalUrl: 'https://news.example/three',
  truncated: false,
  demands: 1,
  error: null,
  ...change,
});

describe('ActorView', () => {
  it('merges the same demand seen on several pages and lists demands made of the actor', async () => {
    render(<ActorView db={db} actorKey="person:vladimir-putin" onBack={noop} onOpen={noop} say={noop} />);
    await screen.findByRole('heading', { name: 'Vladimir Putin' });
    expect(screen.getAllByText('withdraw its troops')).toHaveLength(1);
    expect(screen.getByText(/2 pages since/)).toBeTruthy();
    // who demands, a verb, then what: never run together
    expect(screen.getByText('stop the shelling').parentElement?.textContent).toBe(
      'Ukraine demanded: stop the shelling',
    );
    // the three pages, and each demand's page opened at its passage
    expect(screen.getAllByRole('link', { name: /^Story / })).toHaveLength(3);
    expect(screen.getAllByRole('link', { name: 'Open at passage' })).toHaveLength(2);
  });

  it('deletes the actor and offers to undo it', async () => {
    const say = vi.fn();
    render(<ActorView db={db} actorKey="org:nato" onBack={noop} onOpen={noop} say={say} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Nato' }));
    await waitFor(() => expect(say).toHaveBeenCalled());
    expect(await db.actors.get('org:nato')).toBeUndefined();
    const notice: Notice = say.mock.calls[0][0];
    expect(notice.text).toBe('Deleted Nato (organization) and what only it held.');
    await notice.undo?.();
    expect(await db.actors.get('org:nato')).toMatchObject({ pageCount: 2 });
  });
});

describe('ImportButton', () => {
  it('names the first problem of an invalid file and changes nothing', async () => {
    const say = vi.fn();
    render(<ImportButton db={db} say={say} />);
    const file = new File([JSON.stringify({ format: 'who-wants-what', version: 2 })], 'old.json', {
      type: 'application/json',
    });
    fireEvent.change(screen.getByLabelText('Import'), { target: { files: [file] } });
    await waitFor(() => expect(say).toHaveBeenLastCalledWith(expect.objectContaining({ tone: 'error' })));
    expect(say.mock.lastCall?.[0].text).toMatch(/version: must be 1/);
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

  it('has tabs that arrow keys move between, each showing its panel', async () => {
    render(<App db={db} />);
    const actors = await screen.findByRole('tab', { name: 'Actors' });
    expect(actors.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(actors.id);
    fireEvent.keyDown(actors, { key: 'ArrowRight' });
    const settings = screen.getByRole('tab', { name: 'Settings' });
    expect(settings.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(settings);
    expect(settings.tabIndex).toBe(0);
    expect(actors.tabIndex).toBe(-1);
    fireEvent.keyDown(settings, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(await screen.findByRole('checkbox', { name: 'Pause everywhere' })).toBeTruthy();
  });
});

describe('ThisPage', () => {
  it('shows the page’s demands first, its actors in one line under them, and the colour key', async () => {
    render(<ThisPage db={db} status={status({ truncated: true })} onOpen={noop} onReadAgain={noop} say={noop} />);
    await screen.findByRole('heading', { name: 'Story three' });
    expect(screen.getByText(/only its beginning was read \(partial\)/)).toBeTruthy();
    const demand = screen.getByText('stop the shelling');
    const nato = screen.getByRole('button', { name: 'Nato (Organization)' });
    // the demand comes before the actors
    expect(demand.compareDocumentPosition(nato) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(demand.parentElement?.textContent).toBe('Ukraine demanded → Vladimir Putin: stop the shelling');
    expect(screen.getByRole('list', { name: 'What the colours mean' })).toBeTruthy();
  });

  it('tells the reader when the tab shows no article', async () => {
    render(<ThisPage db={db} status={null} onOpen={noop} onReadAgain={noop} say={noop} />);
    expect(screen.getByText(/This tab shows no news article/)).toBeTruthy();
  });

  it('says plainly that the site is off or everything is paused, and turns it back on', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    const { unmount } = render(
      <ThisPage
        db={db}
        status={status({ state: 'site-off', canonicalUrl: null })}
        onOpen={noop}
        onReadAgain={noop}
        say={noop}
      />,
    );
    expect(screen.getByText(/turned off on news\.example/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for news.example' }));
    await waitFor(async () => expect((await settingsItem.getValue()).disabledSites).toEqual([]));
    unmount();

    await settingsItem.setValue({ ...DEFAULT_SETTINGS, paused: true });
    render(
      <ThisPage
        db={db}
        status={status({ state: 'paused', canonicalUrl: null })}
        onOpen={noop}
        onReadAgain={noop}
        say={noop}
      />,
    );
    expect(screen.getByText(/is paused/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(async () => expect((await settingsItem.getValue()).paused).toBe(false));
  });

  it('says when the page could not be read, and asks the tab to try again', () => {
    const onReadAgain = vi.fn();
    render(
      <ThisPage
        db={db}
        status={status({ state: 'failed', canonicalUrl: null, error: 'The background did not answer' })}
        onOpen={noop}
        onReadAgain={onReadAgain}
        say={noop}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('This page could not be read: The background did not answer');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onReadAgain).toHaveBeenCalled();
  });
});

describe('SettingsPanel', () => {
  it('lists the sites turned off, each with a way back on', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] });
    render(<SettingsPanel db={db} site={null} say={noop} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on for a.example' }));
    await waitFor(async () => expect((await settingsItem.getValue()).disabledSites).toEqual(['b.example']));
    expect(await screen.findByText('b.example')).toBeTruthy();
  });

  it('shows the switch for the current site even when it is off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    render(<SettingsPanel db={db} site="news.example" say={noop} />);
    const box = (await screen.findByRole('checkbox', { name: 'Turn off on news.example' })) as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
  });

  it('asks before clearing, with focus in the question, offers an export, and can be undone', async () => {
    const say = vi.fn();
    render(<SettingsPanel db={db} site={null} say={say} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Clear all data?' });
    expect(document.activeElement).toBe(dialog);
    expect(screen.getByRole('button', { name: 'Export first' })).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear all data…' })));

    fireEvent.click(screen.getByRole('button', { name: 'Clear all data…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(say).toHaveBeenCalled());
    expect(await db.pages.count()).toBe(0);
    const notice: Notice = say.mock.calls[0][0];
    expect(notice.text).toBe('Deleted 3 pages and 3 actors.');
    await notice.undo?.();
    expect(await db.pages.count()).toBe(3);
  });
});
