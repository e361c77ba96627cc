import { describe, it, expect } from 'vitest';
import { createUsedCodeTracker } from './createUsedCodeTracker';
import { testAccount } from './testAccount';

describe('createUsedCodeTracker', () => {
  const account = testAccount('12345678901234567890', { id: 'a', period: 30 });

  it('flags a second copy within the same time step, and not the next step', () => {
    const tracker = createUsedCodeTracker();
    expect(tracker.isUsed(account, 60_000)).toBe(false);
    expect(tracker.recordCopy(account, 60_000)).toBe(false);
    expect(tracker.isUsed(account, 89_999)).toBe(true);
    expect(tracker.recordCopy(account, 89_999)).toBe(true);
    expect(tracker.isUsed(account, 90_000)).toBe(false);
    expect(tracker.recordCopy(account, 90_000)).toBe(false);
  });

  it('keeps accounts apart and forgets everything on clear', () => {
    const tracker = createUsedCodeTracker();
    const other = { ...account, id: 'b' };
    tracker.recordCopy(account, 0);
    expect(tracker.isUsed(other, 0)).toBe(false);
    tracker.clear();
    expect(tracker.isUsed(account, 0)).toBe(false);
  });

  it('tracks HOTP by counter', () => {
    const tracker = createUsedCodeTracker();
    const hotp = testAccount('12345678901234567890', { id: 'h', type: 'hotp', counter: 3 });
    tracker.recordCopy(hotp, 0);
    expect(tracker.isUsed(hotp, 999_999_000)).toBe(true);
    expect(tracker.isUsed(testAccount('12345678901234567890', { id: 'h', type: 'hotp', counter: 4 }), 0)).toBe(false);
  });
});
