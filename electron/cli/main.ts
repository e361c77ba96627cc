// The `deskid` command (npm run cli, and the package's bin).
import { keychainServiceName } from '../services/keychain/Keychain';
import { NapiKeychain } from '../services/keychain/NapiKeychain';
import { runCli } from './runCli';

process.exitCode = await runCli(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
  new NapiKeychain(keychainServiceName()),
);
