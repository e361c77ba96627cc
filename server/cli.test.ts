import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('server options', () => {
  it('are checked once, with errors that name the option', () => {
    const bad: [Parameters<typeof resolveConfig>[0], RegExp][] = [
      [{ port: 70_000 }, /^port: /],
      [{ enforceFrom: '2025-02-30' }, /^enforceFrom: .*YYYY-MM-DD/],
      [{ origins: ['not a url'] }, /^origin: /],
      [{ origins: ['http://127.0.0.1:4799'] }, /^origin: .*RP ID "localhost"/],
      [{ argon2: { memoryKiB: 1024 } }, /^argon2\.memoryKiB: .*19 MiB/],
      [{ argon2: { timeCost: 1 } }, /^argon2\.timeCost: /],
      [{ limits: { codeFailures: 0 } }, /^limits\.codeFailures: /],
      [{ logLevel: 'loud' }, /^logLevel: /],
    ];
    for (const [options, message] of bad) expect(() => resolveConfig(options)).toThrow(message);
    expect(resolveConfig({}).argon2).toEqual({ memoryKiB: 19_456, timeCost: 2, parallelism: 1 });
  });

  it('keep the development outbox to loopback, and off beside a real code sender', () => {
    const sender = { send: () => Promise.resolve() };
    for (const host of ['127.0.0.1', '127.8.9.10', '::1', '[::1]', 'localhost', 'LOCALHOST', '::ffff:127.0.0.1']) {
      expect([host, resolveConfig({ host }).devOutbox]).toEqual([host, true]);
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'fe80::1', 'id.example.org', '128.0.0.1']) {
      expect([host, resolveConfig({ host }).devOutbox]).toEqual([host, false]);
      expect(() => resolveConfig({ host, devOutbox: true })).toThrow(
        /^devOutbox: .*only on a loopback address .*listens on/,
      );
    }
    expect(resolveConfig({ codeSender: sender }).devOutbox).toBe(false);
    expect(() => resolveConfig({ codeSender: sender, devOutbox: true })).toThrow(/^devOutbox: .*codeSender/);
    expect(resolveConfig({ devOutbox: false }).devOutbox).toBe(false);
  });

  it('limit account creation per address, 30 a minute unless told otherwise', () => {
    expect(resolveConfig({}).limits.accountsPerMinute).toBe(30);
    expect(() => resolveConfig({ limits: { accountsPerMinute: 0 } })).toThrow(/^limits\.accountsPerMinute: /);
  });
});

/** Starts `npm run server` with `args` and answers the child and the URL of its ready line. */
async function startCli(args: string[]): Promise<{ child: ChildProcess; url: string; line: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', '--port', '0', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on(
      'line',
      (text) => text.startsWith('DeskID mock ID server ready at ') && resolve(text),
    );
    child.once('exit', (code) => reject(new Error(`exited ${String(code)}`)));
  });
  return { child, line, url: /ready at (\S+)/.exec(line)?.[1] ?? '' };
}

/** Sends SIGTERM and answers the exit status. */
function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

describe('npm run server', () => {
  it('prints a ready line, serves the contract, and stops cleanly on SIGTERM', async () => {
    const { child, line, url } = await startCli([
      '--origin',
      'http://localhost:4799',
      '--seed',
      'demo',
      '--log-level',
      'warn',
    ]);
    expect(line).toContain('origins http://localhost:4799');
    expect((await (await fetch(`${url}/healthz`)).json()) as unknown).toEqual({ ok: true });
    const signIn = await fetch(`${url}/api/v1/sign-in/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.totp', password: 'DeskID-demo-password' }),
    });
    expect(((await signIn.json()) as { status: string }).status).toBe('mfa_required');
    expect((await fetch(`${url}/api/v1/dev/outbox?to=%2B12015550101`)).status).toBe(200);
    expect(await stop(child)).toBe(0);
  });

  it('turns the development outbox off when it listens beyond loopback', async () => {
    const { child, url } = await startCli(['--host', '0.0.0.0', '--log-level', 'warn']);
    try {
      const local = url.replace('0.0.0.0', '127.0.0.1');
      expect((await fetch(`${local}/healthz`)).status).toBe(200);
      expect((await fetch(`${local}/api/v1/dev/outbox?to=%2B12015550101`)).status).toBe(404);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('refuses to serve the development outbox on a non-loopback address, saying why', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/cli.ts', '--port', '0', '--host', '0.0.0.0', '--dev-outbox'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      '--dev-outbox: the development outbox is served only on a loopback address (127.0.0.1, ::1, localhost); this server listens on "0.0.0.0".',
    );
  });

  it('refuses a bad option at start, naming it', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', '--enforce-from', 'soon'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--enforce-from: expected a date as YYYY-MM-DD, got "soon".');
  });
});
