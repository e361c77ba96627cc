import { describe, expect, it } from 'vitest';
import { checkOtpauthUri } from './checkOtpauthUri';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('checkOtpauthUri', () => {
  it('accepts the links real services issue: lowercase or grouped secrets, SHA-256 spelled with a dash, HOTP with a counter', () => {
    expect(checkOtpauthUri(`otpauth://totp/GitHub:pat?secret=${secret}&issuer=GitHub`)).toBeUndefined();
    expect(
      checkOtpauthUri(`  otpauth://totp/x?secret=${secret.toLowerCase()}&algorithm=SHA-256&digits=8 `),
    ).toBeUndefined();
    expect(checkOtpauthUri(`otpauth://hotp/x?secret=${secret}&counter=0`)).toBeUndefined();
  });

  it.each([
    ['', { problem: 'empty' }],
    ['https://example.com/?secret=abc', { problem: 'notOtpauth' }],
    ['otpauth://', { problem: 'noType' }],
    [`otpauth://motp/x?secret=${secret}`, { problem: 'unknownType', type: 'motp' }],
    [`otpauth://totp/x?secret=${secret}&secret=${secret}`, { problem: 'repeated', name: 'secret' }],
    ['otpauth://totp/x?issuer=A', { problem: 'noSecret' }],
    ['otpauth://totp/x?secret=ABC1', { problem: 'secretNotBase32' }],
    ['otpauth://totp/x?secret=JBSWY3DP', { problem: 'secretTooShort', length: 8, min: 16 }],
    [`otpauth://totp/%E0%A4%A?secret=${secret}`, { problem: 'badLabel' }],
    [`otpauth://totp/x?secret=${secret}&algorithm=MD5`, { problem: 'algorithm', algorithm: 'MD5' }],
    [`otpauth://totp/x?secret=${secret}&digits=9`, { problem: 'digits', min: 6, max: 8 }],
    [`otpauth://totp/x?secret=${secret}&period=5`, { problem: 'period', min: 15, max: 120 }],
    [`otpauth://hotp/x?secret=${secret}`, { problem: 'counter' }],
  ])('%s → %o', (uri, problem) => {
    expect(checkOtpauthUri(uri)).toEqual(problem);
  });

  it('never repeats the secret in what it reports', () => {
    const bad = 'otpauth://totp/x?secret=SECRETSECRET18';
    expect(JSON.stringify(checkOtpauthUri(bad))).not.toContain('SECRET');
  });
});
