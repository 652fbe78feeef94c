// A worker that is stopping or starting loses messages: send() tries again until its deadline.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PATIENCE, type Request, send, sendToTab, TAB_ANSWER_MS } from '../../lib/messages';

const request: Request = { type: 'actorHistory', keys: ['org:nato'], excludeUrl: 'https://x.example/' };
/** What the background answers; sendMessage is typed as answering nothing. */
const answer = { ok: true, value: { history: [] } } as unknown as void;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('send', () => {
  it('tries again after a lost message and after no answer, then returns the answer', async () => {
    const sendMessage = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValueOnce(
        new Error(
          'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
        ),
      )
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(answer);
    const sent = send(request);
    await vi.runAllTimersAsync();
    await expect(sent).resolves.toEqual({ history: [] });
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('gives an attempt that hangs up its deadline, then tries again', async () => {
    const sendMessage = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockImplementationOnce(() => new Promise(() => {}))
      .mockResolvedValueOnce(answer);
    const sent = send(request);
    await vi.advanceTimersByTimeAsync(PATIENCE.actorHistory.attemptMs + 1000);
    await expect(sent).resolves.toEqual({ history: [] });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('gives up at the deadline with a message that says so', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    const sent = send(request);
    const failed = expect(sent).rejects.toThrow(
      /background did not answer actorHistory \(Could not establish connection/,
    );
    await vi.advanceTimersByTimeAsync(PATIENCE.actorHistory.deadlineMs);
    await failed;
  });

  it('does not retry an error the background answered with, nor an orphaned content script', async () => {
    const sendMessage = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockResolvedValueOnce({ ok: false, error: 'bad' } as unknown as void);
    await expect(send(request)).rejects.toThrow('bad');
    sendMessage.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    await expect(send(request)).rejects.toThrow('Extension context invalidated.');
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('stops retrying when its signal aborts', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const controller = new AbortController();
    const sent = send(request, { signal: controller.signal });
    const aborted = expect(sent).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(150);
    controller.abort();
    await aborted;
  });
});

describe('sendToTab', () => {
  it('answers null when the tab has no content script, or it does not answer in time', async () => {
    vi.spyOn(browser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection.'))
      .mockImplementationOnce(() => new Promise(() => {}));
    expect(await sendToTab(1, { type: 'pageStatus' })).toBeNull();
    const late = sendToTab(1, { type: 'pageStatus' });
    await vi.advanceTimersByTimeAsync(TAB_ANSWER_MS + 1);
    expect(await late).toBeNull();
  });
});
