import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectron } from '../../scripts/findElectron.mjs';
import { startServer } from '../../server/index';
import { demoServerLine, repoRoot, waitForLine, waitForStderr } from '../fixtures/browserHost';

// The override points at an empty place, so the runtime is absent even where it is installed
// (and no download is tried: Electron's installer would not put it there).
const noRuntime = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron' };
/** The one sentence `npm start` writes before it runs the browser host, saying why. */
const fallback = (why: string) =>
  `The Electron runtime is not installed on this machine ${why}, so DeskID opens in your browser instead: open the "DeskID ready at" address below.`;
const sentence = fallback('(ELECTRON_OVERRIDE_DIST_PATH names /nonexistent/electron, which holds none)');
const fetching = "The Electron runtime is not installed yet: fetching it with Electron's installer (about 100 MB).";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Starts `command args` with no Electron runtime; `detached` so the whole group can be stopped. */
async function startWithoutRuntime(command: string, args: string[], env: NodeJS.ProcessEnv = noRuntime) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-npmstart-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const child = spawn(command, [...args, '--data-dir', dataDir], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  cleanups.push(async () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exited;
  });
  const readyLine = await waitForLine(child, /^DeskID ready at /, () => stderr);
  return { child, readyLine, exited, dataDir, stderr: () => stderr, stdout: () => stdout };
}

async function fetchPage(readyLine: string): Promise<string> {
  const response = await fetch(readyLine.slice('DeskID ready at '.length));
  expect(response.status).toBe(200);
  return response.text();
}

describe('npm start without the Electron runtime', () => {
  it('says so in one sentence, then runs the browser host with the embedded ID server: the ready line and the app', async () => {
    const app = await startWithoutRuntime('npm', ['start', '--silent', '--', '--port', '0']);
    expect(app.readyLine).toMatch(/^DeskID ready at http:\/\/localhost:\d+\/#k=[A-Za-z0-9_-]{43}$/);
    const [, idServerUrl] = await waitForStderr(app.child, demoServerLine, app.stderr);
    expect(app.stderr().split('\n')).toEqual([sentence, expect.stringMatching(demoServerLine), '']);
    expect(app.stdout()).toBe(`${app.readyLine}\n`);
    expect(await fetchPage(app.readyLine)).toContain('<title>DeskID</title>');
    expect(await (await fetch(`${idServerUrl}/healthz`)).json()).toEqual({ ok: true });
    // Its log file sits beside the data given with --data-dir, owner-only.
    expect((await stat(path.join(app.dataDir, 'logs', 'browser-host.log'))).mode & 0o777).toBe(0o600);
  });

  it('with --server, uses that ID server and starts none of its own', async () => {
    const server = await startServer({ port: 0 });
    cleanups.push(() => server.close());
    const app = await startWithoutRuntime('npm', ['start', '--silent', '--', '--server', server.url]);
    expect(await fetchPage(app.readyLine)).toContain('<title>DeskID</title>');
    expect(app.stderr()).toBe(`${sentence}\n`);
  });

  it('passes a signal on to the browser host and its exit status back', async () => {
    const app = await startWithoutRuntime(process.execPath, ['scripts/start.mjs']);
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);

    const mistyped = spawn(process.execPath, ['scripts/start.mjs', '--port', 'abc'], {
      cwd: repoRoot,
      env: noRuntime,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    mistyped.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => mistyped.once('exit', resolve))).toBe(2);
    expect(stderr).toContain('--port must be a whole number');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});

// Electron's real installer, pointed at a mirror on loopback. Where the runtime is installed
// `npm start` starts Electron instead, so these run only where it is not.
describe.skipIf(findElectron() !== null)("npm start fetches the runtime with Electron's installer first", () => {
  /** A mirror on loopback that has no file at all; it records the paths asked for. */
  async function startEmptyMirror() {
    const requested: string[] = [];
    const mirror = createServer((request, response) => {
      requested.push(request.url ?? '');
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => mirror.close(resolve)));
    return { url: `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`, requested };
  }

  /** This environment, with no runtime override and no CI, downloading from `mirror`. */
  function fetchingEnv(mirror: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const dropped = ['ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_SKIP_BINARY_DOWNLOAD', 'CI'];
    const kept = Object.entries(process.env).filter(([name]) => !dropped.includes(name));
    // npm's own setting (from an .npmrc) would win over ELECTRON_MIRROR: set both.
    return { ...Object.fromEntries(kept), ELECTRON_MIRROR: mirror, npm_config_electron_mirror: mirror, ...extra };
  }

  it('says it is fetching, then why that failed in the same one sentence, then runs the browser host', async () => {
    const mirror = await startEmptyMirror();
    const app = await startWithoutRuntime(
      process.execPath,
      ['scripts/start.mjs', '--port', '0'],
      fetchingEnv(mirror.url),
    );
    await waitForStderr(app.child, demoServerLine, app.stderr);
    expect(app.stderr().split('\n')).toEqual([
      fetching,
      fallback("and Electron's installer could not fetch it (the download server answered 404 Not Found)"),
      expect.stringMatching(demoServerLine),
      '',
    ]);
    expect(mirror.requested).toEqual([expect.stringMatching(/^\/v45\.5\.0\/electron-v45\.5\.0-linux-\w+\.zip$/)]);
    expect(await fetchPage(app.readyLine)).toContain('<title>DeskID</title>');
  });

  it('in CI tries no download at all, and says so', async () => {
    const mirror = await startEmptyMirror();
    const app = await startWithoutRuntime(
      process.execPath,
      ['scripts/start.mjs', '--port', '0'],
      fetchingEnv(mirror.url, { CI: 'true' }),
    );
    await waitForStderr(app.child, demoServerLine, app.stderr);
    expect(app.stderr().split('\n')[0]).toBe(fallback('and DeskID does not fetch it in CI (CI is set)'));
    expect(mirror.requested).toEqual([]);
  });

  it('refuses a download wait that is not a whole number of seconds, in words', async () => {
    const mistyped = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: repoRoot,
      env: fetchingEnv('http://127.0.0.1:9/', { DESKID_ELECTRON_FETCH_SECONDS: 'soon' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    mistyped.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => mistyped.once('exit', resolve))).toBe(2);
    expect(stderr).toBe('DESKID_ELECTRON_FETCH_SECONDS must be a whole number of seconds, 1 or more (it is "soon").\n');
  });
});
