import argon2 from 'argon2';

/** Argon2id cost. OWASP's floor is m = 19 MiB, t = 2, p = 1. */
export interface Argon2Cost {
  memoryKiB: number;
  timeCost: number;
  parallelism: number;
}

/** The OWASP minimum, which is also the default. */
export const owaspArgon2: Argon2Cost = { memoryKiB: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes and verifies secrets (passwords, recovery codes) with Argon2id and a random salt. */
export class PasswordHasher {
  readonly #cost: Argon2Cost;
  #dummy: Promise<string> | undefined;

  constructor(cost: Argon2Cost) {
    this.#cost = cost;
  }

  hash(secret: string): Promise<string> {
    return argon2.hash(secret, {
      type: argon2.argon2id,
      memoryCost: this.#cost.memoryKiB,
      timeCost: this.#cost.timeCost,
      parallelism: this.#cost.parallelism,
    });
  }

  async verify(hash: string, secret: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, secret);
    } catch {
      return false;
    }
  }

  /** Spends the same work as a real check, for unknown usernames (no timing oracle). */
  async verifyNothing(secret: string): Promise<false> {
    this.#dummy ??= this.hash('deskid-unknown-user-placeholder');
    await this.verify(await this.#dummy, secret);
    return false;
  }
}
