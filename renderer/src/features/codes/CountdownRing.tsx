import { useSecondsLeft } from './useSecondsLeft';

/** The ring's length: 2π × its radius, 10 (codes.css draws the circles). */
const circumference = 2 * Math.PI * 10;

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
 * `prefers-reduced-motion` it jumps without the easing. Its shape is in codes.css, so
 * that only the part left is set here.
 */
export function CountdownRing({ until, period, secondsLeft }: Props) {
  const left = Math.min(period, useSecondsLeft(until));
  return (
    <span className="countdown">
      <svg className="ring" viewBox="0 0 24 24" aria-hidden="true">
        <circle className="ring-track" />
        <circle className="ring-left" strokeDashoffset={circumference * (1 - left / period)} />
      </svg>
      <span className="visually-hidden">{secondsLeft(left)}</span>
    </span>
  );
}
