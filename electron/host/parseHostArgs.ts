import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseServerUrl } from '../services/idserver/parseServerUrl';

export interface HostArgs {
  port: number;
  server: string | undefined;
  dataDir: string | undefined;
}

export const hostUsage = 'Usage: npm run start:web -- [--port N] [--server URL] [--data-dir DIR]';

/** Parses the browser host's command line; a bad value is a TypeError naming the option. */
export function parseHostArgs(argv: readonly string[]): HostArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      server: { type: 'string' },
      'data-dir': { type: 'string' },
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
  const dataDir = values['data-dir'] === undefined ? undefined : path.resolve(values['data-dir']);
  return { port, server, dataDir };
}

/** `--server` follows the one rule for ID-server addresses; its refusal becomes a TypeError naming the option. */
function checkServerOption(value: string): string {
  try {
    return new URL(parseServerUrl(value)).origin;
  } catch (error) {
    throw new TypeError(`--server: ${error instanceof Error ? error.message : String(error)}`);
  }
}
