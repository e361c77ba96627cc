// @ts-check
// `npm start`: the desktop app through Electron Forge. Where the Electron runtime is not
// installed, say so in plain words and point to the browser host instead of failing
// with a stack trace.
import { spawn } from 'node:child_process';
import { findElectron } from './findElectron.mjs';

if (findElectron() === null) {
  process.stderr.write(
    'DeskID cannot start as a desktop app here: the Electron runtime is not installed on this machine. ' +
      'On a machine with internet access, run "npm install" without ELECTRON_SKIP_BINARY_DOWNLOAD to get it, ' +
      'or start DeskID in your browser with "npm run start:web".\n',
  );
  process.exit(1);
}

const forge = spawn('npx', ['electron-forge', 'start', ...process.argv.slice(2)], { stdio: 'inherit' });
forge.on('exit', (code) => process.exit(code ?? 1));
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => forge.kill(signal));
