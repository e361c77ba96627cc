// `npm run build:node` (tsx scripts/buildNode.ts): compiles the Node entry points (the `deskid` command, the browser
// host and the mock ID server) from TypeScript into ES-module bundles in dist/node, so
// that they run on plain Node with production dependencies only (no tsx).
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { isStale } from './buildStaleness';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Where `npm run build` puts the Node bundles (the renderer goes to dist/renderer). */
export const nodeOutDir = path.join(repoRoot, 'dist', 'node');

/**
 * The entry points, by bundle name. Every bundle and chunk sits in one folder two levels
 * below the package root, as its sources do (electron/host/cli.ts, server/cli.ts), so
 * `new URL('../../package.json', import.meta.url)` and `../../dist/renderer/` find the same
 * files from a bundle as from the sources, and `./migrations/` is copied beside them.
 */
export const nodeEntries = {
  deskid: 'electron/cli/main.ts',
  host: 'electron/host/cli.ts',
  server: 'server/cli.ts',
};

/**
 * Native modules load their compiled addon from their own folder, so they stay in
 * node_modules (the bundles import them). Every other package is bundled.
 */
export const nativePackages = ['argon2', '@napi-rs/keyring', 'better-sqlite3'];

/**
 * Node 20 (the oldest supported: `engines` in package.json) and Node 22 LTS run the
 * bundles; the syntax is lowered to what Node 20 understands.
 */
export const nodeTarget = 'node20.19';

/** Bundled CommonJS packages call `require` for Node's own modules: give ES modules one. */
const requireBanner =
  "import { createRequire as __deskidCreateRequire } from 'node:module'; const require = __deskidCreateRequire(import.meta.url);";

/** What changes the bundles: when one is newer than the last build, it is stale. */
const inputs = ['electron', 'protocol', 'server', 'package-lock.json', 'scripts/buildNode.ts'];

/**
 * Builds every Node entry into `outDir`. Each command's code (and the importers, the QR
 * decoder, the ID-server client) is a chunk loaded when first imported, so `deskid code`
 * reads only what it needs. Writes `meta.json` (esbuild's metafile: which source is in
 * which file) beside the bundles.
 */
export async function buildNode({ outDir = nodeOutDir }: { outDir?: string } = {}): Promise<void> {
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: nodeEntries,
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: nodeTarget,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    external: nativePackages,
    banner: { js: requireBanner },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    legalComments: 'linked',
  });
  cpSync(path.join(repoRoot, 'server', 'store', 'migrations'), path.join(outDir, 'migrations'), { recursive: true });
  writeFileSync(path.join(outDir, 'meta.json'), JSON.stringify(result.metafile));
}

/**
 * Builds only when a source is newer than the last build (tests call this before running
 * `bin/deskid.js`). Safe while other processes run or build the bundles: the files are
 * built in a private folder and moved in one by one (a rename replaces a file atomically),
 * chunks first and entries last; chunk names carry a content hash, so no running process
 * loses a chunk it may still import.
 */
export async function buildNodeIfStale(): Promise<void> {
  const stale = isStale(
    path.join(nodeOutDir, 'deskid.mjs'),
    inputs.map((input) => path.join(repoRoot, input)),
  );
  if (!stale) return;
  const privateDir = path.join(repoRoot, 'dist', `.node-build-${process.pid}-${Date.now()}`);
  try {
    await buildNode({ outDir: privateDir });
    mkdirSync(path.join(nodeOutDir, 'migrations'), { recursive: true });
    const entryFiles = new Set(Object.keys(nodeEntries).map((name) => `${name}.mjs`));
    const names = readdirSync(privateDir, { recursive: true, encoding: 'utf8' }).filter(
      (name) => !statSync(path.join(privateDir, name)).isDirectory(),
    );
    const order = [...names.filter((name) => !entryFiles.has(name)), ...names.filter((name) => entryFiles.has(name))];
    for (const name of order) renameSync(path.join(privateDir, name), path.join(nodeOutDir, name));
  } finally {
    rmSync(privateDir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  rmSync(nodeOutDir, { recursive: true, force: true });
  await buildNode();
  process.stdout.write(`Built ${Object.keys(nodeEntries).join(', ')} into ${path.relative(repoRoot, nodeOutDir)}/\n`);
}
