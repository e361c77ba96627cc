import path from 'node:path';
import { parseArgs } from 'node:util';

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
  if (values.server !== undefined) {
    let url: URL;
    try {
      url = new URL(values.server);
    } catch {
      throw new TypeError(`--server must be a URL such as https://id.example.org, got "${values.server}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new TypeError(`--server must be an http or https URL, got "${values.server}".`);
    }
    server = url.origin;
  }
  const dataDir = values['data-dir'] === undefined ? undefined : path.resolve(values['data-dir']);
  return { port, server, dataDir };
}
