import { useEffect, useState } from 'react';

/** A wait to count down. A new object restarts the count, even for the same number of seconds. */
export interface Wait {
  seconds: number;
}

/**
 * Seconds left of `wait` (0 when over, `undefined` when there is none). Ticks once a
 * second while running.
 */
export function useCountdown(wait: Wait | undefined): number | undefined {
  const [left, setLeft] = useState<{ wait: Wait; seconds: number } | undefined>(undefined);
  useEffect(() => {
    if (wait === undefined) return undefined;
    const deadline = Date.now() + wait.seconds * 1000;
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft({ wait, seconds });
      if (seconds === 0) clearInterval(timer);
    };
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [wait]);
  if (wait === undefined) return undefined;
  // Until the first tick, the whole wait is left.
  return left?.wait === wait ? left.seconds : wait.seconds;
}
