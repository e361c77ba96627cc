#!/usr/bin/env node
// The `deskid` command-line tool: runs the compiled CLI, dist/node/deskid.mjs, which
// `npm run build` makes from electron/cli (no TypeScript at run time, no tsx). During
// development, `npm run cli:dev -- ARGS` runs the sources themselves.
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.1 and later keep V8's compiled code of the bundles (in the OS temp folder), so a
// second start skips parsing them; Node 20 has no such cache and skips this.
module.enableCompileCache?.();

const bundle = new URL('../dist/node/deskid.mjs', import.meta.url);
try {
  await import(bundle.href);
} catch (error) {
  const notBuilt =
    error instanceof Error &&
    'code' in error &&
    error.code === 'ERR_MODULE_NOT_FOUND' &&
    error.message.includes(fileURLToPath(bundle));
  if (!notBuilt) throw error;
  process.stderr.write(
    "DeskID's command-line tool is not built yet. Run `npm run build` first (or, while developing, `npm run cli:dev -- ARGS` to run the sources).\n",
  );
  process.exitCode = 1;
}
