import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFile, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCode } from '../../electron/services/authenticator/generateCode';
import { parseOtpauthUri } from '../../electron/services/authenticator/parseOtpauthUri';
import { buildNode } from '../../scripts/buildNode';
import { buildRenderer } from '../../scripts/buildRenderer';
import { repoRoot, stopProcess, waitForLine } from '../fixtures/browserHost';
import { expectDoctorReachesKeychain, runDeskid } from '../fixtures/runDeskid';

// What a production install holds: `npm run build`'s output, package.json and the lock
// file, and `npm ci --omit=dev`, in a folder outside the repository (so nothing resolves
// from the repository's node_modules), with no tsx, esbuild or Vite.
//
// npm ci runs with --ignore-scripts, and the addons the repository's own `npm ci` compiled
// (argon2's and better-sqlite3's build/ folders; same versions, from the same lock file)
// are copied in: compiling SQLite again takes minutes here (13 on this shared machine), and
// the question asked is whether the bundles run on production dependencies, not whether
// the addons compile. (argon2's prebuilt Linux binary, used when nothing was compiled,
// crashes on this machine's Node; its install script compiles one that does not.)
const run = promisify(execFile);
const compiledAddons = ['argon2', 'better-sqlite3'].map((name) => path.join('node_modules', name, 'build'));
let copy: string;

beforeAll(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), 'deskid-production-'));
  await buildNode({ outDir: path.join(copy, 'dist', 'node') });
  await buildRenderer({ outDir: path.join(copy, 'dist', 'renderer') });
  await mkdir(path.join(copy, 'bin'));
  for (const file of ['bin/deskid.js', 'package.json', 'package-lock.json'])
    await copyFile(path.join(repoRoot, file), path.join(copy, file));
  await run('npm', ['ci', '--omit=dev', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: copy,
    env: { ...process.env, NODE_PATH: '' },
  });
  // Only what was compiled: where an install script found its prebuilt addon fit, there is none.
  for (const addon of compiledAddons.filter((folder) => existsSync(path.join(repoRoot, folder))))
    await cp(path.join(repoRoot, addon), path.join(copy, addon), { recursive: true });
}, 900_000);

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

/** Starts a built entry of the copy, waits for its ready line and answers the URL in it. */
async function startBuilt(entry: string, args: string[], ready: RegExp) {
  const child = spawn(process.execPath, [path.join('dist', 'node', entry), ...args], {
    cwd: copy,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: '' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    const line = await waitForLine(child, ready, () => stderr);
    return { child, url: new URL(/https?:\/\/\S+/.exec(line)?.[0] ?? '') };
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
}

describe('a production copy (built files, npm ci --omit=dev)', () => {
  it('holds no development tools', () => {
    for (const tool of ['tsx', 'esbuild', 'vite', 'vitest', 'electron'])
      expect(existsSync(path.join(copy, 'node_modules', tool)), tool).toBe(false);
    for (const native of ['argon2', '@napi-rs/keyring', 'better-sqlite3'])
      expect(existsSync(path.join(copy, 'node_modules', native)), native).toBe(true);
  });

  it('runs deskid doctor and deskid code on the real keychain', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-production-data-'));
    const env = { DESKID_KEYCHAIN_SERVICE: `DeskID-production-test-${randomUUID()}`, NODE_PATH: '' };
    const deskid = (args: string[], stdin = '') =>
      runDeskid(['--data-dir', dataDir, ...args], { stdin, env, root: copy });
    await expectDoctorReachesKeychain(deskid);

    const uri = 'otpauth://totp/Clinic%20Portal:dana?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Clinic%20Portal';
    expect((await deskid(['settings', 'set', 'shared-desktop', 'off'])).status).toBe(0);
    expect((await deskid(['profiles', 'add', 'Dana'])).status).toBe(0);
    expect((await deskid(['accounts', 'add', '-'], `${uri}\n`)).status).toBe(0);
    const before = Date.now();
    const code = await deskid(['code', 'Clinic Portal', '--json']);
    const after = Date.now();
    expect(code.stderr).toBe('');
    const account = { ...parseOtpauthUri(uri), id: 'x', sortOrder: 0 };
    const answer = JSON.parse(code.stdout) as { code: string };
    expect([generateCode(account, before).code, generateCode(account, after).code]).toContain(answer.code);
    expect((await deskid(['profiles', 'remove', 'Dana', '--yes'])).status).toBe(0);
    await rm(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('runs the browser host, which serves the built renderer', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-production-host-'));
    const host = await startBuilt('host.mjs', ['--port', '0', '--data-dir', dataDir], /^DeskID ready at /);
    try {
      const page = await fetch(new URL('/', host.url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      await stopProcess(host.child);
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('runs the mock ID server, which answers /healthz', async () => {
    const server = await startBuilt(
      'server.mjs',
      ['--port', '0', '--db', ':memory:'],
      /^DeskID mock ID server ready at /,
    );
    try {
      const health = await fetch(new URL('/healthz', server.url));
      expect(health.status).toBe(200);
    } finally {
      await stopProcess(server.child);
    }
  }, 120_000);
});
