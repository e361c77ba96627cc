import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/fixtures/chromium';

/**
 * End-to-end tests: the browser host and the mock ID server, driven in Debian's Chromium
 * (never a downloaded browser), project `e2e`; and the `_electron` smoke test of the desktop
 * app, project `electron`, which reports itself skipped where the Electron runtime is not
 * installed. `npm run test:e2e` runs both inside the keyring session.
 */
export default defineConfig({
  projects: [
    { name: 'e2e', testDir: 'test/e2e' },
    { name: 'electron', testDir: 'test/electron' },
  ],
  globalSetup: './test/e2e/globalSetup.ts',
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // How long a web-first assertion waits for the page (not a timing check): on two
  // shared cores a step behind Argon2 or a cold chunk load can take a few seconds.
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME === undefined ? 'list' : [['list'], ['json']],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
});
