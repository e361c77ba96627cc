import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { afterFirstPaint } from './firstPaint';
import { queryCache } from './queryCache';

export interface Query<T> {
  /** The last answer, while there is one. */
  data: T | undefined;
  /** The last load's error (a `DeskIdError` for bridge errors). */
  error: unknown;
  loading: boolean;
  /** Loads again. */
  reload: () => void;
}

/**
 * Reads `key` from the renderer's store, loading it with `load` on first use and after
 * it was cleared or invalidated. Screens that show the same key share one answer.
 */
export function useQuery<T>(key: string, load: () => Promise<T>): Query<T> {
  const entry = useSyncExternalStore(queryCache.subscribe, () => queryCache.get(key));
  const missing = entry === undefined;
  useEffect(() => {
    // Held while the app's first frame is made (firstPaint.ts); still missing then, it loads.
    if (missing)
      afterFirstPaint(() => {
        if (queryCache.get(key) === undefined) queryCache.load(key, load);
      });
    // `load` is not a dependency: a new closure for the same key loads the same thing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, missing]);
  const reload = useCallback(() => queryCache.load(key, load), [key, load]);
  return {
    data: entry?.value as T | undefined,
    error: entry?.error,
    loading: entry === undefined || entry.loading,
    reload,
  };
}
