import { createHmac } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { advanceHotpCounter } from './advanceHotpCounter';
import { generateCode } from './generateCode';
import { testAccount } from './testAccount';

const rfc6238Secrets = {
  SHA1: '12345678901234567890',
  SHA256: '12345678901234567890123456789012',
  SHA512: '1234567890123456789012345678901234567890123456789012345678901234',
} as const;

// RFC 6238, Appendix B: 8 digits, 30 s steps, T0 = 0.
const rfc6238 = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
] as const;

// RFC 4226, Appendix D: HOTP values for counters 0 to 9.
const rfc4226 = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];

describe('generateCode', () => {
  describe('RFC 6238 test vectors', () => {
    for (const [time, sha1, sha256, sha512] of rfc6238) {
      for (const [algorithm, expected] of [
        ['SHA1', sha1],
        ['SHA256', sha256],
        ['SHA512', sha512],
      ] as const) {
        it(`${algorithm} at T=${time}`, () => {
          const account = testAccount(rfc6238Secrets[algorithm], { algorithm, digits: 8 });
          expect(generateCode(account, time * 1000).code).toBe(expected);
        });
      }
    }
  });

  describe('RFC 4226 test vectors', () => {
    rfc4226.forEach((expected, counter) => {
      it(`HOTP counter ${counter}`, () => {
        const account = testAccount('12345678901234567890', { type: 'hotp', counter });
        expect(generateCode(account)).toEqual({ code: expected, secondsLeft: null, step: counter });
      });
    });
  });

  it('gives the seconds left in the period', () => {
    const account = testAccount('12345678901234567890', { period: 30 });
    expect(generateCode(account, 59_000).secondsLeft).toBe(1);
    expect(generateCode(account, 60_000).secondsLeft).toBe(30);
    expect(generateCode(account, 60_999).secondsLeft).toBe(30);
    expect(generateCode(account, 61_000)).toMatchObject({ secondsLeft: 29, step: 2 });
    const slow = testAccount('12345678901234567890', { period: 120 });
    expect(generateCode(slow, 100_000).secondsLeft).toBe(20);
  });

  it('reads 80-bit secrets, which otplib refuses by default', () => {
    const account = testAccount(new Uint8Array(10).fill(7));
    expect(generateCode(account, 0).code).toMatch(/^\d{6}$/);
  });

  it('makes Steam Guard codes from the same truncation in Steam’s alphabet', () => {
    const secret = Buffer.from('0123456789abcdefghij');
    const account = testAccount(secret, { type: 'steam', digits: 5, period: 30 });
    const time = 1_700_000_000;
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(BigInt(Math.floor(time / 30)));
    const mac = createHmac('sha1', secret).update(counter).digest();
    const offset = mac[19]! & 0xf;
    let value = mac.readUInt32BE(offset) & 0x7fffffff;
    let expected = '';
    for (let index = 0; index < 5; index++) {
      expected += '23456789BCDFGHJKMNPQRTVWXY'.charAt(value % 26);
      value = Math.floor(value / 26);
    }
    expect(generateCode(account, time * 1000).code).toBe(expected);
  });

  it('moves an HOTP counter on after use, to the next RFC 4226 value', () => {
    const account = advanceHotpCounter(testAccount('12345678901234567890', { type: 'hotp', counter: 0 }));
    expect(generateCode(account).code).toBe('287082');
    const totp = testAccount('12345678901234567890');
    expect(advanceHotpCounter(totp)).toBe(totp);
  });
});
