import { useTranslation } from 'react-i18next';

const radius = 10;
const circumference = 2 * Math.PI * radius;

/**
 * The time left of a TOTP code as a ring that empties, with the seconds as text for
 * screen readers. It moves once a second; under `prefers-reduced-motion` it jumps
 * without the easing (codes.css).
 */
export function CountdownRing({ secondsLeft, period }: { secondsLeft: number; period: number }) {
  const { t } = useTranslation();
  const left = Math.min(period, Math.max(0, secondsLeft));
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
