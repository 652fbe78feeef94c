import { afterEach, describe, expect, test, vi } from 'vitest';
import type { HitEntry } from '../../../lib/page/hit-test';
import { watchHover } from '../../../lib/page/hover';
import { htmlDocument } from './fixture-document';

const entry = (name: string) => ({ range: { name } as unknown as Range }) as unknown as HitEntry;

function setUp() {
  const doc = htmlDocument('<body><p id="text">Vladimir Putin said</p><wwa-card></wwa-card></body>');
  const putin = entry('putin');
  const nato = entry('nato');
  /** What is under each x: 0–99 Putin, 100–199 NATO, else nothing. */
  const hitTest = vi.fn((x: number) => (x < 100 ? putin : x < 200 ? nato : null));
  const show = vi.fn();
  const hide = vi.fn();
  const controller = new AbortController();
  const card = doc.querySelector('wwa-card');
  watchHover({
    doc,
    hitTest,
    show,
    hide,
    isCard: (target) => target === card,
    signal: controller.signal,
    delayMs: 20,
  });
  const view = doc.defaultView as unknown as typeof window;
  const move = (x: number, target: Element = doc.getElementById('text') as Element) =>
    target.dispatchEvent(new view.PointerEvent('pointermove', { clientX: x, clientY: 10, bubbles: true }));
  return { doc, view, putin, nato, hitTest, show, hide, controller, move, card: card as Element };
}

/** Lets animation frames and the show delay pass. */
const settle = () => new Promise((done) => setTimeout(done, 80));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('watchHover', () => {
  test('shows the card after the pointer rests on an annotation, once', async () => {
    const { move, show, putin } = setUp();
    move(10);
    move(11);
    move(12);
    await settle();
    expect(show).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledWith(putin);
  });

  test('moving on before the delay shows only the annotation the pointer stays on', async () => {
    const { move, show, nato, view } = setUp();
    // the show delay on a fake clock, so a loaded machine cannot let it pass between the moves
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const frame = () => new Promise((done) => view.requestAnimationFrame(done));
    move(10);
    await frame();
    vi.advanceTimersByTime(10);
    move(150);
    await frame();
    vi.advanceTimersByTime(100);
    expect(show.mock.calls).toEqual([[nato]]);
  });

  test('plain text shows nothing; leaving an annotation hides the card', async () => {
    const { move, show, hide } = setUp();
    move(500);
    await settle();
    expect(show).not.toHaveBeenCalled();
    move(10);
    await settle();
    move(500);
    await settle();
    expect(hide).toHaveBeenCalledTimes(1);
  });

  test('pointing at the card keeps it open', async () => {
    const { move, show, hide, card } = setUp();
    move(10);
    await settle();
    move(500, card);
    await settle();
    expect(show).toHaveBeenCalledTimes(1);
    expect(hide).not.toHaveBeenCalled();
  });

  test('Escape closes the card until the pointer leaves the annotation; scroll closes it', async () => {
    const { doc, view, move, show, hide } = setUp();
    move(10);
    await settle();
    doc.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Escape' }));
    expect(hide).toHaveBeenCalledTimes(1);
    move(12);
    await settle();
    expect(show).toHaveBeenCalledTimes(1);
    move(150);
    await settle();
    expect(show).toHaveBeenCalledTimes(2);
    doc.dispatchEvent(new view.Event('scroll'));
    expect(hide).toHaveBeenCalledTimes(2);
  });

  test('after abort it listens no more and closes what it showed', async () => {
    const { move, show, hide, controller } = setUp();
    move(10);
    await settle();
    controller.abort();
    expect(hide).toHaveBeenCalledTimes(1);
    move(150);
    await settle();
    expect(show).toHaveBeenCalledTimes(1);
  });
});

describe('touch', () => {
  test('a tap on an annotation opens its card at once; a tap elsewhere closes it', () => {
    const { doc, view, putin, show, hide } = setUp();
    const tap = (x: number) =>
      (doc.getElementById('text') as Element).dispatchEvent(
        new view.PointerEvent('pointerup', { clientX: x, clientY: 10, pointerType: 'touch', bubbles: true }),
      );
    tap(10);
    expect(show.mock.calls).toEqual([[putin]]);
    tap(500);
    expect(hide).toHaveBeenCalledTimes(1);
  });

  test('a mouse click is left to hovering', () => {
    const { doc, view, show } = setUp();
    (doc.getElementById('text') as Element).dispatchEvent(
      new view.PointerEvent('pointerup', { clientX: 10, clientY: 10, pointerType: 'mouse', bubbles: true }),
    );
    expect(show).not.toHaveBeenCalled();
  });
});

test('a tap that opens a card does not follow the link under it; the next tap does', () => {
  const { doc, view, show } = setUp();
  const link = doc.createElement('a');
  link.href = '#elsewhere';
  link.textContent = 'Vladimir Putin';
  doc.body.prepend(link);
  const tap = () => {
    link.dispatchEvent(
      new view.PointerEvent('pointerup', { clientX: 10, clientY: 10, pointerType: 'touch', bubbles: true }),
    );
    const click = new view.MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    return click.defaultPrevented;
  };
  expect(tap()).toBe(true);
  expect(show).toHaveBeenCalledTimes(1);
  expect(tap()).toBe(false);
  expect(show).toHaveBeenCalledTimes(1);
});
