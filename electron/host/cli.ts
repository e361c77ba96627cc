import { fileURLToPath } from 'node:url';
import { demoAccounts, demoPassword, startServer } from '../../server/index';
import { createDispatcher } from '../contract/dispatcher';
import { createAppContext } from '../services/app/createAppContext';
import { createHandlers } from '../services/app/createHandlers';
import { readPackageVersion } from '../services/app/readPackageVersion';
import { startEmbeddedIdServer, type StartedEmbeddedServer } from '../services/app/startEmbeddedIdServer';
import { openLog } from '../services/logging/openLog';
import { EventHub } from './eventHub';
import { hostUsage, parseHostArgs, type HostArgs } from './parseHostArgs';
import { startBrowserHost, type BrowserHost } from './startBrowserHost';

let args: HostArgs;
try {
  args = parseHostArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${hostUsage}\n`);
  process.exit(2);
}

// Unexpected errors go to the log file (secrets redacted), and the same lines to stderr.
const logError = openLog({ dataDir: args.dataDir, name: 'browser-host', echo: process.stderr });

// The pages' event stream exists before the handlers, which emit through it (`app.locked`).
const events = new EventHub();
const context = createAppContext({
  hostKind: 'browser',
  emit: (name, payload) => events.publish(name, payload),
  version: readPackageVersion(new URL('../../package.json', import.meta.url)),
  dataDir: args.dataDir,
  server: args.server,
});

let host: BrowserHost;
try {
  host = await startBrowserHost({
    dispatch: createDispatcher({ handlers: createHandlers(context), logError }),
    rendererDir: fileURLToPath(new URL('../../dist/renderer/', import.meta.url)),
    port: args.port,
    events,
    logError,
  });
} catch (error) {
  const code = (error as { code?: unknown }).code;
  process.stderr.write(
    code === 'EADDRINUSE'
      ? `Port ${args.port} is already in use. Pick another with --port, or leave it out to use a free one.\n`
      : `The browser host could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}

// Start order: the host has its port, so the embedded server can allow the page's origin
// for passkeys; the handlers see the server's URL before the ready line.
let embedded: StartedEmbeddedServer | undefined;
if (context.idServer.embedded) {
  try {
    embedded = await startEmbeddedIdServer(
      context,
      { start: startServer, demo: { username: demoAccounts[0]?.username ?? 'demo.none', password: demoPassword } },
      { origin: `http://localhost:${host.port}`, enforceFrom: args.enforceFrom },
    );
  } catch (error) {
    await host.close();
    process.stderr.write(
      `DeskID's demo ID server could not start: ${error instanceof Error ? error.message : String(error)} ` +
        'Start DeskID with --server URL to use another ID server.\n',
    );
    process.exit(1);
  }
}

// Handlers go in before the ready line: whoever reads it may signal at once. A second
// signal while closing (a terminal's Ctrl-C reaches both `npm start` and this process,
// and `npm start` passes it on) changes nothing.
let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  Promise.all([host.close(), embedded?.close()]).then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
if (embedded !== undefined) process.stderr.write(`${embedded.demoLine}\n`);
process.stdout.write(`DeskID ready at ${host.url}\n`);
