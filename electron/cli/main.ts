// The `deskid` command (bin/deskid.js runs its bundle, dist/node/deskid.mjs; `npm run
// cli:dev` runs this source through tsx). No top-level await: the single-executable build
// (scripts/buildSea.mjs) compiles this entry to CommonJS, where there is none.
import { createKeychain } from '../services/app/createAppContext';
import { runCli } from './runCli';

// The keychain comes from the one wiring point, as the hosts' does; the CLI needs no ID
// server of its own (a profile's server link and `deskid doctor` name theirs).
void runCli(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
  createKeychain(process.env),
).then((status) => {
  process.exitCode = status;
});
