import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../electron/contract/calls';
import { useBridge } from './BridgeContext';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs one bridge call when the component mounts, when its input changes and on
 * `reload`. A failure is thrown during render so that the nearest error boundary shows
 * it in words.
 */
export function useBridgeCall<N extends CallName>(name: N, input: CallInput<N>) {
  const bridge = useBridge();
  const [attempt, setAttempt] = useState(0);
  const inputKey = JSON.stringify(input);
  const requestKey = `${name}#${attempt}#${inputKey}`;
  const [result, setResult] = useState<{ requestKey: string; outcome: Outcome<CallOutput<N>> } | null>(null);

  useEffect(() => {
    let current = true;
    bridge.call(name, JSON.parse(inputKey) as CallInput<N>).then(
      (value) => {
        if (current) setResult({ requestKey, outcome: { ok: true, value } });
      },
      (error: unknown) => {
        if (current) setResult({ requestKey, outcome: { ok: false, error } });
      },
    );
    return () => {
      current = false;
    };
  }, [bridge, name, inputKey, requestKey]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // An answer to an earlier request is stale: show loading until the current one lands.
  const outcome = result?.requestKey === requestKey ? result.outcome : undefined;
  if (outcome?.ok === false) throw outcome.error;
  return { value: outcome?.value, reload };
}
