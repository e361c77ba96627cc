import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { newAccountSchema } from './accountSchema';
import { createManualAccount, type ManualEntry } from './createManualAccount';
import { encodeBase32 } from './encodeBase32';

const secret = 'JBSWY3DPEHPK3PXP';

/** Calls createManualAccount as the bridge may: with whatever a caller sent. */
const create = (entry: unknown) => createManualAccount(entry as ManualEntry);

describe('createManualAccount with input of the wrong type', () => {
  it('answers a DeskIdError naming the field, never a TypeError', () => {
    expect(() => create({ issuer: 1, label: 'a', secret })).toThrow(
      expect.objectContaining({ code: 'invalid_account', details: { field: 'issuer' } }),
    );
    expect(() => create({ issuer: 'A', label: null, secret })).toThrow(
      expect.objectContaining({ code: 'invalid_account', details: { field: 'label' } }),
    );
    expect(() => create({ issuer: 'A', label: 'a', secret: 42 })).toThrow(
      expect.objectContaining({ code: 'invalid_secret' }),
    );
    expect(() => create({ issuer: 'A', label: 'a' })).toThrow(expect.objectContaining({ code: 'invalid_secret' }));
    expect(() => create({ issuer: 'A', label: 'a', secret, type: 'motp' })).toThrow(
      expect.objectContaining({ code: 'invalid_account', details: { field: 'type' } }),
    );
    for (const entry of [null, undefined, 'otpauth://totp/a?secret=x', 7]) {
      expect(() => create(entry)).toThrow(expect.objectContaining({ code: 'invalid_account' }));
    }
  });
});

describe('createManualAccount properties', () => {
  it('answers random input with a valid account or a DeskIdError, never another exception', () => {
    const secretLike = fc.oneof(
      { arbitrary: fc.uint8Array({ minLength: 10, maxLength: 64 }).map(encodeBase32), weight: 3 },
      fc.uint8Array({ maxLength: 140 }).map((bytes) => encodeBase32(bytes).toLowerCase()),
      fc.string(),
      fc.anything(),
    );
    const entryLike = fc.oneof(
      fc.record(
        {
          issuer: fc.oneof(fc.string(), fc.anything()),
          label: fc.oneof(fc.string(), fc.anything()),
          secret: secretLike,
          type: fc.oneof(fc.constantFrom('totp', 'hotp', 'steam', 'TOTP'), fc.anything()),
          algorithm: fc.oneof(fc.constantFrom('SHA1', 'SHA256', 'SHA512', 'MD5'), fc.anything()),
          digits: fc.oneof(fc.integer({ min: 4, max: 10 }), fc.anything()),
          period: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.anything()),
          counter: fc.oneof(fc.maxSafeNat(), fc.anything()),
          icon: fc.oneof(fc.constant(null), fc.string(), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(entryLike, (entry) => {
        try {
          const account = create(entry);
          expect(newAccountSchema.parse(account)).toEqual(account);
        } catch (error) {
          if (!(error instanceof DeskIdError)) throw error;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
