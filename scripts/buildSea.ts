// `npm run build:cli-sea`: the `deskid` command as a Node single executable application
// (SEA), for desktops without Node.js: one CommonJS bundle of the CLI, loaded once here into
// a V8 startup snapshot, injected into a copy of a Node 22 binary (scripts/seaNodeRuntime.ts)
// with postject, and the native modules (argon2, the keyring) beside it in node_modules.
// Built for the OS and CPU it runs on (here Linux x64); the release workflow builds it on
// each OS.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { nativePackages, nodeTarget } from './buildNode';
import { nodeVersionOf, seaNodeRuntime } from './seaNodeRuntime';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The single executable's entry: the CLI's, set up to build a startup snapshot. */
const seaEntry = 'electron/cli/seaMain.ts';

/** Where the executable and its node_modules go. */
export const seaOutDir = path.join(repoRoot, 'dist', 'sea');

/** The executable in `outDir`, named for this OS. */
export const seaExecutableIn = (outDir: string) =>
  path.join(outDir, process.platform === 'win32' ? 'deskid.exe' : 'deskid');

/** Where `npm run build:cli-sea` puts the executable. */
export const seaExecutable = seaExecutableIn(seaOutDir);

/** The fuse postject flips so that Node runs the injected script (Node's documented value). */
const seaFuse = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/**
 * A single executable can `require` only Node's own modules, so each native package is
 * loaded with a `require` rooted at the executable's folder: `<folder>/node_modules/<name>`.
 */
const nativeBesideExecutable: Plugin = {
  name: 'native-beside-executable',
  setup(builder) {
    const names = new Set(nativePackages);
    builder.onResolve({ filter: /^[@a-z]/ }, (args) =>
      names.has(args.path) ? { path: args.path, namespace: 'beside-executable' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'beside-executable' }, (args) => ({
      contents: `module.exports = require('node:module').createRequire(process.execPath)(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/** The packages a native package needs at run time: itself, its dependencies, and the installed optional ones (its compiled addon). */
function runtimeClosure(names: readonly string[], found = new Set<string>()): Set<string> {
  for (const name of names) {
    const manifest = path.join(repoRoot, 'node_modules', name, 'package.json');
    if (found.has(name) || !existsSync(manifest)) continue;
    found.add(name);
    const { dependencies = {}, optionalDependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    runtimeClosure([...Object.keys(dependencies), ...Object.keys(optionalDependencies)], found);
  }
  return found;
}

/**
 * Builds dist/sea/deskid (or into `outDir`) and its node_modules from the CLI's sources;
 * returns the version of the Node inside it.
 */
export async function buildSea({ outDir = seaOutDir }: { outDir?: string } = {}): Promise<{ nodeVersion: string }> {
  // Resolved first: a missing Node 22 is reported before anything is built or removed.
  const runtime = seaNodeRuntime();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const executable = seaExecutableIn(outDir);
  const script = path.join(outDir, 'deskid.cjs');
  await build({
    absWorkingDir: repoRoot,
    // seaMain.ts: the entry that builds the snapshot (and fails the build if a module read
    // the environment, the clock or randomness while loading).
    entryPoints: [seaEntry],
    outfile: script,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: nodeTarget,
    plugins: [nativeBesideExecutable],
    // Half the source to hold in the snapshot and to map at each start (1.1 MB, not 2.3 MB):
    // less memory and a faster start. Names are kept, so a DESKID_DEBUG stack still names
    // its functions.
    minify: true,
    keepNames: true,
    logLevel: 'warning',
    legalComments: 'linked',
  });
  const blob = path.join(outDir, 'deskid.blob');
  const config = path.join(outDir, 'sea-config.json');
  writeFileSync(
    config,
    // The startup snapshot: Node runs the bundle now, with its modules (and `deskid code`'s)
    // initialised and `deskid code`'s functions compiled by a warm-up run on a throw-away
    // profile (electron/cli/snapshotWarmUp.ts), and the executable starts from that heap
    // rather than loading the bundle at each run. (A code cache only skips the parsing; it
    // is redundant here.)
    JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true, useSnapshot: true }),
  );
  // The blob (and its snapshot) must come from the same Node binary it is injected into.
  execFileSync(runtime, ['--experimental-sea-config', config], { stdio: 'pipe' });
  copyFileSync(runtime, executable);
  // macOS: the copy carries Node's signature, which the injection would break; Node's
  // documented steps remove it first (the release workflow signs the result again).
  if (process.platform === 'darwin') execFileSync('codesign', ['--remove-signature', executable], { stdio: 'pipe' });
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'postject', 'dist', 'cli.js'),
      executable,
      'NODE_SEA_BLOB',
      blob,
      '--sentinel-fuse',
      seaFuse,
      ...(process.platform === 'darwin' ? ['--macho-segment-name', 'NODE_SEA'] : []),
    ],
    // Piped: postject's progress and its harmless ELF-note warnings would bury the build's
    // output; a failure's message carries them.
    { stdio: 'pipe' },
  );
  for (const name of runtimeClosure(nativePackages.filter((name) => name !== 'better-sqlite3'))) {
    cpSync(path.join(repoRoot, 'node_modules', name), path.join(outDir, 'node_modules', name), {
      recursive: true,
    });
  }
  rmSync(blob);
  rmSync(config);
  return { nodeVersion: nodeVersionOf(runtime) };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { nodeVersion } = await buildSea();
  process.stdout.write(
    `Built ${path.relative(repoRoot, seaExecutable)} on Node ${nodeVersion} (with its native modules in node_modules beside it)\n`,
  );
}
