import { ringStyle } from './ringClock';
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
 * The time left of a revealed TOTP code (`RevealCode`) as a ring that empties, with the
 * seconds as text for screen readers. It follows the clock itself (`useSecondsLeft`),
 * once a second; the rings of codes shown at once are moved by their list's clock
 * (`useRingClock`) instead, in the same markup. Under
 * `prefers-reduced-motion` it jumps without the easing. The ring is drawn by codes.css
 * from one number, the part left (`--left`, 0 to 1): no SVG, two nodes a ring.
 */
export function CountdownRing({ until, period, secondsLeft }: Props) {
  const left = Math.min(period, useSecondsLeft(until));
  return (
    <span className="countdown" style={ringStyle(left, period)}>
      <span className="visually-hidden">{secondsLeft(left)}</span>
    </span>
  );
}
