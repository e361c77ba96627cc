import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
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
  /**
   * While false, nothing is loaded; the load starts once it turns true, in a task of its
   * own (after the commit that turned it true, not inside it). For an answer that can wait
   * for a more urgent one: the codes screen's policy and PIN-reset state wait for the codes.
   */
  enabled?: boolean;
}

/**
 * Reads `key` from the renderer's store, loading it with `load` on first use and after
 * it was cleared or invalidated. Screens that show the same key share one answer.
 */
export function useQuery<T>(
  key: string,
  load: () => Promise<T>,
  { beforeFirstPaint = false, enabled = true }: QueryOptions = {},
): Query<T> {
  const entry = useSyncExternalStore(queryCache.subscribe, () => queryCache.get(key));
  // A clear (lock, switch person, sign-out) asks again, even for an entry still missing.
  const generation = useSyncExternalStore(queryCache.subscribe, queryCache.generation);
  const missing = entry === undefined;
  const waited = useRef(false);
  useEffect(() => {
    if (!missing) return;
    if (!enabled) {
      waited.current = true;
      return;
    }
    let live = true;
    // A held load (firstPaint.ts) is dropped if this screen went away, or the store was
    // cleared, meanwhile: it would fill the store with an answer asked for the last person.
    const start = () => {
      if (live && queryCache.generation() === generation && queryCache.get(key) === undefined)
        queryCache.load(key, load);
    };
    // After a wait, the commit that ended it (the codes shown) is not held up by this fetch.
    const timer = waited.current ? setTimeout(start, 0) : undefined;
    waited.current = false;
    if (timer === undefined) {
      if (beforeFirstPaint) start();
      else afterFirstPaint(start);
    }
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `load` is not a dependency: a new closure for the same key loads the same thing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, missing, generation, beforeFirstPaint, enabled]);
  const reload = useCallback(() => queryCache.load(key, load), [key, load]);
  return {
    data: entry?.value as T | undefined,
    error: entry?.error,
    loading: entry === undefined || entry.loading,
    reload,
  };
}
