import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseServerUrl } from '../services/idserver/parseServerUrl';

export interface HostArgs {
  port: number;
  /** `--server`: a configured ID server's origin; undefined starts the embedded mock ID server. */
  server: string | undefined;
  dataDir: string | undefined;
  /** `--enforce-from`: the embedded mock ID server's policy enforcement date (`YYYY-MM-DD`). */
  enforceFrom: string | undefined;
}

export const hostUsage =
  'Usage: npm run start:web -- [--port N] [--data-dir DIR] [--server URL | --enforce-from YYYY-MM-DD]\n' +
  '  Without --server, DeskID starts its own demo ID server on this computer; --enforce-from sets its enforcement date.';

/** Parses the browser host's command line; a bad value is a TypeError naming the option. */
export function parseHostArgs(argv: readonly string[]): HostArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      server: { type: 'string' },
      'data-dir': { type: 'string' },
      'enforce-from': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`--port must be a whole number from 0 to 65535, got "${values.port ?? ''}".`);
  }
  let server: string | undefined;
  if (values.server !== undefined) server = checkServerOption(values.server);
  const enforceFrom = values['enforce-from'];
  if (enforceFrom !== undefined) {
    if (server !== undefined) {
      throw new TypeError(
        '--enforce-from sets the date of the demo ID server DeskID starts itself; with --server, that server sets its own.',
      );
    }
    checkDate(enforceFrom);
  }
  const dataDir = values['data-dir'] === undefined ? undefined : path.resolve(values['data-dir']);
  return { port, server, dataDir, enforceFrom };
}

/** `--server` follows the one rule for ID-server addresses; its refusal becomes a TypeError naming the option. */
function checkServerOption(value: string): string {
  try {
    return new URL(parseServerUrl(value)).origin;
  } catch (error) {
    throw new TypeError(`--server: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A calendar date written `YYYY-MM-DD` that exists (no 2025-02-30). */
function checkDate(value: string): void {
  const time = Date.parse(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new TypeError(`--enforce-from must be a date written YYYY-MM-DD, such as 2025-03-07, got "${value}".`);
  }
}
