import { parseStartArgs, type StartArgs } from '../services/app/parseStartArgs';

export type HostArgs = StartArgs;

export const hostUsage =
  'Usage: npm run start:web -- [--port N] [--data-dir DIR] [--server URL | --enforce-from YYYY-MM-DD]\n' +
  '  Without --server, DeskID starts its own demo ID server on this computer; --enforce-from sets its enforcement date.';

/** Parses the browser host's command line strictly; a bad value is a TypeError naming the option. */
export function parseHostArgs(argv: readonly string[]): HostArgs {
  return parseStartArgs(argv);
}
