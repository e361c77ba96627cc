import { ringStyle } from './ringClock';

/**
 * A code's ring: the part of its step left (`--left`, drawn by codes.css: no SVG, two
 * nodes a ring) and the seconds as words for screen readers. The list's clock
 * (`useRingClock`) finds this markup (`.countdown`) and moves it in place.
 */
export function RingView({ left, period, words }: { left: number; period: number; words: string }) {
  return (
    <span className="countdown" style={ringStyle(left, period)}>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
