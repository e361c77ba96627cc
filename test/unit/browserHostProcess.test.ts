import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../server/index';
import {
  demoServerLine,
  repoRoot,
  sendRawRequest,
  startHostProcess,
  stopProcess,
  waitForLine,
  waitForStderr,
} from '../fixtures/browserHost';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-hostproc-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Spawns `electron/host/cli.ts` with `args`, collecting stderr. */
function spawnHost(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  cleanups.push(() => stopProcess(child));
  return { child, stderr: () => stderr };
}

/** Runs the host with `args` to its end; answers the exit status and stderr. */
async function runToExit(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const { child, stderr } = spawnHost(args);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stderr: stderr() };
}

describe('the browser host process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('shuts down cleanly on %s, embedded server included', async (signal) => {
    const { child, stderr } = spawnHost(['--port', '0', '--data-dir', await tempDir()]);
    await waitForLine(child, /^DeskID ready at /, stderr);
    const [, idServerUrl = ''] = await waitForStderr(child, demoServerLine, stderr);
    expect((await fetch(`${idServerUrl}/healthz`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    expect(await exited).toBe(0);
    // Nothing on stderr but the one line naming the demo account.
    expect(stderr().split('\n')).toEqual([expect.stringMatching(demoServerLine), '']);
  });

  it('prints exactly one line to stdout', async () => {
    const host = await startHostProcess();
    try {
      expect(host.readyLine).toMatch(/^DeskID ready at http:\/\/localhost:\d+\/#k=/);
    } finally {
      await host.stop();
    }
  });

  it('with no --server, starts the demo ID server on loopback, names the demo account on stderr, and stops it on exit', async () => {
    const host = await startHostProcess();
    cleanups.push(() => host.stop());
    expect(host.stderr()).toMatch(
      /^Demo ID server at http:\/\/127\.0\.0\.1:\d+: sign in as demo\.none \(password DeskID-demo-password\); other demo accounts in docs\/id-server\.md\.\n$/,
    );
    const idServerUrl = host.idServerUrl ?? '';
    expect(await (await fetch(`${idServerUrl}/healthz`)).json()).toEqual({ ok: true });
    const info = (await (await fetch(`${idServerUrl}/api/v1/server-info`)).json()) as Record<string, unknown>;
    expect(info).toMatchObject({ name: 'DeskID mock ID server', webauthn: { rpId: 'localhost' } });
    // Its accounts live in a file only the owner can read, under the data folder.
    const db = path.join(host.dataDir, 'embedded-id-server', 'id-server.db');
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(db)).mode & 0o777).toBe(0o700);
    await host.stop();
    await expect(fetch(`${idServerUrl}/healthz`)).rejects.toThrow();
  });

  it('keeps the embedded server’s accounts across a restart with the same data folder', async () => {
    const dataDir = await tempDir();
    const account = { username: `restart.${Date.now()}`, password: 'a long enough password 42', displayName: 'R' };

    const first = spawnHost(['--data-dir', dataDir]);
    await waitForLine(first.child, /^DeskID ready at /, first.stderr);
    const [, firstUrl = ''] = await waitForStderr(first.child, demoServerLine, first.stderr);
    const created = await fetch(`${firstUrl}/api/v1/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(account),
    });
    expect(created.status).toBe(201);
    expect(await stopProcess(first.child)).toBe(0);

    const second = spawnHost(['--data-dir', dataDir]);
    await waitForLine(second.child, /^DeskID ready at /, second.stderr);
    const [, secondUrl = ''] = await waitForStderr(second.child, demoServerLine, second.stderr);
    const signIn = await fetch(`${secondUrl}/api/v1/sign-in/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: account.username, password: account.password }),
    });
    expect(((await signIn.json()) as { status?: string }).status).toBe('enrollment_required');
  });

  it('with --server, uses that server and starts no embedded one', async () => {
    const server = await startServer({ port: 0 });
    cleanups.push(() => server.close());
    const host = await startHostProcess(['--server', server.url]);
    cleanups.push(() => host.stop());
    expect(host.idServerUrl).toBeUndefined();
    expect(host.stderr()).toBe('');
    expect(existsSync(path.join(host.dataDir, 'embedded-id-server'))).toBe(false);
  });

  it('refuses --enforce-from together with --server, and a date that does not exist, with exit 2', async () => {
    const both = await runToExit(['--server', 'http://127.0.0.1:4123', '--enforce-from', '2099-01-01']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--enforce-from sets the date of the demo ID server DeskID starts itself');
    expect(both.stderr).toContain('Usage: npm run start:web');
    const badDate = await runToExit(['--enforce-from', '2025-02-30']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--enforce-from must be a date written YYYY-MM-DD');
  });

  it('refuses the bridge spelled another way (issue 9: /%62ridge, absolute form) with 400', async () => {
    const host = await startHostProcess();
    try {
      for (const target of [
        '/%62ridge/call/app.info',
        `http://localhost:${host.port}/bridge/call/app.info`,
        '/%62ridge/events',
      ]) {
        const method = target.endsWith('/events') ? 'GET' : 'POST';
        const body = method === 'POST' ? '{}' : '';
        const answer = await sendRawRequest(host.port, {
          method,
          target,
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(answer.status, target).toBe(400);
      }
    } finally {
      await host.stop();
    }
  });

  it('explains a bad option and exits 2', async () => {
    const { code, stderr } = await runToExit(['--port', 'abc']);
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a whole number');
    expect(stderr).toContain('Usage: npm run start:web');
  });
});
