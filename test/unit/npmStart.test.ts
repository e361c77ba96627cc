import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../server/index';
import { demoServerLine, repoRoot, waitForLine, waitForStderr } from '../fixtures/browserHost';

// The override points at an empty place, so the runtime is absent even where it is installed.
const noRuntime = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron' };
const sentence =
  'The Electron runtime is not installed on this machine, so DeskID opens in your browser instead: open the "DeskID ready at" address below.';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Starts `command args` with no Electron runtime; `detached` so the whole group can be stopped. */
async function startWithoutRuntime(command: string, args: string[]) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-npmstart-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const child = spawn(command, [...args, '--data-dir', dataDir], {
    cwd: repoRoot,
    env: noRuntime,
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
  return { child, readyLine, exited, stderr: () => stderr, stdout: () => stdout };
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
