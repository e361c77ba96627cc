import { useSyncExternalStore } from 'react';

/**
 * Whether the last set-up ended with Cancel: the sign-in step then says so (what was
 * finished is kept). A flag, not renderer data: it holds nothing of the account.
 */
let cancelled = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (cancelled === value) return;
  cancelled = value;
  for (const listener of listeners) listener();
}

/** Cancel was pressed (and the person signed out). */
export const noteCancelled = (): void => set(true);

/** A new sign-in began: the notice has done its work. */
export const clearCancelled = (): void => set(false);

export function useCancelledNotice(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => cancelled,
  );
}
