import { spawn, spawnSync } from 'node:child_process';
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
});

describe('npm run server', () => {
  it('prints a ready line, serves the contract, and stops cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/cli.ts',
        '--port',
        '0',
        '--origin',
        'http://localhost:4799',
        '--seed',
        'demo',
        '--log-level',
        'warn',
      ],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).on(
        'line',
        (text) => text.startsWith('DeskID mock ID server ready at ') && resolve(text),
      );
      child.once('exit', (code) => reject(new Error(`exited ${String(code)}`)));
    });
    const url = /ready at (\S+)/.exec(line)?.[1] ?? '';
    expect(line).toContain('origins http://localhost:4799');
    expect((await (await fetch(`${url}/healthz`)).json()) as unknown).toEqual({ ok: true });
    const signIn = await fetch(`${url}/api/v1/sign-in/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.totp', password: 'DeskID-demo-password' }),
    });
    expect(((await signIn.json()) as { status: string }).status).toBe('mfa_required');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
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
