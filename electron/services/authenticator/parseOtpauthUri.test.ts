import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { newAccountSchema, type NewAccount } from './accountSchema';
import { encodeBase32 } from './encodeBase32';
import { formatOtpauthUri } from './formatOtpauthUri';
import { parseOtpauthUri } from './parseOtpauthUri';
import { stripUnsafeCharacters } from '../text/unsafeText';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

function errorOf(run: () => unknown): DeskIdError {
  try {
    run();
  } catch (error) {
    if (error instanceof DeskIdError) return error;
    throw error;
  }
  throw new Error('expected a DeskIdError');
}

describe('parseOtpauthUri', () => {
  it('reads a TOTP URI with defaults', () => {
    expect(parseOtpauthUri(`otpauth://totp/alice@example.com?secret=${secret}`)).toEqual({
      type: 'totp',
      issuer: '',
      label: 'alice@example.com',
      secret,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      icon: null,
    });
  });

  it('takes the issuer from the parameter or the label prefix', () => {
    expect(parseOtpauthUri(`otpauth://totp/ACME%20Co:alice?secret=${secret}`)).toMatchObject({
      issuer: 'ACME Co',
      label: 'alice',
    });
    expect(parseOtpauthUri(`otpauth://totp/ACME%20Co%3A%20alice?secret=${secret}&issuer=ACME+Co`)).toMatchObject({
      issuer: 'ACME Co',
      label: 'alice',
    });
    expect(parseOtpauthUri(`otpauth://totp/alice?secret=${secret}&issuer=ACME`)).toMatchObject({
      issuer: 'ACME',
      label: 'alice',
    });
    expect(parseOtpauthUri(`otpauth://totp/Google:alice?secret=${secret}&issuer=Google%20Inc`)).toMatchObject({
      issuer: 'Google Inc',
      label: 'alice',
    });
    expect(parseOtpauthUri(`otpauth://totp/a:b?secret=${secret}&issuer=`)).toMatchObject({ issuer: '', label: 'a:b' });
  });

  it('accepts lowercase and padded base32 and stores it canonical', () => {
    const padded = 'jbswy3dpehpk3pxp======';
    expect(parseOtpauthUri(`otpauth://totp/a?secret=${padded}`).secret).toBe('JBSWY3DPEHPK3PXP');
    expect(parseOtpauthUri(`otpauth://totp/a?secret=jbswy3dpehpk3pxp%3D%3D%3D%3D%3D%3D`).secret).toBe(
      'JBSWY3DPEHPK3PXP',
    );
  });

  it('reads HOTP, Steam and every algorithm, digits and period in range', () => {
    expect(
      parseOtpauthUri(`otpauth://hotp/X:a?secret=${secret}&counter=42&algorithm=sha512&digits=8&period=30`),
    ).toMatchObject({ type: 'hotp', counter: 42, algorithm: 'SHA512', digits: 8 });
    expect(parseOtpauthUri(`otpauth://TOTP/X:a?secret=${secret}&algorithm=SHA256&digits=7&period=15`)).toMatchObject({
      type: 'totp',
      algorithm: 'SHA256',
      digits: 7,
      period: 15,
    });
    expect(parseOtpauthUri(`otpauth://steam/Steam:a?secret=${secret}&digits=5`)).toMatchObject({
      type: 'steam',
      digits: 5,
      period: 30,
    });
  });

  it.each([
    ['not a URI', 'hello', 'invalid_otpauth_uri'],
    ['another scheme', `https://totp/a?secret=${secret}`, 'invalid_otpauth_uri'],
    ['an unknown type', `otpauth://motp/a?secret=${secret}`, 'invalid_otpauth_uri'],
    ['no secret', 'otpauth://totp/a?issuer=X', 'invalid_otpauth_uri'],
    ['a repeated secret', `otpauth://totp/a?secret=${secret}&secret=${secret}`, 'invalid_otpauth_uri'],
    ['a non-base32 secret', 'otpauth://totp/a?secret=JBSWY3DPEHPK3PX1', 'invalid_secret'],
    ['a 9-byte secret', `otpauth://totp/a?secret=${encodeBase32(new Uint8Array(9))}`, 'invalid_secret'],
    ['MD5', `otpauth://totp/a?secret=${secret}&algorithm=MD5`, 'invalid_otpauth_uri'],
    ['5 digits', `otpauth://totp/a?secret=${secret}&digits=5`, 'invalid_otpauth_uri'],
    ['9 digits', `otpauth://totp/a?secret=${secret}&digits=9`, 'invalid_otpauth_uri'],
    ['digits that are not a number', `otpauth://totp/a?secret=${secret}&digits=six`, 'invalid_otpauth_uri'],
    ['a 10 s period', `otpauth://totp/a?secret=${secret}&period=10`, 'invalid_otpauth_uri'],
    ['a 121 s period', `otpauth://totp/a?secret=${secret}&period=121`, 'invalid_otpauth_uri'],
    ['HOTP without a counter', `otpauth://hotp/a?secret=${secret}`, 'invalid_otpauth_uri'],
    ['a negative counter', `otpauth://hotp/a?secret=${secret}&counter=-1`, 'invalid_otpauth_uri'],
    ['a broken label encoding', `otpauth://totp/%E0%A4%A?secret=${secret}`, 'invalid_otpauth_uri'],
  ])('refuses %s', (_name, uri, code) => {
    const error = errorOf(() => parseOtpauthUri(uri));
    expect(error.code).toBe(code);
    expect(error.message).not.toContain(secret);
  });

  it('accepts 80-bit secrets', () => {
    const short = encodeBase32(new Uint8Array(10).fill(1));
    expect(parseOtpauthUri(`otpauth://totp/a?secret=${short}`).secret).toBe(short);
  });

  it('never puts the secret in an error message', () => {
    const error = errorOf(() => parseOtpauthUri(`otpauth://totp/a?secret=${secret}&digits=12`));
    expect(JSON.stringify(error.toJSON())).not.toContain(secret);
  });
});

const name = fc
  .string({ maxLength: 40, unit: 'grapheme' })
  .map((value) => stripUnsafeCharacters(value).trim())
  .filter((value) => value.length <= 256);
const base = {
  issuer: name,
  label: name,
  secret: fc.uint8Array({ minLength: 10, maxLength: 64 }).map(encodeBase32),
  icon: fc.constant(null),
};
const algorithm = fc.constantFrom('SHA1' as const, 'SHA256' as const, 'SHA512' as const);
const digits = fc.integer({ min: 6, max: 8 });
const accountArbitrary: fc.Arbitrary<NewAccount> = fc.oneof(
  fc.record({
    type: fc.constant('totp' as const),
    ...base,
    algorithm,
    digits,
    period: fc.integer({ min: 15, max: 120 }),
  }),
  fc.record({ type: fc.constant('hotp' as const), ...base, algorithm, digits, counter: fc.maxSafeNat() }),
  fc.record({
    type: fc.constant('steam' as const),
    ...base,
    algorithm: fc.constant('SHA1' as const),
    digits: fc.constant(5 as const),
    period: fc.constant(30 as const),
  }),
);

describe('otpauth URI properties', () => {
  it('round-trips every valid account through formatOtpauthUri and parseOtpauthUri', () => {
    fc.assert(
      fc.property(accountArbitrary, (account) => {
        expect(parseOtpauthUri(formatOtpauthUri(account))).toEqual(account);
      }),
      { numRuns: 500 },
    );
  });

  it('answers random input with a valid account or a DeskIdError, never another exception', () => {
    const uriLike = fc.oneof(
      fc.string(),
      fc.string().map((tail) => `otpauth://${tail}`),
      fc
        .tuple(
          fc.constantFrom('totp', 'hotp', 'steam', 'x'),
          fc.string(),
          fc.dictionary(
            fc.constantFrom('secret', 'issuer', 'algorithm', 'digits', 'period', 'counter', 'image'),
            fc.oneof(fc.string(), fc.integer().map(String), fc.uint8Array({ maxLength: 40 }).map(encodeBase32)),
          ),
        )
        .map(([type, label, params]) => `otpauth://${type}/${label}?${new URLSearchParams(params).toString()}`),
    );
    fc.assert(
      fc.property(uriLike, (uri) => {
        try {
          expect(newAccountSchema.safeParse(parseOtpauthUri(uri)).success).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DeskIdError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
