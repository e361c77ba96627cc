import { fileURLToPath } from 'node:url';
import { createDispatcher } from '../contract/dispatcher';
import { downloadInPage } from '../services/app/AppContext';
import { createHandlers } from '../services/app/createHandlers';
import { defaultDataDir } from '../services/app/defaultDataDir';
import { readPackageVersion } from '../services/app/readPackageVersion';
import { keychainServiceName } from '../services/keychain/Keychain';
import { NapiKeychain } from '../services/keychain/NapiKeychain';
import { hostUsage, parseHostArgs, type HostArgs } from './parseHostArgs';
import { startBrowserHost } from './startBrowserHost';

const logError = (message: string, error: unknown) => {
  process.stderr.write(`${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
};

let args: HostArgs;
try {
  args = parseHostArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${hostUsage}\n`);
  process.exit(2);
}

const handlers = createHandlers({
  version: readPackageVersion(new URL('../../package.json', import.meta.url)),
  hostKind: 'browser',
  dataDir: args.dataDir ?? defaultDataDir(),
  keychain: new NapiKeychain(keychainServiceName()),
  idServer: { url: args.server ?? 'http://127.0.0.1:9', embedded: false },
  saveFile: downloadInPage,
  passkeyCeremony: 'page',
});

try {
  const host = await startBrowserHost({
    dispatch: createDispatcher({ handlers, logError }),
    rendererDir: fileURLToPath(new URL('../../dist/renderer/', import.meta.url)),
    port: args.port,
    logError,
  });
  // Handlers go in before the ready line: whoever reads it may signal at once.
  const shutdown = () => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  process.stdout.write(`DeskID ready at ${host.url}\n`);
} catch (error) {
  const code = (error as { code?: unknown }).code;
  process.stderr.write(
    code === 'EADDRINUSE'
      ? `Port ${args.port} is already in use. Pick another with --port, or leave it out to use a free one.\n`
      : `The browser host could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
