// The popup's messages, in their own region below the header: what an import did or why it was
// refused, how far a long import is, and an Undo for a deletion while it can still be undone.

export interface Notice {
  tone: 'info' | 'error';
  text: string;
  /** A long task's progress. */
  progress?: { done: number; total: number };
  /** Puts back what was just deleted; offered for UNDO_MS. */
  undo?: () => Promise<void>;
}

/** How long a deletion can be undone. */
export const UNDO_MS = 20_000;

export function Messages({ notice, onDone }: { notice: Notice | null; onDone(): void }) {
  return (
    <div class="messages" aria-live="polite">
      {notice && (
        <p role={notice.tone === 'error' ? 'alert' : 'status'} class={notice.tone === 'error' ? 'error' : 'notice'}>
          {notice.text}
          {notice.progress && (
            <progress max={notice.progress.total} value={notice.progress.done} aria-label="Import progress" />
          )}
          {notice.undo && (
            <button
              type="button"
              onClick={async () => {
                await notice.undo?.();
                onDone();
              }}
            >
              Undo
            </button>
          )}
          {!notice.progress && (
            <button type="button" class="dismiss" aria-label="Dismiss message" onClick={onDone}>
              ×
            </button>
          )}
        </p>
      )}
    </div>
  );
}
