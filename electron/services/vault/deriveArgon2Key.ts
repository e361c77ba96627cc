import { DeskIdError } from '../../contract/DeskIdError';
import { argon2Limits } from './argon2Limits';

/** Argon2id cost parameters, as stored in DeskID files next to the salt. */
export interface Argon2Params {
  /** Memory in KiB (19 MiB = 19456 KiB to 1 GiB, see {@link argon2Limits}). */
  memoryKiB: number;
  /** Passes, 1 to 10. */
  iterations: number;
  /** Lanes, 1 to 16. */
  parallelism: number;
}

/**
 * DeskID's defaults: 64 MiB, 3 passes, 4 lanes. Above OWASP's floor (19 MiB, 2 passes)
 * because a PIN has few digits and each guess should cost the most a person will wait.
 */
export const defaultArgon2Params: Argon2Params = { memoryKiB: 65_536, iterations: 3, parallelism: 4 };

/** The smallest memory cost DeskID accepts, in KiB (19 MiB). */
export const minimumArgon2MemoryKiB = argon2Limits.memoryKiB.min;

/**
 * Derives a 32-byte key from a PIN or passphrase with Argon2id (the `argon2` package,
 * raw output). The caller owns the returned buffer and zeroes it after use.
 * Costs outside {@link argon2Limits} or a salt under 16 bytes are a caller's mistake
 * (`TypeError`; files are checked against their schemas before). A failure inside the
 * library (out of memory, for one) is a DeskIdError `internal` that names no secret.
 */
export async function deriveArgon2Key(secret: string, salt: Uint8Array, params: Argon2Params): Promise<Buffer> {
  for (const name of ['memoryKiB', 'iterations', 'parallelism'] as const) {
    const { min, max } = argon2Limits[name];
    const value = params[name];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new TypeError(`Argon2id ${name} ${value} is outside the accepted range ${min} to ${max}`);
    }
  }
  if (salt.length < argon2Limits.saltBytes) {
    throw new TypeError(`Argon2id salt must be at least ${argon2Limits.saltBytes} bytes, got ${salt.length}`);
  }
  // Loaded at the first derivation, not with the vault: opening a profile without a PIN
  // (`deskid code` on one) never needs the native addon.
  const { argon2id, hash } = await import('argon2');
  const input = Buffer.from(secret.normalize('NFC'), 'utf8');
  try {
    return await hash(input, {
      type: argon2id,
      raw: true,
      hashLength: 32,
      memoryCost: params.memoryKiB,
      timeCost: params.iterations,
      parallelism: params.parallelism,
      salt: Buffer.from(salt),
    });
  } catch {
    // The library's message is not shown: only the costs, which are no secret.
    throw new DeskIdError('internal', 'DeskID could not derive a key from the PIN or passphrase.', {
      reason: 'argon2id failed',
      memoryKiB: params.memoryKiB,
      iterations: params.iterations,
      parallelism: params.parallelism,
    });
  } finally {
    input.fill(0);
  }
}
