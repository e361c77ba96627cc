import { useSyncExternalStore } from 'react';

/**
 * One thing the wizard has to tell the person across a change of step:
 * - `cancelled`: set-up ended with Cancel; the sign-in step says so (what was finished is kept);
 * - `recoveryCodeUsed`: they signed in with their recovery code, which the ID server has
 *   now spent; the recovery step says why it gives them a new one;
 * - `signedOutIdle`, `signedOutLocked`: the idle lock, or the computer locking or going to
 *   sleep, ended their sign-in during set-up or on the manage page; the sign-in step says so.
 * A word, not renderer data: it holds nothing of the account.
 */
export type WizardNotice = 'cancelled' | 'recoveryCodeUsed' | 'signedOutIdle' | 'signedOutLocked';

let notice: WizardNotice | undefined;
const listeners = new Set<() => void>();

/** Sets (or, with `undefined`, clears) the notice. */
export function setWizardNotice(next: WizardNotice | undefined): void {
  if (notice === next) return;
  notice = next;
  for (const listener of listeners) listener();
}

/** The notice now (outside React: an event handler). */
export function currentWizardNotice(): WizardNotice | undefined {
  return notice;
}

/** A notice that the person's sign-in was ended by a lock they did not ask for. */
export function isSignedOutNotice(value: WizardNotice | undefined): boolean {
  return value === 'signedOutIdle' || value === 'signedOutLocked';
}

export function useWizardNotice(): WizardNotice | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notice,
  );
}
