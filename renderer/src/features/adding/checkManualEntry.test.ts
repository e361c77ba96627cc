import { describe, expect, it } from 'vitest';
import { checkManualEntry, type ManualFields } from './checkManualEntry';

const valid: ManualFields = {
  issuer: 'GitHub',
  label: 'pat',
  secret: 'jbsw y3dp ehpk 3pxp',
  type: 'totp',
  algorithm: 'SHA1',
  digits: '6',
  period: '30',
  counter: '0',
};

describe('checkManualEntry', () => {
  it('accepts a grouped lowercase key of 10 bytes with the usual settings', () => {
    expect(checkManualEntry(valid)).toEqual({});
  });

  it('names each field’s problem by the services’ limits', () => {
    expect(
      checkManualEntry({ ...valid, issuer: ' ', label: 'x'.repeat(257), secret: 'JBSWY3DP', digits: '9', period: '5' }),
    ).toEqual({
      issuer: { problem: 'required' },
      label: { problem: 'tooLong', max: 256 },
      secret: { problem: 'secretTooShort', length: 8, min: 16 },
      digits: { problem: 'digits', min: 6, max: 8 },
      period: { problem: 'period', min: 15, max: 120 },
    });
    // Counted as a person sees the key: spaces, hyphens and padding left out.
    expect(checkManualEntry({ ...valid, secret: 'jbsw-y3dp ehpk 3px=' }).secret).toEqual({
      problem: 'secretTooShort',
      length: 15,
      min: 16,
    });
    expect(checkManualEntry({ ...valid, secret: 'A'.repeat(208) }).secret).toEqual({
      problem: 'secretTooLong',
      length: 208,
      max: 205,
    });
    expect(checkManualEntry({ ...valid, secret: 'A'.repeat(205) })).toEqual({});
    expect(checkManualEntry({ ...valid, secret: 'JBSWY3DPEHPK3PX0', digits: '6.5' })).toEqual({
      secret: { problem: 'secretNotBase32' },
      digits: { problem: 'wholeNumber' },
    });
  });

  it('checks the counter for HOTP, and no period', () => {
    expect(checkManualEntry({ ...valid, type: 'hotp', period: '', counter: '-1' })).toEqual({
      counter: { problem: 'wholeNumber' },
    });
  });
});
