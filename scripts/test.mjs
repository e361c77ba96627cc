// @ts-check
// `npm test`: every test on a fresh machine. Checks the system packages the tests need,
// then runs typecheck, lint, the Node build, unit/integration (Vitest) and end-to-end (Playwright) tests,
// and ends with one line "N passed, N failed" summing all runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { failedPlaywright, failedVitest, readJson, skippedWithReasons, unhandledVitestErrors } from './testSummary.mjs';

const resultsDir = path.resolve('test-results');
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const systemNeeds = [
  { check: () => existsSync(chromium), pkg: 'chromium', what: `Chromium (${chromium})` },
  { check: () => onPath('gnome-keyring-daemon'), pkg: 'gnome-keyring', what: 'gnome-keyring' },
  { check: () => onPath('dbus-run-session'), pkg: 'dbus', what: 'D-Bus (dbus-run-session)' },
];

/** @param {string} tool */
function onPath(tool) {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

/** @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function run(command, args, env = {}) {
  process.stdout.write(`\n== ${command} ${args.join(' ')}\n`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

function ensureSystemPackages() {
  const missing = systemNeeds.filter((need) => !need.check());
  if (missing.length === 0) return;
  const packages = missing.map((need) => need.pkg);
  if (process.getuid?.() !== 0) {
    process.stderr.write(
      `The tests need ${missing.map((need) => need.what).join(', ')}. Install them with:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n`,
    );
    process.exit(1);
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update'], env) !== 0 ||
    run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], env) !== 0
  ) {
    process.stderr.write(`Installing ${packages.join(' ')} with apt-get failed; see above.\n`);
    process.exit(1);
  }
}

ensureSystemPackages();
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
/** @type {string[]} each failed test, said again at the end */
const failures = [];
/** @param {string} name @param {boolean} ok */
const countCheck = (name, ok) => {
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(`failed: ${name} (its output is above)`);
  process.stdout.write(`${name}: ${ok ? 'ok' : 'FAILED'}\n`);
};

countCheck('typecheck', run('npx', ['tsc', '--build']) === 0);
countCheck('lint', run('npx', ['eslint', '--max-warnings', '0', '.']) === 0);
countCheck('format', run('npx', ['prettier', '--check', '.']) === 0);
// The CLI tests run the built `deskid` (bin/deskid.js runs dist/node/deskid.mjs).
countCheck('build', run('npm', ['run', 'build:node']) === 0);

const vitestJson = path.join(resultsDir, 'vitest.json');
const vitestUnhandled = path.join(resultsDir, 'vitest-unhandled.json');
const vitestStatus = run(
  'sh',
  [
    'scripts/with-keyring.sh',
    'npx',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--reporter=./scripts/unhandledErrorsReporter.mjs',
    `--outputFile.json=${vitestJson}`,
  ],
  { DESKID_UNHANDLED_ERRORS: vitestUnhandled },
);
const vitest = readJson(vitestJson);
if (vitest === null) {
  countCheck('vitest (no report written)', false);
} else {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  failures.push(...failedVitest(vitest));
  // An unhandled error, or a file that fails to load, fails the run with no failed test.
  const unhandled = unhandledVitestErrors(vitestUnhandled);
  totals.failed += unhandled.length;
  failures.push(...unhandled);
  if (vitestStatus !== 0 && vitest.numFailedTests === 0 && unhandled.length === 0)
    countCheck(`vitest run (exit code ${vitestStatus}, no failed test)`, false);
}

const playwrightJson = path.join(resultsDir, 'playwright.json');
const playwrightStatus = run('sh', ['scripts/with-keyring.sh', 'npx', 'playwright', 'test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});
const playwright = readJson(playwrightJson);
if (playwright === null) {
  countCheck('playwright (no report written)', false);
} else {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  totals.skipped += playwright.stats.skipped;
  if (playwrightStatus !== 0 && playwright.stats.unexpected === 0) countCheck('playwright run', false);
  for (const line of skippedWithReasons(playwright.suites ?? [])) process.stdout.write(`${line}\n`);
  failures.push(...failedPlaywright(playwright.suites ?? []));
}
for (const line of failures) process.stdout.write(`${line}\n`);

const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exit(totals.failed === 0 ? 0 : 1);
