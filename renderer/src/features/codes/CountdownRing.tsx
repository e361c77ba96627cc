import type { TFunction } from 'i18next';
import { useSecondsLeft } from './useSecondsLeft';

const radius = 10;
const circumference = 2 * Math.PI * radius;

interface Props {
  /** End of the code's step (epoch ms). */
  until: number;
  /** Seconds per step. */
  period: number;
  /** The list's translator (one `useTranslation` for the whole list, not one per ring). */
  t: TFunction;
}

/**
 * The time left of a TOTP code as a ring that empties, with the seconds as text for
 * screen readers. It alone follows the clock (`useSecondsLeft`), once a second; under
 * `prefers-reduced-motion` it jumps without the easing (codes.css).
 */
export function CountdownRing({ until, period, t }: Props) {
  const left = Math.min(period, useSecondsLeft(until));
  const offset = circumference * (1 - left / period);
  return (
    <span className="countdown">
      <svg className="ring" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <circle className="ring-track" cx="12" cy="12" r={radius} />
        <circle
          className="ring-left"
          cx="12"
          cy="12"
          r={radius}
          strokeDasharray={circumference}
          strokeDashoffset={offset}
          transform="rotate(-90 12 12)"
        />
      </svg>
      <span className="visually-hidden">{t('codes.secondsLeft', { count: left })}</span>
    </span>
  );
}
