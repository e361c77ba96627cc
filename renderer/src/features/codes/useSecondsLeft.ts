import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * One clock for every ring on the page: a single interval, running only while some
 * component listens, that tells them all once a second to read the time again.
 */
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    for (const each of listeners) each();
  }, 1000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * Whole seconds left until `until` (epoch ms), never below 0, read again once a second.
 * Only the component that calls it renders again when the number changes: the rows
 * around the rings do not.
 */
export function useSecondsLeft(until: number): number {
  const read = useCallback(() => Math.max(0, Math.ceil((until - Date.now()) / 1000)), [until]);
  return useSyncExternalStore(subscribe, read);
}
