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

export interface QueryOptions {
  /**
   * Loads at once even while the app's first frame is being made (firstPaint.ts holds
   * other loads until it is painted): for an answer that changes how that frame looks.
   */
  beforeFirstPaint?: boolean;
}

/**
 * Reads `key` from the renderer's store, loading it with `load` on first use and after
 * it was cleared or invalidated. Screens that show the same key share one answer.
 */
export function useQuery<T>(
  key: string,
  load: () => Promise<T>,
  { beforeFirstPaint = false }: QueryOptions = {},
): Query<T> {
  const entry = useSyncExternalStore(queryCache.subscribe, () => queryCache.get(key));
  // A clear (lock, switch person, sign-out) asks again, even for an entry still missing.
  const generation = useSyncExternalStore(queryCache.subscribe, queryCache.generation);
  const missing = entry === undefined;
  useEffect(() => {
    if (!missing) return;
    let live = true;
    // A held load (firstPaint.ts) is dropped if this screen went away, or the store was
    // cleared, meanwhile: it would fill the store with an answer asked for the last person.
    const start = () => {
      if (live && queryCache.generation() === generation && queryCache.get(key) === undefined)
        queryCache.load(key, load);
    };
    if (beforeFirstPaint) start();
    else afterFirstPaint(start);
    return () => {
      live = false;
    };
    // `load` is not a dependency: a new closure for the same key loads the same thing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, missing, generation, beforeFirstPaint]);
  const reload = useCallback(() => queryCache.load(key, load), [key, load]);
  return {
    data: entry?.value as T | undefined,
    error: entry?.error,
    loading: entry === undefined || entry.loading,
    reload,
  };
}
