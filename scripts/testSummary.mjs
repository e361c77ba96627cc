// @ts-check
// What `npm test` (scripts/test.mjs) says after its summary line: each failed test, each
// skipped one with its reason, each unhandled error, read from the runners' JSON reports.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** @param {string} file */
export function readJson(file) {
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
export function skippedWithReasons(suites) {
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
export function failedPlaywright(suites) {
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
export function unhandledVitestErrors(file) {
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
export function failedVitest(report) {
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
