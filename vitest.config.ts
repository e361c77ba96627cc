import { defineConfig } from 'vitest/config';

/**
 * Unit and integration tests: beside their sources (`x.test.ts`) and in test/unit.
 * `npm run test:unit` runs them inside a private D-Bus session with a real keyring.
 */
export default defineConfig({
  test: {
    include: [
      'electron/**/*.test.ts',
      'server/**/*.test.ts',
      'protocol/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    // Native modules (argon2, better-sqlite3, keyring) are happiest in child processes.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    allowOnly: false,
  },
});
