import { parseArgs } from 'node:util';
import { resolveConfig, type ServerOptions } from './config';
import { startServer } from './startServer';

const usage = `Usage: npm run server -- [--port N] [--host ADDR] [--db FILE|:memory:] [--secret-key-file FILE]
  [--enforce-from YYYY-MM-DD] [--rp-id ID] [--origin URL]... [--default-country CC]
  [--seed demo] [--dev-outbox | --no-dev-outbox] [--log-level LEVEL]`;

function number(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new TypeError(`${option}: expected a number, got "${value}".`);
  return Number(value);
}

/** Reads the command line into server options (unknown options are an error). */
export function parseCli(argv: string[]): ServerOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'secret-key-file': { type: 'string' },
      'enforce-from': { type: 'string' },
      'rp-id': { type: 'string' },
      origin: { type: 'string', multiple: true },
      'default-country': { type: 'string' },
      seed: { type: 'string' },
      'dev-outbox': { type: 'boolean' },
      'no-dev-outbox': { type: 'boolean' },
      'log-level': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const options: ServerOptions = { logLevel: values['log-level'] ?? 'info' };
  // Unset, the outbox follows the listen address (on for loopback only).
  if (values['dev-outbox'] === true && values['no-dev-outbox'] === true) {
    throw new TypeError('--dev-outbox: give --dev-outbox or --no-dev-outbox, not both.');
  }
  if (values['dev-outbox'] === true) options.devOutbox = true;
  if (values['no-dev-outbox'] === true) options.devOutbox = false;
  const port = number('--port', values.port);
  if (port !== undefined) options.port = port;
  if (values.host !== undefined) options.host = values.host;
  if (values.db !== undefined) options.db = values.db;
  if (values['secret-key-file'] !== undefined) options.secretKeyFile = values['secret-key-file'];
  if (values['enforce-from'] !== undefined) options.enforceFrom = values['enforce-from'];
  if (values['rp-id'] !== undefined) options.rpId = values['rp-id'];
  if (values.origin !== undefined) options.origins = values.origin;
  if (values['default-country'] !== undefined) options.defaultCountry = values['default-country'];
  if (values.seed !== undefined) {
    if (values.seed !== 'demo') throw new TypeError(`--seed: the only seed is "demo", got "${values.seed}".`);
    options.seed = 'demo';
  }
  return options;
}

/** Config errors name the option (`enforceFrom: ...`); on the command line say `--enforce-from`. */
function asFlag(message: string): string {
  return message.replace(/^([a-z][A-Za-z.]*):/, (_match, name: string) => {
    const flag = name.includes('.') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    return `--${flag}:`;
  });
}

async function main(): Promise<void> {
  let options: ServerOptions;
  try {
    options = parseCli(process.argv.slice(2));
    resolveConfig(options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Cannot start the mock ID server: ${asFlag(message)}\n${usage}\n`);
    process.exit(2);
  }
  // Logs go to stderr so stdout carries only the ready line.
  const server = await startServer({ ...options, logStream: process.stderr });
  const origins = server.ctx.config.origins ?? [`http://${server.ctx.config.rpId}:${server.port}`];
  process.stdout.write(
    `DeskID mock ID server ready at ${server.url} (rpId ${server.ctx.config.rpId}, origins ${origins.join(' ')}, ` +
      `db ${server.ctx.config.db}, enforce from ${server.ctx.config.enforceFrom}${options.seed === 'demo' ? ', demo accounts' : ''})\n`,
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    server.ctx.log.info({ signal }, 'shutting down: finishing requests in flight');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

await main();
