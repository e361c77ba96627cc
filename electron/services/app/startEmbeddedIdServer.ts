import path from 'node:path';
import type { AppContext } from './AppContext';

/** The options the embedded server is started with (a subset of the mock server's `ServerOptions`). */
export interface EmbeddedServerOptions {
  port: number;
  db: string;
  seed: 'demo';
  origins?: string[];
  enforceFrom?: string;
}

/**
 * How a host starts and describes the mock ID server. Services may not import `server/`,
 * so the hosts pass its `startServer` and a demo account in (see docs/architecture.md).
 */
export interface EmbeddedIdServer {
  start: (options: EmbeddedServerOptions) => Promise<{ url: string; close(): Promise<void> }>;
  /** The demo account the stderr line names. */
  demo: { username: string; password: string };
}

export interface StartEmbeddedOptions {
  /** The origin passkey ceremonies run on (the browser host's page); default: the server's own. */
  origin?: string | undefined;
  /** The policy enforcement date, `YYYY-MM-DD`; default: the mock server's. */
  enforceFrom?: string | undefined;
}

/** A started embedded server: its URL, the stderr line naming the demo account, and how to stop it. */
export interface StartedEmbeddedServer {
  url: string;
  demoLine: string;
  close(): Promise<void>;
}

/**
 * Where the embedded server keeps its accounts: a SQLite file (and its `server.key`)
 * under the data folder, so an enrollment survives a restart of the app. The server
 * creates the folder 0700 and the files 0600.
 */
export function embeddedServerDb(dataDir: string): string {
  return path.join(dataDir, 'embedded-id-server', 'id-server.db');
}

/**
 * Starts the mock ID server in this process on a free loopback port, seeded with the demo
 * accounts, and points `context.idServer` at it (unless policy named a server meanwhile). Call it after the host has bound its own
 * port (the server must allow the host's origin) and before the host says it is ready.
 */
export async function startEmbeddedIdServer(
  context: AppContext,
  embedded: EmbeddedIdServer,
  { origin, enforceFrom }: StartEmbeddedOptions = {},
): Promise<StartedEmbeddedServer> {
  const server = await embedded.start({
    port: 0,
    db: embeddedServerDb(context.dataDir),
    seed: 'demo',
    ...(origin === undefined ? {} : { origins: [origin] }),
    ...(enforceFrom === undefined ? {} : { enforceFrom }),
  });
  // Machine policy may have named a server while this one started (createAppContext
  // follows it): that one wins, and this one only answers its own demo line.
  if (context.idServer.url === '') {
    context.idServer.url = server.url;
    context.idServer.embedded = true;
  }
  return {
    url: server.url,
    demoLine:
      `Demo ID server at ${server.url}: sign in as ${embedded.demo.username} (password ${embedded.demo.password}); ` +
      'other demo accounts in docs/id-server.md.',
    close: () => server.close(),
  };
}
