import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./keychainUnavailable.fixture.ts', import.meta.url));
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('vault without a Secret Service', () => {
  it('answers keychain_unavailable with a sentence, and writes no vault', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-vault-nokeychain-'));
    dirs.push(dir);
    // A dead bus address: with no variable at all libdbus might auto-launch a bus.
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', child, dir, `deskid-test-${randomUUID()}`], { env });
    const answer = JSON.parse(stdout) as { code: string; message: string };
    expect(answer.code).toBe('keychain_unavailable');
    expect(answer.message).toMatch(/Secret Service.*keyring/);
    expect(await readdir(dir)).toEqual([]);
  });
});
