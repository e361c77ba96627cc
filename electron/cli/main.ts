// The `deskid` command (npm run cli, and the package's bin).
import { createKeychain } from '../services/app/createAppContext';
import { runCli } from './runCli';

// The keychain comes from the one wiring point, as the hosts' does; the CLI needs no ID
// server of its own (a profile's server link and `deskid doctor` name theirs).
process.exitCode = await runCli(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
  createKeychain(process.env),
);
