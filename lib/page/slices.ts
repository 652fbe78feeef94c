// Long work on the page's main thread is cut into slices: no task of ours may hold the page
// for long (a long task is 50 ms; a slice stays well under it).

export const SLICE_MS = 8;

/** Gives the main thread back to the page for one task. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Between small steps of work: `if (slices.due) await slices.next();` */
export class Slices {
  private start = performance.now();

  constructor(
    private readonly signal?: AbortSignal,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** Whether this slice has used its time. */
  get due(): boolean {
    return performance.now() - this.start > this.sliceMs;
  }

  /** Yields to the page, then throws if the work was aborted meanwhile. */
  async next(): Promise<void> {
    await yieldToPage();
    this.signal?.throwIfAborted();
    this.start = performance.now();
  }
}
