// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Finds the installed Electron executable without triggering the `electron` package's
 * own download (requiring it would try to fetch the binary). Answers null when absent.
 * @param {NodeJS.ProcessEnv} env
 * @returns {string | null}
 */
export function findElectron(env = process.env) {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const executable = env['ELECTRON_OVERRIDE_DIST_PATH']
    ? path.join(env['ELECTRON_OVERRIDE_DIST_PATH'], relative)
    : path.join(packageDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}
