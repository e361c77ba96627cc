import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectron } from './findElectron.mjs';
import { describeInstallFailure, installElectron } from './installElectron.mjs';

// Electron's real installer, pointed at a mirror on loopback (ELECTRON_MIRROR) so that it
// fails in a known way here and anywhere else. Where the runtime is installed the installer
// does nothing and succeeds, so these cannot show a failure there.
const runtimeInstalled = findElectron() !== null;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A mirror on loopback that answers every request with `respond`; it records the paths asked for. */
async function startMirror(respond: (reply: (status: number, body?: Buffer) => void) => void) {
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    requested.push(request.url ?? '');
    respond((status, body) => response.writeHead(status).end(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requested };
}

/** The environment for one installer run: the given mirror, and an empty cache of its own. */
async function installerEnv(mirror: string): Promise<NodeJS.ProcessEnv> {
  const cache = await mkdtemp(path.join(os.tmpdir(), 'deskid-electron-cache-'));
  cleanups.push(() => rm(cache, { recursive: true, force: true }));
  // npm's own setting (from an .npmrc) would win over ELECTRON_MIRROR: set both.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ELECTRON_MIRROR: mirror,
    npm_config_electron_mirror: mirror,
    electron_config_cache: cache,
  };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return env;
}

describe.skipIf(runtimeInstalled)("installElectron: Electron's installer, and why it failed in words", () => {
  it('names the answer when the mirror has no such file, after asking it for this version', async () => {
    const mirror = await startMirror((reply) => reply(404));
    const outcome = await installElectron({ env: await installerEnv(mirror.url), seconds: 120 });
    expect(outcome).toEqual({ ok: false, reason: 'the download server answered 404 Not Found' });
    expect(mirror.requested).toEqual([expect.stringMatching(/^\/v45\.5\.0\/electron-v45\.5\.0-linux-\w+\.zip$/)]);
  });

  it('says the host refused the connection when nothing listens there', async () => {
    const mirror = await startMirror((reply) => reply(404));
    await cleanups.pop()?.();
    const outcome = await installElectron({ env: await installerEnv(mirror.url), seconds: 120 });
    expect(outcome).toEqual({ ok: false, reason: '127.0.0.1 refused the connection' });
  });

  it("says the file did not match Electron's checksum when the mirror sends something else", async () => {
    const mirror = await startMirror((reply) => reply(200, Buffer.from('not a zip of Electron')));
    const outcome = await installElectron({ env: await installerEnv(mirror.url), seconds: 120 });
    expect(outcome).toEqual({ ok: false, reason: "the downloaded file did not match Electron's published checksum" });
  });

  it('stops waiting after the given time when the mirror never answers', async () => {
    const mirror = await startMirror(() => undefined);
    const outcome = await installElectron({ env: await installerEnv(mirror.url), seconds: 1 });
    expect(outcome).toEqual({ ok: false, reason: 'the download did not finish within a second' });
  });
});

describe('describeInstallFailure', () => {
  it('never repeats an address, which may carry a mirror’s credentials', () => {
    const reason = describeInstallFailure('Error: could not read https://user:secret@mirror.example/x\n    at y', 1);
    expect(reason).toBe('the installer said: Error: could not read (an address)');
  });

  it('names a lookup failure and the host, from the cause line', () => {
    const stderr = 'TypeError: fetch failed\n    at x\ndeskid-fetch-cause {"code":"ENOTFOUND","host":"github.com"}\n';
    expect(describeInstallFailure(stderr, 1)).toBe(
      'this machine could not look up github.com: no internet connection, or no DNS',
    );
  });
});
