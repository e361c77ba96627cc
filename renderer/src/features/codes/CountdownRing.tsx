import type { CSSProperties } from 'react';
import { useSecondsLeft } from './useSecondsLeft';

interface Props {
  /** End of the code's step (epoch ms). */
  until: number;
  /** Seconds per step. */
  period: number;
  /** "5 seconds left", from the list's labels. */
  secondsLeft: (count: number) => string;
}

/**
 * The time left of a TOTP code as a ring that empties, with the seconds as text for
 * screen readers. It alone follows the clock (`useSecondsLeft`), once a second; under
 * `prefers-reduced-motion` it jumps without the easing. The ring is drawn by codes.css
 * from one number, the part left (`--left`, 0 to 1): no SVG, two nodes a ring.
 */
export function CountdownRing({ until, period, secondsLeft }: Props) {
  const left = Math.min(period, useSecondsLeft(until));
  return (
    <span className="countdown" style={{ '--left': left / period } as CSSProperties}>
      <span className="visually-hidden">{secondsLeft(left)}</span>
    </span>
  );
}
