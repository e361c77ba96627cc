import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/fixtures/chromium';

/**
 * End-to-end tests: the browser host and the mock ID server, driven in Debian's Chromium
 * (never a downloaded browser). `npm run test:e2e` runs them inside the keyring session.
 */
export default defineConfig({
  testDir: 'test/e2e',
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
