import { argon2id, hash } from 'argon2';

/** Argon2id cost parameters, as stored in DeskID files next to the salt. */
export interface Argon2Params {
  /** Memory in KiB (at least 19 MiB = 19456 KiB). */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * DeskID's defaults: 64 MiB, 3 passes, 4 lanes. Above OWASP's floor (19 MiB, 2 passes)
 * because a PIN has few digits and each guess should cost the most a person will wait.
 */
export const defaultArgon2Params: Argon2Params = { memoryKiB: 65_536, iterations: 3, parallelism: 4 };

/** The smallest memory cost DeskID accepts, in KiB (19 MiB). */
export const minimumArgon2MemoryKiB = 19_456;

/**
 * Derives a 32-byte key from a PIN or passphrase with Argon2id (the `argon2` package,
 * raw output). The caller owns the returned buffer and zeroes it after use.
 */
export async function deriveArgon2Key(secret: string, salt: Uint8Array, params: Argon2Params): Promise<Buffer> {
  if (params.memoryKiB < minimumArgon2MemoryKiB) {
    throw new TypeError(`Argon2id memory ${params.memoryKiB} KiB is below the minimum ${minimumArgon2MemoryKiB} KiB`);
  }
  if (salt.length < 16) throw new TypeError(`Argon2id salt must be at least 16 bytes, got ${salt.length}`);
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
  } finally {
    input.fill(0);
  }
}
