/** After this many wrong PINs in a row the PIN alone no longer unlocks the profile. */
export const maxPinFailures = 10;

/** Wrong PINs allowed without any wait. */
const freeFailures = 2;
const baseDelaySeconds = 30;
const maxDelaySeconds = 60 * 60;

/**
 * Seconds to wait after the `failures`-th wrong PIN in a row: none for the first two,
 * then 30 s doubling each time (30 s, 1 min, 2 min, … up to one hour).
 */
export function pinDelaySeconds(failures: number): number {
  if (failures <= freeFailures) return 0;
  return Math.min(maxDelaySeconds, baseDelaySeconds * 2 ** (failures - freeFailures - 1));
}
