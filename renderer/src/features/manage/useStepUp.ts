import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** A task waiting for the person to confirm it is them. */
export interface PendingStepUp {
  then: () => void;
}

/**
 * Holds tasks that need a fresh session (removing a method, the recovery code, adding a
 * method): `whenFresh` runs one at once when the session is fresh, else sets `pending`
 * and the screen shows `StepUp`; `ask` always asks first (the server said
 * `step_up_required`: the 10 minutes ran out meanwhile). `finish` runs the task.
 *
 * `cancel` gives focus back to the control that asked (the step-up hid it, and its own
 * Cancel button goes away), or to `fallback` when that control is gone (the add form).
 */
export function useStepUp(fresh: boolean, fallback?: RefObject<HTMLElement | null>) {
  const [pending, setPending] = useState<PendingStepUp | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const returnFocus = useRef(false);
  const ask = useCallback((task: () => void) => {
    const focused = document.activeElement;
    opener.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
    setPending({ then: task });
  }, []);
  const whenFresh = useCallback(
    (task: () => void) => {
      if (fresh) task();
      else ask(task);
    },
    [fresh, ask],
  );
  const finish = useCallback(() => {
    setPending(null);
    pending?.then();
  }, [pending]);
  const cancel = useCallback(() => {
    returnFocus.current = true;
    setPending(null);
  }, []);
  // After the render that shows the page again: a hidden control cannot take focus before.
  useEffect(() => {
    if (pending !== null || !returnFocus.current) return;
    returnFocus.current = false;
    const target = opener.current?.isConnected === true ? opener.current : fallback?.current;
    opener.current = null;
    target?.focus();
  }, [pending, fallback]);
  return { pending, whenFresh, ask, finish, cancel };
}

export type StepUpControl = ReturnType<typeof useStepUp>;
