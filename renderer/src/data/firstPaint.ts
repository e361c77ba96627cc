/**
 * The app's first frame goes to the screen before the loads its screens ask for on mount
 * start. Each load starts a bridge call and marks its entry loading (a second React render),
 * all in the task that commits the first screen: bench:renderer showed the sign-in form
 * painted about 8 ms later for the header's and the form's three loads. main.tsx holds
 * them until that frame is painted; after it, loads start at once, as everywhere else (and
 * in tests, which never hold them).
 */
let firstPaint: Promise<void> | null = null;

/** How long a load waits at most: a window made hidden may paint no frame yet. */
const longestHoldMs = 100;

/** Called by main.tsx before the first render: loads asked before the first frame is painted wait for it. */
export function holdLoadsUntilFirstPaint(): void {
  const painted = new Promise<void>((resolve) => {
    // A task queued from the frame's callback runs once that frame is produced.
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, longestHoldMs);
  });
  firstPaint = painted.then(() => {
    firstPaint = null;
  });
}

/** Runs `start` now, or once the app's first frame is painted while it is still being made. */
export function afterFirstPaint(start: () => void): void {
  if (firstPaint === null) start();
  else void firstPaint.then(start);
}
