import { ringStyle } from './ringClock';

/**
 * A code's ring: the part of its step left (`--left`, drawn by codes.css: no SVG, two
 * nodes a ring) and the seconds as words for screen readers. The list's clock
 * (`useRingClock`) finds this markup (`.countdown`) and moves it in place.
 *
 * Render it as a direct child of `.code-value`: the clock looks for
 * `:scope > .code-value > .countdown` in each row (ringClock.ts), and codes.css makes
 * `.code-value` the flex row that sets the ring beside the code, centred on it. A wrapper
 * in between would leave a list row's ring still (the clock no longer finds it) and make
 * the wrapper, not the ring, the flex item.
 */
export function RingView({ left, period, words }: { left: number; period: number; words: string }) {
  return (
    <span className="countdown" style={ringStyle(left, period)}>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
