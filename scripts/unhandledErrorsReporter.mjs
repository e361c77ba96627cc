// @ts-check
// A Vitest reporter for `npm test` (scripts/test.mjs): writes the run's unhandled errors to
// the JSON file named by DESKID_UNHANDLED_ERRORS. Vitest fails a run on an unhandled error
// (an unawaited rejection, a worker that died, a timed-out call between worker and main)
// even when every test passed, and its JSON report does not hold them, so without this the
// summary could only say "vitest: FAILED" without saying why.
import { writeFileSync } from 'node:fs';

export default class UnhandledErrorsReporter {
  /**
   * @param {unknown[]} _testModules
   * @param {ReadonlyArray<unknown>} unhandledErrors
   */
  onTestRunEnd(_testModules, unhandledErrors) {
    const file = process.env['DESKID_UNHANDLED_ERRORS'];
    if (file === undefined) return;
    const errors = unhandledErrors.map((error) => {
      const fields = /** @type {Record<string, unknown>} */ (error ?? {});
      const text = (/** @type {string} */ key) => (typeof fields[key] === 'string' ? fields[key] : undefined);
      // Vitest names the test file, and the test, that was running when the error came.
      const file = text('VITEST_TEST_PATH');
      const test = text('VITEST_TEST_NAME');
      const where = text('stack')
        ?.split('\n')
        .find((line) => line.includes(' at '))
        ?.trim();
      return {
        name: text('name') ?? 'Error',
        message: text('message') ?? String(error),
        ...(text('type') !== undefined ? { type: text('type') } : {}),
        ...(file !== undefined ? { file } : {}),
        ...(test !== undefined ? { test } : {}),
        ...(where !== undefined ? { where } : {}),
      };
    });
    writeFileSync(file, JSON.stringify(errors, null, 2));
  }
}
