import { RingView } from './RingView';
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
 * `prefers-reduced-motion` it jumps without the easing.
 */
export function CountdownRing({ until, period, secondsLeft }: Props) {
  const left = Math.min(period, useSecondsLeft(until));
  return <RingView left={left} period={period} words={secondsLeft(left)} />;
}
