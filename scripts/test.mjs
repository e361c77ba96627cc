// @ts-check
// `npm test`: every test on a fresh machine. Checks the system packages the tests need,
// then runs typecheck, lint, the Node build, unit/integration (Vitest) and end-to-end (Playwright) tests,
// and ends with one line "N passed, N failed" summing all runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

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

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Each skipped Playwright test with the reason it gave (Playwright's skip annotation), so
 * that a skip is named in the summary, e.g. "skipped: Electron runtime not installed".
 * @param {any[]} suites the JSON reporter's suites
 * @returns {string[]}
 */
function skippedWithReasons(suites) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((/** @type {any} */ spec) =>
      (spec.tests ?? [])
        .filter((/** @type {any} */ run) => run.status === 'skipped')
        .map((/** @type {any} */ run) => {
          const reason = (run.annotations ?? []).find((/** @type {any} */ note) => note.type === 'skip')?.description;
          return `skipped: ${reason ?? 'no reason given'} (${spec.file} › ${spec.title})`;
        }),
    ),
    ...skippedWithReasons(suite.suites ?? []),
  ]);
}

/**
 * Each failed Playwright test, named by file and title with the first line of its error, so
 * that the last lines of a long run say which test failed.
 * @param {any[]} suites the JSON reporter's suites
 * @returns {string[]}
 */
function failedPlaywright(suites) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((/** @type {any} */ spec) =>
      (spec.tests ?? [])
        .filter((/** @type {any} */ run) => run.status === 'unexpected')
        .map((/** @type {any} */ run) => {
          const result = (run.results ?? []).at(-1);
          const error = result?.errors?.[0]?.message;
          return `failed: ${spec.file}:${spec.line} › ${spec.title}${firstLine(error)}${pageAtFailure(result)}`;
        }),
    ),
    ...failedPlaywright(suite.suites ?? []),
  ]);
}

/**
 * What the page showed when a Playwright test failed (its error context: the accessibility
 * snapshot), the first lines of it indented, so that a failure in CI says what was on screen.
 * @param {any} result a test's last result
 */
function pageAtFailure(result) {
  const file = (result?.attachments ?? []).find((/** @type {any} */ item) => item.name === 'error-context')?.path;
  if (typeof file !== 'string' || !existsSync(file)) return '';
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const shown = lines.slice(0, 30).map((line) => `    ${line.slice(0, 200)}`);
  const more = lines.length > shown.length ? [`    … ${lines.length - shown.length} more lines in ${file}`] : [];
  return ['', '  the page then:', ...shown, ...more].join('\n');
}

/**
 * Vitest's unhandled errors (scripts/unhandledErrorsReporter.mjs wrote them): each fails the
 * run though no test failed.
 * @param {string} file
 * @returns {string[]}
 */
function unhandledVitestErrors(file) {
  const errors = readJson(file);
  if (!Array.isArray(errors)) return [];
  return errors.map(
    (/** @type {any} */ error) =>
      `failed: vitest, an unhandled error${error.type ? ` (${error.type})` : ''}: ` +
      `${error.name}: ${firstLine(error.message).slice(2)}${error.where ? ` ${error.where}` : ''}` +
      `${error.file ? ` (while ${path.relative(process.cwd(), error.file)}${error.test ? ` › ${error.test}` : ''} ran)` : ''}`,
  );
}

/**
 * Each failed Vitest test, and each test file that failed to load, with the first line of its error.
 * @param {any} report the JSON reporter's report
 * @returns {string[]}
 */
function failedVitest(report) {
  return (report.testResults ?? []).flatMap((/** @type {any} */ file) => {
    const where = path.relative(process.cwd(), file.name);
    const failed = (file.assertionResults ?? []).filter((/** @type {any} */ test) => test.status === 'failed');
    if (failed.length === 0 && file.status === 'failed')
      return [`failed: ${where} (the file)${firstLine(file.message)}`];
    return failed.map(
      (/** @type {any} */ test) => `failed: ${where} › ${test.fullName}${firstLine(test.failureMessages?.[0])}`,
    );
  });
}

/** @param {unknown} text */
function firstLine(text) {
  if (typeof text !== 'string' || text.trim() === '') return '';
  // eslint-disable-next-line no-control-regex -- the terminal's colour codes, to drop
  const colours = /\x1b\[[0-9;]*m/g;
  const first = text.replace(colours, '').trim().split('\n')[0] ?? '';
  return `: ${first.slice(0, 300)}`;
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
