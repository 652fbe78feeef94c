import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Dexie's liveQuery for Preact: re-runs `query` whenever the tables it read change, in this
 * page or in the background (Dexie broadcasts writes across the extension's contexts).
 * `undefined` until the first answer.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // the caller lists what the query reads in `deps`
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error(e) });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
