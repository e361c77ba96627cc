import { createKeychain } from '../services/keychain/createKeychain';
import { runCli } from './runCli';

/**
 * Runs `deskid` on this process's arguments, streams and environment (read now, when the
 * command runs, never when the module loads: see snapshotGuard.ts) and sets its exit status.
 * The keychain is the one the hosts' wiring point (createAppContext) re-exports, taken from
 * its own module so that parsing the command line loads no machine policy; the CLI needs
 * no ID server of its own (a profile's server link and `deskid doctor` name theirs).
 */
export function runFromProcess(): void {
  void runCli(
    process.argv.slice(2),
    { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
    createKeychain(process.env),
  ).then((status) => {
    process.exitCode = status;
  });
}
