// @ts-check
// `npm start`: the desktop app through Electron Forge. Where the Electron runtime is not
// installed, DeskID says so in one sentence and runs the browser host instead, exactly as
// `npm run start:web` does: same arguments, same ready line on stdout, signals passed on,
// and its exit status passed back.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectron } from './findElectron.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** @type {import('node:child_process').ChildProcess} */
let child;
if (findElectron() === null) {
  process.stderr.write(
    'The Electron runtime is not installed on this machine, so DeskID opens in your browser instead: ' +
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
