import { describe, expect, it } from 'vitest';
import { isTooShort, minPassphraseLength } from './passphraseRule';

describe('isTooShort', () => {
  it('takes 10 characters and refuses 9, counting what a person sees as one character', () => {
    expect(isTooShort('')).toBe(true);
    expect(isTooShort('tq8Zw3!mR')).toBe(true);
    expect(isTooShort('tq8Zw3!mRx')).toBe(false);
    // Eight letters and a family emoji (several code points, one character): nine, as the host counts.
    expect(isTooShort('abcdefgh👨‍👩‍👧')).toBe(true);
  });
});

describe('minPassphraseLength', () => {
  it("is the contract's one number, the one the host checks", async () => {
    const { minPassphraseLength: host } = await import('../../../../electron/contract/calls/exporting');
    expect(minPassphraseLength).toBe(host);
    expect(minPassphraseLength).toBe(10);
  });
});
