import { liveQuery } from 'dexie';
import { type DependencyList, useEffect, useState } from 'react';

/**
 * The result of a Dexie query, kept current: it re-runs whenever a table it read changes, in this tab or
 * another one. `initial` is shown until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (next) => setValue(() => next),
      error: (error: unknown) => console.error('live query failed', error),
    });
    return () => subscription.unsubscribe();
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists the query's dependencies.
  }, deps);
  return value;
}
