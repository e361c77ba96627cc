import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Unit and integration tests: beside their sources (`x.test.ts`) and in test/unit, in
 * Node; renderer component tests (`renderer/**\/*.test.tsx`) in jsdom.
 * `npm run test:unit` runs them inside a private D-Bus session with a real keyring.
 */
export default defineConfig({
  test: {
    allowOnly: false,
    projects: [
      {
        test: {
          name: 'node',
          include: [
            'electron/**/*.test.ts',
            'server/**/*.test.ts',
            'protocol/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          // Native modules (argon2, better-sqlite3, keyring) are happiest in child processes.
          pool: 'forks',
          // Many of these tests run the real CLI, host or server as child processes, several
          // times each: 8 s on a quiet machine took 22 s with the cores busy. No test here
          // expects a timeout, so a longer limit only slows a test that fails anyway.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          allowOnly: false,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['renderer/test/setup.ts'],
          testTimeout: 30_000,
          allowOnly: false,
        },
      },
    ],
  },
});
