// The page's main-thread tasks from a Chromium trace, and which of them ran our code. The bench
// pages have no script of their own, so after the content script starts, a task that runs
// JavaScript, or delivers a message from the extension (whose reply is decoded in that task),
// is ours; the driver's DevTools traffic and its in-page polling are not. Painting the highlights is the browser's own work and shows in "work added".

export interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  ph?: string;
  args?: { data?: { url?: string }; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
}

/** Events that open a task of the renderer's main thread. */
const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

/** Events that mean JavaScript ran, or an extension message was decoded, inside a task. */
const OURS = new Set(['EvaluateScript', 'TimerFire', 'RunMicrotasks', 'v8.compile']);

/** A message delivered to the page: ours when it comes through the extension's interfaces, not DevTools'. */
const isOurMessage = (e: TraceEvent) =>
  e.name === 'Receive mojo message' && /extension/i.test(e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '');

/** A call into a script of the extension (the driver's own calls come from its evaluation scripts). */
const isOurCall = (e: TraceEvent) =>
  e.name === 'FunctionCall' && !!e.args?.data?.url?.startsWith('chrome-extension://');

const isOurs = (e: TraceEvent) => OURS.has(e.name) || isOurMessage(e) || isOurCall(e);

/** When the content script started, and on which thread: the page's main thread. */
export function contentScript(events: TraceEvent[]): TraceEvent | undefined {
  return events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/content-scripts/content.js'));
}

/**
 * The main thread's tasks after `from` (µs, trace clock), each with whether our code ran in it.
 * A microtask checkpoint inside a task belongs to that task.
 */
export function mainThreadTasks(
  events: TraceEvent[],
  thread: { pid: number; tid: number },
  from: number,
): { ts: number; dur: number; ours: boolean }[] {
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.dur !== undefined && e.ts >= from)
    .sort((a, b) => a.ts - b.ts);
  const tasks: { ts: number; dur: number; ours: boolean }[] = [];
  let open: { ts: number; dur: number; ours: boolean } | null = null;
  for (const e of own) {
    const inside = open && e.ts < open.ts + open.dur;
    if (!inside && TOP_LEVEL.has(e.name)) {
      open = { ts: e.ts, dur: e.dur ?? 0, ours: isOurs(e) };
      tasks.push(open);
    } else if (inside && open && isOurs(e)) open.ours = true;
  }
  return tasks;
}

/** The longest task in ms that ran our code, after the content script started; 0 when none. */
export function longestOwnTask(events: TraceEvent[]): number {
  const script = contentScript(events);
  if (!script) return 0;
  const tasks = mainThreadTasks(events, script, 0).filter((t) => t.ts + t.dur >= script.ts);
  return Math.max(0, ...tasks.filter((t) => t.ours).map((t) => t.dur / 1000));
}

/** The longest main-thread task in ms over the whole load, ours or not: the baseline's figure. */
export function longestTask(events: TraceEvent[]): number {
  // the renderer's main thread is the one that ran the document's parser
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!parse) return 0;
  return Math.max(0, ...mainThreadTasks(events, parse, 0).map((t) => t.dur / 1000));
}
