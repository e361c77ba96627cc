/**
 * The Argon2id costs DeskID accepts, from its own code and from files (vaults, backups).
 * Floors keep a guess expensive; ceilings keep a crafted file from asking for gigabytes,
 * hours of work or threads by the thousand. The salt is always 16 bytes.
 */
export const argon2Limits = {
  /** 19 MiB (OWASP's floor) to 1 GiB. */
  memoryKiB: { min: 19_456, max: 1_048_576 },
  iterations: { min: 1, max: 10 },
  parallelism: { min: 1, max: 16 },
  saltBytes: 16,
} as const;
