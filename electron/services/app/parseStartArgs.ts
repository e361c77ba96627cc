import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseServerUrl } from '../idserver/parseServerUrl';

/** The start options every host reads: `--port`, `--server`, `--data-dir`, `--enforce-from`. */
export interface StartArgs {
  /** The browser host's port; 0 picks a free one (Electron has none). */
  port: number;
  /** `--server`: a configured ID server's origin; undefined starts the embedded mock ID server. */
  server: string | undefined;
  dataDir: string | undefined;
  /** `--enforce-from`: the embedded mock ID server's policy enforcement date (`YYYY-MM-DD`). */
  enforceFrom: string | undefined;
}

export interface ParseStartArgsOptions {
  /**
   * Refuse unknown options and stray words (the browser host). Electron main passes false:
   * its command line also carries Chromium's switches and the app path.
   */
  strict?: boolean;
}

/** Parses the start options; a bad value is a TypeError naming the option. */
export function parseStartArgs(argv: readonly string[], { strict = true }: ParseStartArgsOptions = {}): StartArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      server: { type: 'string' },
      'data-dir': { type: 'string' },
      'enforce-from': { type: 'string' },
    },
    strict,
    allowPositionals: !strict,
  });
  const text = (value: string | boolean | undefined, option: string): string | undefined => {
    if (typeof value === 'boolean') throw new TypeError(`--${option} needs a value.`);
    return value;
  };
  const portText = text(values.port, 'port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`--port must be a whole number from 0 to 65535, got "${portText ?? ''}".`);
  }
  const serverText = text(values.server, 'server');
  const server = serverText === undefined ? undefined : checkServerOption(serverText);
  const enforceFrom = text(values['enforce-from'], 'enforce-from');
  if (enforceFrom !== undefined) {
    if (server !== undefined) {
      throw new TypeError(
        '--enforce-from sets the date of the demo ID server DeskID starts itself; with --server, that server sets its own.',
      );
    }
    checkDate(enforceFrom);
  }
  const dataDirText = text(values['data-dir'], 'data-dir');
  const dataDir = dataDirText === undefined ? undefined : path.resolve(dataDirText);
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
