import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export interface Action<I, O> {
  /** Runs the action; resolves with its answer, or `undefined` after a failure (see `error`). */
  run: (input: I) => Promise<O | undefined>;
  pending: boolean;
  /** The last failure, shown in the form (a `DeskIdError` for expected errors). */
  error: unknown;
  /** Clears the shown failure, for example when the person edits the field again. */
  reset: () => void;
}

/**
 * A bridge call made by a person's action (submit, click). Expected errors are kept
 * here for the form to show in words, not thrown; a second run while one is pending is
 * ignored, so a double click sends one request.
 */
export function useAction<I, O>(action: (input: I) => Promise<O>): Action<I, O> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const running = useRef(false);
  const actionRef = useRef(action);
  // The latest closure runs, without making `run` change identity on each render.
  useLayoutEffect(() => {
    actionRef.current = action;
  });

  const run = useCallback(async (input: I) => {
    if (running.current) return undefined;
    running.current = true;
    setPending(true);
    setError(undefined);
    try {
      return await actionRef.current(input);
    } catch (failure) {
      setError(failure);
      return undefined;
    } finally {
      running.current = false;
      setPending(false);
    }
  }, []);
  const reset = useCallback(() => setError(undefined), []);
  return { run, pending, error, reset };
}
