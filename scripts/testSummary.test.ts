import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../test/fixtures/chromium';
import { failedPlaywright, failedVitest, readJson, skippedWithReasons, unhandledVitestErrors } from './testSummary.mjs';

// The real runners, on a small project of their own in a temporary folder (its
// node_modules is this repository's), so that the summary reads the reports they really write.
const repo = path.resolve(import.meta.dirname, '..');
let project: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'deskid-summary-'));
  await symlink(path.join(repo, 'node_modules'), path.join(project, 'node_modules'));
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

/** Runs a runner's CLI (from node_modules/.bin) in the small project. */
function runIn(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(path.join(repo, 'node_modules', '.bin', args[0] ?? ''), args.slice(1), {
    cwd: project,
    env: { ...process.env, CI: 'true', ...env },
    encoding: 'utf8',
  });
}

/** Calls `read` with the project as the working folder, as npm test reads from the repository's. */
function inProject<T>(read: () => T): T {
  const before = process.cwd();
  process.chdir(project);
  try {
    return read();
  } finally {
    process.chdir(before);
  }
}

describe('the Vitest report', () => {
  it('names a failed test with its first line, and an unhandled error with the test that was running', async () => {
    await writeFile(path.join(project, 'vitest.config.mjs'), 'export default {};\n');
    await writeFile(
      path.join(project, 'sample.test.mjs'),
      [
        "import { expect, it } from 'vitest';",
        "it('adds', () => { expect(1 + 1).toBe(3); });",
        "it('leaves a rejection behind', async () => {",
        "  void Promise.reject(new TypeError('nobody awaited this'));",
        '  await new Promise((resolve) => setTimeout(resolve, 20));',
        '});',
      ].join('\n'),
    );
    const reportFile = path.join(project, 'vitest.json');
    const unhandledFile = path.join(project, 'unhandled.json');
    const reporter = path.join(repo, 'scripts', 'unhandledErrorsReporter.mjs');
    const result = runIn(
      ['vitest', 'run', '--reporter=json', `--reporter=${reporter}`, `--outputFile.json=${reportFile}`],
      { DESKID_UNHANDLED_ERRORS: unhandledFile },
    );
    expect(result.status).toBe(1);

    const lines = inProject(() => [...failedVitest(readJson(reportFile)), ...unhandledVitestErrors(unhandledFile)]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^failed: sample\.test\.mjs › adds: AssertionError: expected 2 to be 3/);
    expect(lines[1]).toMatch(
      /^failed: vitest, an unhandled error \(Unhandled Rejection\): TypeError: nobody awaited this at .*sample\.test\.mjs:4:\d+ \(while sample\.test\.mjs › leaves a rejection behind ran\)$/,
    );
  });

  it('reads nothing from a missing or broken unhandled-errors file', async () => {
    expect(unhandledVitestErrors(path.join(project, 'absent.json'))).toEqual([]);
    await writeFile(path.join(project, 'broken.json'), '{"not":');
    expect(unhandledVitestErrors(path.join(project, 'broken.json'))).toEqual([]);
  });
});

describe('the Playwright report', () => {
  it('names a failed test with what the page showed, and a skipped one with its reason', async () => {
    await writeFile(
      path.join(project, 'playwright.config.mjs'),
      `export default { testDir: 'e2e', workers: 1, use: { launchOptions: ${JSON.stringify(chromiumLaunchOptions())} } };\n`,
    );
    await rm(path.join(project, 'e2e'), { recursive: true, force: true });
    await mkdir(path.join(project, 'e2e'));
    await writeFile(
      path.join(project, 'e2e', 'sample.spec.mjs'),
      [
        "import { expect, test } from '@playwright/test';",
        "test('finds the heading', async ({ page }) => {",
        "  await page.setContent('<h1>Sign in to your ID account</h1><button>Sign in</button>');",
        "  await expect(page.getByRole('heading', { name: 'Choose a method' })).toBeVisible({ timeout: 500 });",
        '});',
        "test('needs the desktop runtime', () => { test.skip(true, 'Electron runtime not installed'); });",
      ].join('\n'),
    );
    const reportFile = path.join(project, 'playwright.json');
    const result = runIn(['playwright', 'test', '--reporter=json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile });
    expect(result.status).toBe(1);

    const report = readJson(reportFile) as { suites: unknown[] };
    const [failed, ...others] = failedPlaywright(report.suites);
    expect(others).toEqual([]);
    const [first, intro, ...page] = (failed ?? '').split('\n');
    expect(first).toMatch(
      /^failed: sample\.spec\.mjs:2 › finds the heading: Error: expect\(locator\)\.toBeVisible\(\)/,
    );
    expect(intro).toBe('  the page then:');
    expect(page.join('\n')).toContain('heading "Sign in to your ID account" [level=1]');
    expect(page.join('\n')).toContain('button "Sign in"');
    expect(skippedWithReasons(report.suites)).toEqual([
      'skipped: Electron runtime not installed (sample.spec.mjs › needs the desktop runtime)',
    ]);
  });
});
