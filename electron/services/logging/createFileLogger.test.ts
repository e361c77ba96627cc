import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { createFileLogger } from './createFileLogger';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function tempDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-log-'));
  dirs.push(dir);
  return dir;
}
async function readLines(file: string): Promise<Record<string, unknown>[]> {
  return (await readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const secrets = {
  password: 'hunter2-password',
  token: 'id-server-token-value',
  secret: 'JBSWY3DPEHPK3PXP',
  pin: '482913',
  code: '123456',
  passphrase: 'correct horse battery staple',
};

describe('createFileLogger', () => {
  it('writes secret-named fields as [redacted], at the top and nested, and keeps the rest', async () => {
    const dir = path.join(await tempDir(), 'logs');
    const { logger, file } = createFileLogger({ dir, name: 'main' });
    logger.error(
      { ...secrets, username: 'demo.none', request: { ...secrets, body: { ...secrets } } },
      'sign-in failed',
    );

    const text = await readFile(file, 'utf8');
    for (const value of Object.values(secrets)) expect(text).not.toContain(value);
    const [line] = await readLines(file);
    expect(line).toMatchObject({
      msg: 'sign-in failed',
      username: 'demo.none',
      password: '[redacted]',
      token: '[redacted]',
      secret: '[redacted]',
      pin: '[redacted]',
      code: '[redacted]',
      request: { password: '[redacted]', body: { token: '[redacted]', code: '[redacted]' } },
    });
  });

  it('makes the folder and the file owner-only', async () => {
    const dir = path.join(await tempDir(), 'logs');
    const { logError, file } = createFileLogger({ dir, name: 'browser-host' });
    logError('x', new Error('y'));
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(path.basename(file)).toBe('browser-host.log');
  });

  it("logs an error's type, message, code and stack, but none of its other fields", async () => {
    const dir = await tempDir();
    const { logError, file } = createFileLogger({ dir, name: 'main' });
    const error = Object.assign(new DeskIdError('wrong_pin', 'That PIN is not right.'), { input: secrets });
    logError('profiles.unlock', error);

    expect(await readFile(file, 'utf8')).not.toContain(secrets.pin);
    const [line] = await readLines(file);
    expect(line).toMatchObject({
      msg: 'profiles.unlock',
      level: 50,
      err: { type: 'DeskIdError', message: 'That PIN is not right.', errorCode: 'wrong_pin' },
    });
    expect((line?.err as { stack?: unknown }).stack).toMatch(/^DeskIdError: That PIN is not right\.\n\s+at /);
  });

  it('sends the same redacted line to the echo stream', async () => {
    const echo = new PassThrough();
    let echoed = '';
    echo.on('data', (chunk: Buffer) => (echoed += chunk.toString()));
    const { logger } = createFileLogger({ dir: await tempDir(), name: 'browser-host', echo });
    logger.error({ token: secrets.token }, 'request failed');
    expect(JSON.parse(echoed)).toMatchObject({ msg: 'request failed', token: '[redacted]' });
  });

  it('moves a file over the size limit aside at start, keeping one generation', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'main.log'), 'x'.repeat(100));
    const { logError, file } = createFileLogger({ dir, name: 'main', maxBytes: 50 });
    logError('after', new Error('fresh'));
    expect(await readFile(path.join(dir, 'main.1.log'), 'utf8')).toBe('x'.repeat(100));
    expect(await readLines(file)).toEqual([expect.objectContaining({ msg: 'after' })]);
  });
});
