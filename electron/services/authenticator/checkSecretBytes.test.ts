import { describe, expect, it } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { encodeBase32 } from './encodeBase32';
import { normalizeSecret } from './normalizeSecret';

/** The error `normalizeSecret` throws for `input`. */
function refusal(input: string): DeskIdError {
  try {
    normalizeSecret(input);
  } catch (error) {
    if (error instanceof DeskIdError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('a key of the wrong length', () => {
  it('is counted in the characters a person typed, with the bytes beside them', () => {
    const short = encodeBase32(new Uint8Array(6).fill(7));
    expect(short).toHaveLength(10);
    const error = refusal(short);
    expect(error.code).toBe('invalid_secret');
    expect(error.message).toBe(
      'The secret is too short: 10 characters (6 bytes); a set-up key has at least 16 (10 bytes). Check that it was copied whole.',
    );
    expect(error.details).toEqual({ bytes: 6, minBytes: 10 });
    expect(error.message).not.toContain(short);
  });

  it('says the most DeskID takes', () => {
    const long = encodeBase32(new Uint8Array(129).fill(1));
    expect(refusal(long).message).toBe(
      'The secret is too long: 207 characters (129 bytes); DeskID takes at most 205 (128 bytes).',
    );
  });

  it('takes the shortest and the longest key', () => {
    for (const size of [10, 128]) {
      const key = encodeBase32(new Uint8Array(size).fill(9));
      expect(normalizeSecret(key.toLowerCase())).toBe(key);
    }
  });
});
