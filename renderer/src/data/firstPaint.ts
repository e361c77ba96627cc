import { useLayoutEffect } from 'react';

/**
 * The app's first frame goes to the screen before the loads its screens ask for on mount
 * start. Each load starts a bridge call and marks its entry loading (a second React render),
 * all in the task that commits the first screen. In a CPU profile the bridge fetches' self
 * time in that first task went from ~8.5 ms to ~3 ms once held; an A/B of bench:renderer
 * was within noise. main.tsx holds them before its first render, and `StartFirstPaintWait`
 * (rendered at its root) starts waiting for the frame once that render is committed;
 * after it, loads start at once, as everywhere else (and in tests, which never hold them).
 */
let firstPaint: Promise<void> | null = null;

/** Starts waiting for the frame that paints the committed first screen; null once started or released. */
let waitForFrame: (() => void) | null = null;

/** How long a load waits at most, from the hold's start: a window made hidden may paint no frame yet. */
const longestHoldMs = 100;

/** Called by main.tsx before the first render: loads asked before the first frame is painted wait for it. */
export function holdLoadsUntilFirstPaint(): void {
  const painted = new Promise<void>((resolve) => {
    // Asked only after the first commit (a frame asked before `root.render` may be a blank
    // one): a task queued from the frame's callback runs once that frame is produced.
    waitForFrame = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, longestHoldMs);
  });
  firstPaint = painted.then(() => {
    firstPaint = null;
    waitForFrame = null;
  });
}

/** Called once the first screen is committed: held loads start after the next frame is painted. */
export function startFirstPaintWait(): void {
  const wait = waitForFrame;
  waitForFrame = null;
  wait?.();
}

/** Rendered at the app's root by main.tsx: starts the wait once the first render is committed. Renders nothing. */
export function StartFirstPaintWait(): null {
  useLayoutEffect(startFirstPaintWait, []);
  return null;
}

/** Runs `start` now, or once the app's first frame is painted while it is still being made. */
export function afterFirstPaint(start: () => void): void {
  if (firstPaint === null) start();
  else void firstPaint.then(start);
}
