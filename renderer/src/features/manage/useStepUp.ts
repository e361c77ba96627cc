import { useCallback, useState } from 'react';

/** A task waiting for the person to confirm it is them. */
export interface PendingStepUp {
  then: () => void;
}

/**
 * Holds tasks that need a fresh session (removing a method, the recovery code, adding a
 * method): `whenFresh` runs one at once when the session is fresh, else sets `pending`
 * and the screen shows `StepUp`; `ask` always asks first (the server said
 * `step_up_required`: the 10 minutes ran out meanwhile). `finish` runs the task.
 */
export function useStepUp(fresh: boolean) {
  const [pending, setPending] = useState<PendingStepUp | null>(null);
  const ask = useCallback((task: () => void) => setPending({ then: task }), []);
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
  const cancel = useCallback(() => setPending(null), []);
  return { pending, whenFresh, ask, finish, cancel };
}

export type StepUpControl = ReturnType<typeof useStepUp>;
