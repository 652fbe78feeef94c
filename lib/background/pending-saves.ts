// Saves the background started after answering analysePage: the page paints from the answer, and
// its storePage request waits here for the save of its own text. Kept per canonical URL (the
// latest text wins) and only for the last few pages, since a worker lives for minutes at most.

/** How many pages' saves are remembered. */
const KEEP = 20;

export class PendingSaves<T> {
  private readonly saves = new Map<string, Promise<T>>();

  /** Starts `save` for the page and remembers it; a failure is kept for the page's storePage to see. */
  start(canonicalUrl: string, save: () => Promise<T>): Promise<T> {
    const saved = save();
    // nobody may ask for it (the tab closed): the failure must not be an unhandled rejection
    saved.catch(() => {});
    this.saves.delete(canonicalUrl);
    this.saves.set(canonicalUrl, saved);
    for (const oldest of this.saves.keys()) {
      if (this.saves.size <= KEEP) break;
      this.saves.delete(oldest);
    }
    return saved;
  }

  /** The latest save started for the page in this worker's life, if any. */
  find(canonicalUrl: string): Promise<T> | null {
    return this.saves.get(canonicalUrl) ?? null;
  }
}
