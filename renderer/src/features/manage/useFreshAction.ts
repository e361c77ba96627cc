import { useCallback, useLayoutEffect, useRef } from 'react';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { useAction } from '../../data/useAction';
import type { StepUpControl } from './useStepUp';

type Attempt<O> = { done: O } | { stepUp: true };

/**
 * An action that needs a fresh session: `start()` runs it now or after a step-up, and
 * again after a step-up when the server answers `step_up_required`. Other failures are
 * kept in `error` for the form, as `useAction` does; `onDone` gets the answer.
 */
export function useFreshAction<O>(stepUp: StepUpControl, task: () => Promise<O>, onDone: (value: O) => unknown) {
  const { run, pending, error, reset } = useAction(async (): Promise<Attempt<O>> => {
    try {
      return { done: await task() };
    } catch (failure) {
      if (failure instanceof DeskIdError && failure.code === 'step_up_required') return { stepUp: true };
      throw failure;
    }
  });
  const done = useRef(onDone);
  useLayoutEffect(() => {
    done.current = onDone;
  });
  const { whenFresh, ask } = stepUp;
  const start = useCallback(() => {
    const attempt = async (): Promise<void> => {
      const result = await run(undefined);
      if (result === undefined) return;
      if ('stepUp' in result) ask(() => void attempt());
      else await done.current(result.done);
    };
    whenFresh(() => void attempt());
  }, [run, ask, whenFresh]);
  return { start, pending, error, reset };
}
