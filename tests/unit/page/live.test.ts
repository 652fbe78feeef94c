import { describe, expect, test, vi } from 'vitest';
import { watchLiveChanges } from '../../../lib/page/live';
import { createPainter } from '../../../lib/page/painter';
import { buildTextMap } from '../../../lib/page/text-map';
import { htmlDocument } from './fixture-document';

function setUp(maxChanges = 30) {
  const doc = htmlDocument('<head><title>Live</title></head><body><article id="story"><p>First.</p></article></body>');
  const onChange = vi.fn();
  const controller = new AbortController();
  const live = watchLiveChanges({ doc, onChange, signal: controller.signal, debounceMs: 10, maxChanges });
  const story = doc.getElementById('story') as Element;
  const add = (text: string, tag = 'p') => {
    const el = doc.createElement(tag);
    el.textContent = text;
    story.append(el);
    return el;
  };
  return { doc, onChange, controller, live, story, add };
}

const settle = () => new Promise((done) => setTimeout(done, 60));

describe('watchLiveChanges', () => {
  test('a burst of new paragraphs asks for one re-read', async () => {
    const { add, onChange } = setUp();
    add('Second.');
    add('Third.');
    add('Fourth.');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('changed text counts; empty elements, our own marks and the head do not', async () => {
    const { doc, add, onChange, story } = setUp();
    add('', 'div');
    add('Putin', 'wwa-mark');
    const title = doc.querySelector('title') as Element;
    title.textContent = 'Live (2)';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    (story.querySelector('p')?.firstChild as Text).data = 'First, corrected.';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('stops after its budget of re-reads until reset', async () => {
    const { add, onChange, live } = setUp(2);
    for (const text of ['a', 'b', 'c']) {
      add(text);
      await settle();
    }
    expect(onChange).toHaveBeenCalledTimes(2);
    live.reset();
    add('d');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  test('discarded mutations (our own DOM edits) ask for nothing', async () => {
    const { add, onChange, live } = setUp();
    add('Wrapped by us.');
    live.discardPending();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  test('after abort nothing is asked', async () => {
    const { add, onChange, controller } = setUp();
    add('Pending.');
    controller.abort();
    add('After.');
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});

test('changes outside what it watches ask for nothing', async () => {
  const doc = htmlDocument('<body><div id="ticker">09:00</div><article id="story"><p>First.</p></article></body>');
  const onChange = vi.fn();
  const story = doc.getElementById('story') as Element;
  watchLiveChanges({
    doc,
    onChange,
    signal: new AbortController().signal,
    debounceMs: 10,
    watches: (node) => story.contains(node),
  });
  (doc.getElementById('ticker') as Element).textContent = '09:01';
  await settle();
  expect(onChange).not.toHaveBeenCalled();
  story.append(doc.createElement('p'), 'Second.');
  await settle();
  expect(onChange).toHaveBeenCalledTimes(1);
});

test('the wrapper painter and the live watcher do not set each other off', async () => {
  const { doc, onChange, live } = setUp();
  const painter = createPainter(doc, { forceWrappers: true, onDomEdit: () => live.discardPending() });
  const map = buildTextMap(doc.getElementById('story') as Element);
  await painter.paint([{ name: 'wwa-person', range: map.range(1, 3) as Range }]);
  expect(doc.querySelectorAll('wwa-mark')).toHaveLength(1);
  await settle();
  painter.clear();
  await settle();
  expect(onChange).not.toHaveBeenCalled();
});
