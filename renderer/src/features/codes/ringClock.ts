import { useEffect, type CSSProperties, type RefObject } from 'react';
import type { CodeAccount } from './useCodes';

/** Whole seconds left of a step ending at `until` (epoch ms), between 0 and `period`. */
export function secondsLeftAt(until: number, period: number, now: number = Date.now()): number {
  return Math.min(period, Math.max(0, Math.ceil((until - now) / 1000)));
}

/** The ring's part left, as codes.css reads it (`--left`, 0 to 1). */
export function ringStyle(left: number, period: number): CSSProperties {
  return { '--left': left / period } as CSSProperties;
}

/**
 * One clock for every ring of the list: once a second, each shown TOTP code's ring (the
 * `.countdown` of its row) gets its part left and its words ("5 seconds left") from the
 * time, straight in the page. The rows render once, with the time they were made at, and
 * never again for the clock: no component or hook per ring.
 */
export function useRingClock(
  list: RefObject<HTMLElement | null>,
  accounts: readonly CodeAccount[],
  secondsLeft: (count: number) => string,
): void {
  useEffect(() => {
    const timed = new Map(
      accounts.flatMap((account) =>
        account.type === 'totp' && account.code !== undefined && account.validUntil !== undefined
          ? [[account.id, { until: account.validUntil, period: account.period ?? 30 }] as const]
          : [],
      ),
    );
    if (timed.size === 0) return undefined;
    const tick = () => {
      const now = Date.now();
      for (const row of list.current?.children ?? []) {
        const step = row instanceof HTMLElement ? timed.get(row.dataset.id ?? '') : undefined;
        const ring = step === undefined ? null : row.querySelector<HTMLElement>(':scope > .code-value > .countdown');
        if (step === undefined || ring === null) continue;
        const left = secondsLeftAt(step.until, step.period, now);
        ring.style.setProperty('--left', String(left / step.period));
        const words = ring.firstElementChild;
        if (words !== null) words.textContent = secondsLeft(left);
      }
    };
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [list, accounts, secondsLeft]);
}
