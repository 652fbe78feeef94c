import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Dexie's liveQuery for Preact: re-runs `query` whenever the tables it read change, in this
 * page or in the background (Dexie broadcasts writes across the extension's contexts).
 * `undefined` until the first answer.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // The caller lists what the query reads in `deps`. Subscribed in a layout effect, right after
  // the render that changed them: a plain effect waits for the next frame, and a keystroke in
  // the search box would take that frame longer to show its answer.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error(e) });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
