import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import {
  startApp,
  startHostProcess,
  type AppOptions,
  type RunningApp,
  type RunningHost,
} from '../fixtures/browserHost';
import { startServer } from '../../server/startServer';

export type { AppOptions, RunningApp } from '../fixtures/browserHost';
export { startApp } from '../fixtures/browserHost';
export { readOutbox, readOutboxCode } from '../fixtures/devOutbox';

/**
 * An app (the browser host, `--server`) against an ID server run in this process on a
 * clock the test moves: `advance(ms)` moves the server's clock on, `now()` reads it (the
 * time to make an authenticator code for). Moving it on past the server's 30 s between two
 * codes to one number, or past the authenticator code already spent on the set-up, is how
 * a test signs in again at once with the method it just set up.
 */
export interface ClockedApp {
  url: string;
  idServerUrl: string;
  now(): number;
  advance(ms: number): void;
}

/**
 * `host`: a browser host started for this test, on a free port, with its own data folder.
 * `app`: the app as `npm run start:web` starts it, with its embedded demo ID server, a fresh
 * data folder and a fresh keychain service name: `{ url, idServerUrl, dataDir, stop() }`.
 * `appOptions` sets what `app` starts with: `test.use({ appOptions: { enforceFrom: '2099-01-01' } })`.
 * A test that needs two apps, or one started mid-test, calls `startApp(options)` itself.
 * `clockedApp`: see {@link ClockedApp}.
 */
export const test = base.extend<{
  host: RunningHost;
  app: RunningApp;
  appOptions: AppOptions;
  clockedApp: ClockedApp;
}>({
  appOptions: [{}, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  host: async ({}, use, testInfo) => {
    const host = await startHostProcess();
    await use(host);
    await attachLogOnFailure(testInfo, host);
    await host.stop();
  },
  app: async ({ appOptions }, use, testInfo) => {
    const app = await startApp(appOptions);
    await use(app);
    await attachLogOnFailure(testInfo, app);
    await app.stop();
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  clockedApp: async ({}, use, testInfo) => {
    let offsetMs = 0;
    const now = () => Date.now() + offsetMs;
    const server = await startServer({ port: 0, now });
    const host = await startHostProcess(['--server', server.url]).catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
    const advance = (ms: number) => {
      offsetMs += ms;
    };
    await use({ url: host.url, idServerUrl: server.url, now, advance });
    await attachLogOnFailure(testInfo, host);
    await host.stop();
    await server.close();
  },
});

export { expect };

/**
 * When a test fails, the app's stderr (where the host logs an unexpected error with its
 * stack, never shown to the page) goes into the report: "Something went wrong inside
 * DeskID" on screen then comes with its cause.
 */
async function attachLogOnFailure(testInfo: TestInfo, host: RunningHost): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus) return;
  await testInfo.attach('app stderr', { body: host.stderr(), contentType: 'text/plain' });
  process.stderr.write(`\n--- app stderr (${testInfo.title}) ---\n${host.stderr()}\n`);
}

/** Runs axe on the current page and expects no violations (WCAG 2.x A and AA). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}
