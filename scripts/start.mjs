// @ts-check
// `npm start`: the desktop app through Electron Forge. Where the Electron runtime is not
// installed, DeskID first fetches it with Electron's own installer (scripts/installElectron.mjs),
// unless that cannot work (CI, ELECTRON_SKIP_BINARY_DOWNLOAD, ELECTRON_OVERRIDE_DIST_PATH).
// Where there is still no runtime, it says why in one sentence and runs the browser host
// instead, exactly as `npm run start:web` does: same arguments, same ready line on stdout,
// signals passed on, and its exit status passed back.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectron } from './findElectron.mjs';
import { defaultFetchSeconds, installElectron } from './installElectron.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/**
 * Why no download is tried, or null when it is worth trying.
 * @param {NodeJS.ProcessEnv} env
 */
function reasonNotToFetch(env) {
  if (env['ELECTRON_OVERRIDE_DIST_PATH']) {
    return `(ELECTRON_OVERRIDE_DIST_PATH names ${env['ELECTRON_OVERRIDE_DIST_PATH']}, which holds none)`;
  }
  if (env['ELECTRON_SKIP_BINARY_DOWNLOAD']) return 'and ELECTRON_SKIP_BINARY_DOWNLOAD says not to fetch it';
  // CI machines are often offline: a download there could only wait and fail.
  if (env['CI'] && env['CI'] !== 'false' && env['CI'] !== '0') return 'and DeskID does not fetch it in CI (CI is set)';
  return null;
}

/** @param {NodeJS.ProcessEnv} env @returns {number} */
function fetchSeconds(env) {
  const text = env['DESKID_ELECTRON_FETCH_SECONDS'];
  if (text === undefined || text === '') return defaultFetchSeconds;
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < 1) {
    process.stderr.write(
      `DESKID_ELECTRON_FETCH_SECONDS must be a whole number of seconds, 1 or more (it is "${text}").\n`,
    );
    process.exit(2);
  }
  return seconds;
}

/**
 * The Electron executable, fetching it first where that can work; else why there is none.
 * @returns {Promise<{ electron: string } | { why: string }>}
 */
async function obtainElectron() {
  if (findElectron() !== null) return { electron: 'installed' };
  const skip = reasonNotToFetch(process.env);
  if (skip !== null) return { why: skip };
  const seconds = fetchSeconds(process.env);
  process.stderr.write(
    `The Electron runtime is not installed yet: fetching it with Electron's installer (about 100 MB).\n`,
  );
  const outcome = await installElectron({ seconds });
  if (!outcome.ok) return { why: `and Electron's installer could not fetch it (${outcome.reason})` };
  return findElectron() === null
    ? { why: "even after Electron's installer ran (it left no executable behind)" }
    : { electron: 'fetched' };
}

const obtained = await obtainElectron();
/** @type {import('node:child_process').ChildProcess} */
let child;
if ('why' in obtained) {
  process.stderr.write(
    `The Electron runtime is not installed on this machine ${obtained.why}, so DeskID opens in your browser instead: ` +
      'open the "DeskID ready at" address below.\n',
  );
  // What `npm run start:web` runs (`tsx scripts/start-web.ts`), without npm in between.
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start-web.ts', ...args], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
} else {
  // The options are the app's (--server, --data-dir, --enforce-from): Forge hands on what follows `--`.
  child = spawn('npx', ['electron-forge', 'start', ...(args.length === 0 ? [] : ['--', ...args])], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 128 + signalNumber(signal))));
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));

/** @param {NodeJS.Signals} signal */
function signalNumber(signal) {
  return signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1;
}
